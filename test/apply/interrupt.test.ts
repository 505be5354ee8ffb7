/** The apply engine under an interrupt: nothing new starts, what was not sent is not attempted, and the wait for batches in flight is bounded. */
import { describe, expect, it } from 'vitest';
import { applyPlan, interruptedLine, NOT_ATTEMPTED, reportLine } from '../../src/apply/index.js';
import { NOT_SENT } from '../../src/http/index.js';
import type { Change, ChangeOutcome, Provider } from '../../src/model/index.js';
import { plan } from '../../src/plan/index.js';
import { desiredMember, desiredOf, liveOf, place } from '../support/states.js';

const ws = place('asana/workspace:Acme', 'workspace', 0);
const team = place('asana/workspace:Acme/team:Platform', 'team', 1, ws.key);
const users = ['ann@x.io', 'ben@x.io', 'cid@x.io'];
const thePlan = plan(
  desiredOf([
    [ws, users.map((u) => desiredMember(u))],
    [team, users.map((u) => desiredMember(u))],
  ]),
  liveOf([
    [ws, []],
    [team, []],
  ]),
);

function provider(apply: (changes: Change[]) => Promise<ChangeOutcome[]>): Map<string, Provider> {
  return new Map([
    [
      'asana',
      { name: 'asana', resolve: async () => [], read: async () => ({ places: [] }), close: async () => {}, requestsFor: (c) => c.length, perMinute: 600, apply },
    ],
  ]);
}

describe('applyPlan interrupted', () => {
  it('starts no later stage; changes the client refused to send are skipped as not attempted', async () => {
    const controller = new AbortController();
    const calls: string[] = [];
    const providers = provider(async (changes) => {
      calls.push(changes[0]!.place.kind);
      // The first user's request was on the wire when the signal came; the others were refused by the client.
      controller.abort();
      return changes.map((change, i) => (i === 0 ? { change, ok: true } : { change, ok: false, error: `POST /workspaces/1/addUser: ${NOT_SENT}` }));
    });
    const report = await applyPlan(thePlan, providers, { signal: controller.signal });
    expect(calls).toEqual(['workspace']);
    expect(report.interrupted).toBe(true);
    expect(report.done.map((c) => `${c.place.kind} ${c.user}`)).toEqual(['workspace ann@x.io']);
    expect(report.failed).toEqual([]);
    expect(report.skipped).toHaveLength(5);
    expect(new Set(report.skipped.map((s) => s.because))).toEqual(new Set([NOT_ATTEMPTED]));
    expect(reportLine(report)).toBe('Apply: 1 done, 0 failed, 5 skipped.');
    expect(interruptedLine(report, 'SIGINT')).toBe('Interrupted by SIGINT: nothing new was started; 5 changes were not attempted.');
  });

  it('waits at most graceMs for a batch in flight, then reports it failed (it may have been applied)', async () => {
    const controller = new AbortController();
    const providers = provider(() => {
      controller.abort();
      return new Promise(() => {}); // never answers
    });
    const started = Date.now();
    const report = await applyPlan(thePlan, providers, { signal: controller.signal, graceMs: 50 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(report.failed.map((f) => f.change.place.kind)).toEqual(['workspace', 'workspace', 'workspace']);
    expect(report.failed[0]!.error).toMatch(/may or may not have been applied/);
    expect(report.skipped.map((s) => s.change.place.kind)).toEqual(['team', 'team', 'team']);
  });

  it('an aborted signal before the start attempts nothing; a failure unrelated to the interrupt stays failed', async () => {
    const aborted = AbortSignal.abort();
    const report = await applyPlan(thePlan, provider(async () => { throw new Error('not called'); }), { signal: aborted });
    expect(report.skipped).toHaveLength(6);

    const controller = new AbortController();
    const again = await applyPlan(
      thePlan,
      provider(async (changes) => {
        controller.abort();
        return changes.map((change) => ({ change, ok: false, error: '500 Internal Server Error (interrupted while waiting to retry)' }));
      }),
      { signal: controller.signal },
    );
    expect(again.failed).toHaveLength(3);
    expect(again.skipped).toHaveLength(3);
  });

  it('without a signal, nothing changes: no interrupted flag', async () => {
    const report = await applyPlan(thePlan, provider(async (changes) => changes.map((change) => ({ change, ok: true }))));
    expect(report.done).toHaveLength(6);
    expect(report.interrupted).toBeUndefined();
  });
});
