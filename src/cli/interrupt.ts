/**
 * SIGINT and SIGTERM while a command runs: the command says what the first
 * one does (apply: stop starting requests and report; plan, export: stop at
 * once); a second signal exits at once. The handlers are removed when the
 * command ends (dispose), so the process's defaults come back.
 */

/** The exit code of a run ended by a signal, as shells report it: 128 + its number. */
export const SIGNAL_EXIT: Readonly<Record<InterruptSignal, number>> = { SIGINT: 130, SIGTERM: 143 };

export type InterruptSignal = 'SIGINT' | 'SIGTERM';

export interface Interrupt {
  /** Aborted at the first signal. */
  readonly signal: AbortSignal;
  /** The first signal received, if any. */
  readonly received: InterruptSignal | undefined;
  /** Remove the handlers. */
  dispose(): void;
}

/** What the process must offer: signals to listen to, and a way to end at once. */
export interface SignalSource {
  on(event: InterruptSignal, listener: () => void): unknown;
  off(event: InterruptSignal, listener: () => void): unknown;
  exit(code: number): never;
}

/** `onFirst` runs once, at the first signal, after `signal` is aborted. */
export function handleInterrupts(onFirst: (signal: InterruptSignal) => void, proc: SignalSource = process): Interrupt {
  const controller = new AbortController();
  let received: InterruptSignal | undefined;
  const listeners = new Map<InterruptSignal, () => void>();
  for (const name of ['SIGINT', 'SIGTERM'] as const) {
    const listener = (): void => {
      // Asked twice: stop waiting for anything.
      if (received !== undefined) return proc.exit(SIGNAL_EXIT[name]);
      received = name;
      controller.abort();
      onFirst(name);
    };
    listeners.set(name, listener);
    proc.on(name, listener);
  }
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    dispose() {
      for (const [name, listener] of listeners) proc.off(name, listener);
      listeners.clear();
    },
  };
}
