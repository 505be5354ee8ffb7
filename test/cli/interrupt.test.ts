/** The signal handlers commands install: the first signal aborts, a second exits at once, and dispose leaves the process as it was. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { handleInterrupts, SIGNAL_EXIT, type SignalSource } from '../../src/cli/interrupt.js';

function fakeProcess(): SignalSource & EventEmitter & { exits: number[] } {
  const emitter = new EventEmitter() as EventEmitter & SignalSource & { exits: number[] };
  emitter.exits = [];
  emitter.exit = ((code: number) => {
    emitter.exits.push(code);
  }) as SignalSource['exit'];
  return emitter;
}

describe('handleInterrupts', () => {
  it('the first signal aborts and is named once; a second exits with its code', () => {
    const proc = fakeProcess();
    const seen: string[] = [];
    const interrupt = handleInterrupts((s) => seen.push(s), proc);
    expect(interrupt.signal.aborted).toBe(false);
    proc.emit('SIGTERM');
    expect(interrupt.signal.aborted).toBe(true);
    expect(interrupt.received).toBe('SIGTERM');
    expect(seen).toEqual(['SIGTERM']);
    expect(proc.exits).toEqual([]);
    proc.emit('SIGINT');
    expect(proc.exits).toEqual([130]);
    expect(seen).toEqual(['SIGTERM']);
    interrupt.dispose();
    expect(proc.listenerCount('SIGINT') + proc.listenerCount('SIGTERM')).toBe(0);
  });

  it('exit codes are 128 + the signal number', () => {
    expect(SIGNAL_EXIT).toEqual({ SIGINT: 130, SIGTERM: 143 });
  });

  it('removes its listeners from the real process', () => {
    const before = [process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')];
    const interrupt = handleInterrupts(() => {});
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before.map((n) => n + 1));
    interrupt.dispose();
    expect([process.listenerCount('SIGINT'), process.listenerCount('SIGTERM')]).toEqual(before);
  });
});
