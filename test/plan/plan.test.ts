import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LiveState, Plan } from '../../src/model/index.js';
import { plan } from '../../src/plan/index.js';
import { arbitraryStates, desiredMember, desiredOf, liveMember, liveOf, place } from '../support/states.js';

/** What a perfect apply does to live state: every add and change lands. */
function applyToLive(live: LiveState, p: Plan): LiveState {
  return {
    places: live.places.map((lp) => {
      const members = new Map(lp.members.map((m) => [m.email, { ...m }]));
      for (const c of p.changes.filter((c) => c.place.key === lp.place.key)) {
        if (c.action === 'remove') members.delete(c.user);
        else members.set(c.user, liveMember(c.user, c.role));
      }
      return { place: lp.place, members: [...members.values()].sort((a, b) => (a.email < b.email ? -1 : 1)) };
    }),
  };
}

const ws = place('asana/workspace:Acme', 'workspace', 0);
const team = place('asana/workspace:Acme/team:Platform', 'team', 1, ws.key);
const project = place('asana/workspace:Acme/project:Roadmap', 'project', 2, ws.key);

describe('plan', () => {
  it('adds desired members that are not live, in stage order, with their reasons', () => {
    const desired = desiredOf([
      [project, [desiredMember('carol@acme.com', undefined, 20)]],
      [team, [desiredMember('bob@acme.com', undefined, 12)]],
      [
        ws,
        [
          desiredMember('alice@acme.com', undefined, 5),
          { email: 'bob@acme.com', reasons: [{ kind: 'implied', by: 'team Platform' }] },
          { email: 'carol@acme.com', reasons: [{ kind: 'listed', file: 'g.yaml', line: 4, col: 7, via: 'group:ops' }] },
        ],
      ],
    ]);
    const live = liveOf([
      [ws, [liveMember('alice@acme.com')]],
      [team, []],
      [project, []],
    ]);
    const result = plan(desired, live);
    expect(result.changes.map((c) => [c.place.kind, c.action, c.user, c.reasons])).toEqual([
      ['workspace', 'add', 'bob@acme.com', ['implied by team Platform']],
      ['workspace', 'add', 'carol@acme.com', ['g.yaml:4 (group:ops)']],
      ['team', 'add', 'bob@acme.com', ['gatehouse.yaml:12']],
      ['project', 'add', 'carol@acme.com', ['gatehouse.yaml:20']],
    ]);
    expect(result.summary).toEqual({ add: 4, change: 0, remove: 0, unmanaged: 0 });
    expect(result.places.map((p) => [p.place.kind, p.inSync])).toEqual([
      ['workspace', 1],
      ['team', 0],
      ['project', 0],
    ]);
  });

  it('leaves live members missing from the file alone and reports them as unmanaged', () => {
    const result = plan(
      desiredOf([[ws, [desiredMember('alice@acme.com')]]]),
      liveOf([[ws, [liveMember('alice@acme.com'), liveMember('zed@acme.com'), liveMember('mallory@acme.com')]]]),
    );
    expect(result.changes).toEqual([]);
    expect(result.places[0]!.unmanaged).toEqual(['mallory@acme.com', 'zed@acme.com']);
    expect(result.summary).toEqual({ add: 0, change: 0, remove: 0, unmanaged: 2 });
  });

  it('plans a role change when a member holds another role', () => {
    const result = plan(
      desiredOf([[ws, [desiredMember('carol@acme.com', 'contributor')]]]),
      liveOf([[ws, [liveMember('carol@acme.com', 'reader')]]]),
    );
    expect(result.changes).toMatchObject([{ action: 'change', user: 'carol@acme.com', role: 'contributor', fromRole: 'reader' }]);
    expect(result.summary.change).toBe(1);
  });

  it('a member listed without a level is in sync at any level; one listed at a level is changed to it', () => {
    const roadmap = place('asana/workspace:W/project:Roadmap', 'project', 2);
    const result = plan(
      desiredOf([[roadmap, [desiredMember('any@acme.com'), desiredMember('lead@acme.com', 'admin'), desiredMember('team:Design', 'commenter')]]]),
      liveOf([[roadmap, [liveMember('any@acme.com', 'commenter'), liveMember('lead@acme.com', 'editor'), liveMember('team:Design', 'commenter')]]]),
    );
    expect(result.changes.map((c) => [c.action, c.user, c.fromRole, c.role])).toEqual([['change', 'lead@acme.com', 'editor', 'admin']]);
    expect(result.places[0]).toMatchObject({ inSync: 2 });
  });

  it('plans permissions on a role-bearing place: adds with their role, changes, in sync, unmanaged', () => {
    const red = place('dreadnode/org:acme/workspace:red-team', 'workspace', 0);
    const result = plan(
      desiredOf([
        [
          red,
          [
            desiredMember('alice@acme.com', 'owner'),
            desiredMember('bob@acme.com', 'contributor'),
            desiredMember('carol@acme.com', 'contributor'),
          ],
        ],
      ]),
      liveOf([[red, [liveMember('alice@acme.com', 'owner'), liveMember('carol@acme.com', 'reader'), liveMember('mallory@acme.com', 'owner')]]]),
    );
    expect(result.changes.map((c) => [c.provider, c.action, c.user, c.role, c.fromRole])).toEqual([
      ['dreadnode', 'add', 'bob@acme.com', 'contributor', undefined],
      ['dreadnode', 'change', 'carol@acme.com', 'contributor', 'reader'],
    ]);
    expect(result.summary).toEqual({ add: 1, change: 1, remove: 0, unmanaged: 1 });
    expect(result.places[0]).toMatchObject({ inSync: 1, unmanaged: ['mallory@acme.com'] });
  });

  it("keeps each provider's places together, in stage order within it", () => {
    const red = place('dreadnode/org:acme/workspace:red-team', 'workspace', 0);
    const result = plan(
      desiredOf([
        [project, [desiredMember('a@acme.com')]],
        [red, [desiredMember('a@acme.com', 'reader')]],
        [ws, [desiredMember('a@acme.com')]],
      ]),
      liveOf([
        [ws, []],
        [project, []],
        [red, []],
      ]),
    );
    expect(result.changes.map((c) => `${c.provider} ${c.place.kind}`)).toEqual(['asana workspace', 'asana project', 'dreadnode workspace']);
  });

  it('refuses to plan a place whose live state was not read', () => {
    expect(() => plan(desiredOf([[ws, []]]), liveOf([]))).toThrow(/no live state was read for asana\/workspace:Acme/);
  });

  it('fingerprints the changes, not their reasons or order', () => {
    const live = liveOf([[ws, []]]);
    const a = plan(desiredOf([[ws, [desiredMember('a@x.io', undefined, 3), desiredMember('b@x.io', undefined, 4)]]]), live);
    const moved = plan(desiredOf([[ws, [desiredMember('a@x.io', undefined, 30), desiredMember('b@x.io', undefined, 40)]]]), live);
    const other = plan(desiredOf([[ws, [desiredMember('a@x.io'), desiredMember('c@x.io')]]]), live);
    expect(a.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(moved.fingerprint).toBe(a.fingerprint);
    expect(other.fingerprint).not.toBe(a.fingerprint);
    expect(plan(desiredOf([[ws, []]]), live).fingerprint).not.toBe(a.fingerprint);
  });
});

describe('plan properties', () => {
  it('applying a plan and planning again gives an empty plan', () => {
    fc.assert(
      fc.property(arbitraryStates, ({ desired, live }) => {
        const first = plan(desired, live);
        const again = plan(desired, applyToLive(live, first));
        expect(again.changes).toEqual([]);
        expect(again.summary.add + again.summary.change + again.summary.remove).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and independent of input order', () => {
    fc.assert(
      fc.property(arbitraryStates, ({ desired, live }) => {
        const once = JSON.stringify(plan(desired, live));
        const reversed = JSON.stringify(
          plan(
            { files: desired.files, places: [...desired.places].reverse().map((p) => ({ ...p, members: [...p.members].reverse() })) },
            { places: [...live.places].reverse().map((p) => ({ ...p, members: [...p.members].reverse() })) },
          ),
        );
        expect(reversed).toBe(once);
        expect(JSON.stringify(plan(desired, live))).toBe(once);
      }),
      { numRuns: 200 },
    );
  });

  it('never removes, adds exactly the missing memberships and counts them', () => {
    fc.assert(
      fc.property(arbitraryStates, ({ desired, live }) => {
        const result = plan(desired, live);
        const liveSet = new Set(live.places.flatMap((p) => p.members.map((m) => `${p.place.key} ${m.email}`)));
        const missing = desired.places.flatMap((p) => p.members.map((m) => `${p.place.key} ${m.email}`)).filter((k) => !liveSet.has(k));
        const adds = result.changes.filter((c) => c.action === 'add').map((c) => `${c.place.key} ${c.user}`);
        expect(result.changes.some((c) => c.action === 'remove')).toBe(false);
        expect(adds.sort()).toEqual(missing.sort());
        expect(result.summary.add).toBe(adds.length);
        expect(result.summary.change).toBe(result.changes.filter((c) => c.action === 'change').length);
        const order = result.changes.map((c) => [c.place.provider, c.place.stage] as const);
        expect(order).toEqual([...order].sort(([p, s], [q, t]) => (p < q ? -1 : p > q ? 1 : s - t)));
      }),
      { numRuns: 200 },
    );
  });

  it('reports as unmanaged exactly the live members the file does not list', () => {
    fc.assert(
      fc.property(arbitraryStates, ({ desired, live }) => {
        const result = plan(desired, live);
        for (const lp of live.places) {
          const wanted = new Set(desired.places.find((d) => d.place.key === lp.place.key)!.members.map((m) => m.email));
          const expected = lp.members.map((m) => m.email).filter((e) => !wanted.has(e)).sort();
          expect(result.places.find((p) => p.place.key === lp.place.key)!.unmanaged).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
