import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPlan } from '../../src/apply/index.js';
import type { Change, ChangeOutcome, Provider } from '../../src/model/index.js';
import { plan } from '../../src/plan/index.js';
import { desiredMember, desiredOf, liveMember, liveOf, place } from '../support/states.js';

const ws = place('asana/workspace:Acme', 'workspace', 0);
const team = place('asana/workspace:Acme/team:Platform', 'team', 1, ws.key);
const project = place('asana/workspace:Acme/project:Roadmap', 'project', 2, ws.key);

/** A provider that records calls and refuses the (place, user) pairs it is told to. */
function recordingProvider(refuse: Set<string> = new Set()) {
  const calls: Change[][] = [];
  const provider: Provider = {
    name: 'asana',
    resolve: async () => [],
    read: async () => ({ places: [] }),
    close: async () => {},
    requestsFor: (changes) => changes.length,
    perMinute: 600,
    apply: async (changes): Promise<ChangeOutcome[]> => {
      calls.push(changes);
      await new Promise((r) => setTimeout(r, 1));
      return changes.map((change) =>
        refuse.has(`${change.place.kind} ${change.user}`) ? { change, ok: false, error: '403 Forbidden: no' } : { change, ok: true },
      );
    },
  };
  return { provider, calls };
}

const users = ['ann@x.io', 'ben@x.io', 'cid@x.io'];
const thePlan = plan(
  desiredOf([
    [ws, users.map((u) => desiredMember(u))],
    [team, users.map((u) => desiredMember(u))],
    [project, users.map((u) => desiredMember(u))],
  ]),
  liveOf([
    [ws, []],
    [team, []],
    [project, []],
  ]),
);

describe('applyPlan', () => {
  it('runs workspace, then team, then project, one call per place and action', async () => {
    const { provider, calls } = recordingProvider();
    const report = await applyPlan(thePlan, new Map([['asana', provider]]));
    expect(calls.map((batch) => [batch[0]!.place.kind, batch.map((c) => c.user)])).toEqual([
      ['workspace', users],
      ['team', users],
      ['project', users],
    ]);
    expect(report.done).toHaveLength(9);
    expect(report.failed).toEqual([]);
    expect(report.skipped).toEqual([]);
  });

  it('runs removals after every add, in reverse: project, team, workspace', async () => {
    const { provider, calls } = recordingProvider();
    const pruning = plan(
      desiredOf([
        [{ ...ws, prune: true }, [desiredMember('ann@x.io')]],
        [{ ...team, prune: true }, [desiredMember('ann@x.io')]],
        [{ ...project, prune: true }, [desiredMember('ann@x.io')]],
      ]),
      liveOf([
        [ws, [liveMember('zoe@x.io')]],
        [team, [liveMember('zoe@x.io')]],
        [project, [liveMember('zoe@x.io')]],
      ]),
    );
    const report = await applyPlan(pruning, new Map([['asana', provider]]));
    expect(calls.map((batch) => `${batch[0]!.action} ${batch[0]!.place.kind} ${batch.map((c) => c.user).join(',')}`)).toEqual([
      'add workspace ann@x.io',
      'add team ann@x.io',
      'add project ann@x.io',
      'remove project zoe@x.io',
      'remove team zoe@x.io',
      'remove workspace zoe@x.io',
    ]);
    expect(report.done).toHaveLength(6);
  });

  it("keeps a Dreadnode workspace's old owner when the new owner's grant failed", async () => {
    const redTeam = { ...place('dreadnode/org:acme/workspace:red-team', 'workspace', 0), provider: 'dreadnode', prune: true };
    const handover = plan(
      desiredOf([[redTeam, [desiredMember('bob@x.io', 'owner')]]]),
      liveOf([[redTeam, [liveMember('alice@x.io', 'owner'), liveMember('cid@x.io', 'reader')]]]),
    );
    const calls: string[] = [];
    const provider: Provider = {
      name: 'dreadnode',
      resolve: async () => [],
      read: async () => ({ places: [] }),
      close: async () => {},
      requestsFor: (changes) => changes.length,
      perMinute: 600,
      apply: async (changes) => {
        calls.push(...changes.map((c) => `${c.action} ${c.user}`));
        return changes.map((change) => (change.action === 'add' ? { change, ok: false, error: '422: no' } : { change, ok: true }));
      },
    };
    const report = await applyPlan(handover, new Map([['dreadnode', provider]]));
    // alice (owner) stays until bob holds the role; cid's removal goes on.
    expect(calls).toEqual(['add bob@x.io', 'remove cid@x.io']);
    expect(report.skipped.map((s) => [s.change.user, s.because])).toEqual([['alice@x.io', 'depends on add bob@x.io as owner to dreadnode workspace "red-team", which failed']]);
  });

  it('skips the team and project adds of a user whose workspace add failed, and goes on with the rest', async () => {
    const { provider, calls } = recordingProvider(new Set(['workspace ben@x.io']));
    const report = await applyPlan(thePlan, new Map([['asana', provider]]));
    expect(report.failed.map((f) => [f.change.place.kind, f.change.user, f.error])).toEqual([['workspace', 'ben@x.io', '403 Forbidden: no']]);
    expect(report.skipped.map((s) => [s.change.place.kind, s.change.user])).toEqual([
      ['team', 'ben@x.io'],
      ['project', 'ben@x.io'],
    ]);
    expect(report.skipped[0]!.because).toMatch(/depends on add ben@x\.io to asana workspace "Acme", which failed/);
    expect(calls.flat().filter((c) => c.user === 'ben@x.io').map((c) => c.place.kind)).toEqual(['workspace']);
    expect(report.done).toHaveLength(6);
  });

  it('a provider that throws fails its batch, not the run', async () => {
    const { provider } = recordingProvider();
    const failing: Provider = { ...provider, apply: async (changes) => (changes[0]!.place.kind === 'team' ? Promise.reject(new Error('socket hang up')) : provider.apply(changes)) };
    const report = await applyPlan(thePlan, new Map([['asana', failing]]));
    expect(report.failed.map((f) => [f.change.place.kind, f.error])).toEqual(users.map(() => ['team', 'socket hang up']));
    expect(report.done.map((c) => c.place.kind).sort()).toEqual([...users.map(() => 'project'), ...users.map(() => 'workspace')].sort());
  });

  it('every change ends up done, failed or skipped exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(fc.subarray(['workspace', 'team', 'project'].flatMap((k) => users.map((u) => `${k} ${u}`))), async (refused) => {
        const { provider } = recordingProvider(new Set(refused));
        const report = await applyPlan(thePlan, new Map([['asana', provider]]));
        const all = [...report.done, ...report.failed.map((f) => f.change), ...report.skipped.map((s) => s.change)];
        expect(all).toHaveLength(thePlan.changes.length);
        expect(new Set(all).size).toBe(thePlan.changes.length);
        for (const s of report.skipped) expect(refused).toContain(`workspace ${s.change.user}`);
      }),
      { numRuns: 100 },
    );
  });

  it('never calls a provider for an empty plan', async () => {
    const { provider, calls } = recordingProvider();
    const report = await applyPlan(plan(desiredOf([[ws, [desiredMember('a@x.io')]]]), liveOf([[ws, [liveMember('a@x.io')]]])), new Map([['asana', provider]]));
    expect(calls).toEqual([]);
    expect(report).toEqual({ done: [], notes: [], failed: [], skipped: [] });
  });
});
