import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConfigError, type DesiredState, type LiveState, type Plan } from '../../src/model/index.js';
import { plan as planWith, removalBreaches } from '../../src/plan/index.js';
import { planHooksOf } from '../../src/providers/registry.js';
import { arbitraryStates, desiredMember, desiredOf, liveMember, liveOf, place } from '../support/states.js';

/** The planner with the registry's provider hooks (guests, a workspace's last owner). */
const plan = (desired: Parameters<typeof planWith>[0], live: Parameters<typeof planWith>[1]) => planWith(desired, live, planHooksOf());

const ws = place('asana/workspace:Acme', 'workspace', 0);
const team = place('asana/workspace:Acme/team:Platform', 'team', 1, ws.key);
const redTeam = { ...place('dreadnode/org:acme/workspace:red-team', 'workspace', 0), provider: 'dreadnode' };

const pruned = <T extends object>(p: T): T & { prune: true } => ({ ...p, prune: true });
const emails = (list: readonly { user: string }[]) => list.map((c) => c.user);
const removals = (p: Plan, key?: string) => p.changes.filter((c) => c.action === 'remove' && (key === undefined || c.place.key === key));

/** What apply leaves live: every change of the plan carried out. */
function applyToLive(live: LiveState, p: Plan): LiveState {
  return {
    ...live,
    places: live.places.map((lp) => {
      const members = new Map(lp.members.map((m) => [m.email, { ...m }]));
      for (const c of p.changes.filter((c) => c.place.key === lp.place.key)) {
        if (c.action === 'remove') members.delete(c.user);
        else members.set(c.user, liveMember(c.user, c.role));
      }
      return { ...lp, members: [...members.values()].sort((a, b) => (a.email < b.email ? -1 : 1)) };
    }),
  };
}

describe('prune', () => {
  const live = liveOf([
    [ws, ['alice@acme.com', 'bob@acme.com', 'mallory@acme.com'].map((e) => liveMember(e))],
    [team, ['alice@acme.com', 'mallory@acme.com'].map((e) => liveMember(e))],
  ]);

  it('without prune, unlisted live members are left alone and reported as unmanaged', () => {
    const result = plan(desiredOf([[ws, [desiredMember('alice@acme.com')]], [team, [desiredMember('alice@acme.com')]]]), live);
    expect(removals(result)).toEqual([]);
    expect(result.summary.remove).toBe(0);
    expect(result.places.map((p) => p.unmanaged)).toEqual([['bob@acme.com', 'mallory@acme.com'], ['mallory@acme.com']]);
  });

  it('removes exactly the unlisted members of a pruned place and nothing elsewhere', () => {
    const result = plan(desiredOf([[ws, [desiredMember('alice@acme.com')]], [pruned(team), [desiredMember('alice@acme.com')]]]), live);
    expect(removals(result).map((c) => [c.place.key, c.user, c.userId])).toEqual([[team.key, 'mallory@acme.com', 'u-mallory@acme.com']]);
    expect(result.summary.remove).toBe(1);
    // The workspace does not prune: its unlisted members are still only reported.
    expect(result.places.find((p) => p.place.key === ws.key)!.unmanaged).toEqual(['bob@acme.com', 'mallory@acme.com']);
    const teamPlan = result.places.find((p) => p.place.key === team.key)!;
    expect(teamPlan).toMatchObject({ prune: true, unmanaged: [] });
  });

  it('never removes a protected user or the token\'s own user, and says why it keeps them', () => {
    const desired: DesiredState = {
      ...desiredOf([[pruned(ws), [desiredMember('alice@acme.com')]]]),
      protected: [{ email: 'bob@acme.com', source: { file: 'people.yaml', line: 4, col: 5 } }],
    };
    const result = plan(desired, { ...live, self: [{ provider: 'asana', email: 'mallory@acme.com' }] });
    expect(removals(result)).toEqual([]);
    expect(result.places[0]!.kept).toEqual([
      { user: 'bob@acme.com', why: 'protected at people.yaml:4' },
      { user: 'mallory@acme.com', why: "the token's own user" },
    ]);
  });

  it("the token's own user of another provider is not protected here", () => {
    const result = plan(desiredOf([[pruned(ws), [desiredMember('alice@acme.com')]]]), { ...live, self: [{ provider: 'dreadnode', email: 'bob@acme.com' }] });
    expect(emails(removals(result))).toEqual(['bob@acme.com', 'mallory@acme.com']);
  });

  it('keeps the last owner of a Dreadnode workspace when the file names no owner', () => {
    const dnLive = liveOf([[redTeam, [liveMember('carol@acme.com', 'owner'), liveMember('dan@acme.com', 'owner'), liveMember('erin@acme.com', 'reader')]]]);
    const noOwner = plan(desiredOf([[pruned(redTeam), [desiredMember('erin@acme.com', 'reader')]]]), dnLive);
    expect(emails(removals(noOwner))).toEqual(['dan@acme.com']);
    expect(noOwner.places[0]!.kept).toEqual([{ user: 'carol@acme.com', why: 'last owner' }]);
    // With an owner in the file, the live owners it does not list go.
    const withOwner = plan(desiredOf([[pruned(redTeam), [desiredMember('erin@acme.com', 'owner')]]]), dnLive);
    expect(emails(removals(withOwner))).toEqual(['carol@acme.com', 'dan@acme.com']);
    expect(withOwner.places[0]!.kept).toBeUndefined();
    // A protected owner already keeps the workspace owned: no one else is kept for it.
    const guarded = plan(
      { ...desiredOf([[pruned(redTeam), []]]), protected: [{ email: 'dan@acme.com', source: { file: 'p.yaml', line: 2, col: 3 } }] },
      dnLive,
    );
    expect(emails(removals(guarded))).toEqual(['carol@acme.com', 'erin@acme.com']);
    expect(guarded.places[0]!.kept).toEqual([{ user: 'dan@acme.com', why: 'protected at p.yaml:2' }]);
  });

  it('refuses a plan that demotes the last owner, at the place, when the file names no owner', () => {
    const dnLive = liveOf([[redTeam, [liveMember('carol@acme.com', 'owner'), liveMember('erin@acme.com', 'reader')]]]);
    let error: unknown;
    try {
      plan(desiredOf([[redTeam, [desiredMember('carol@acme.com', 'reader')]]]), dnLive);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map((p) => p.message)).toEqual([
      'workspace "red-team" would be left without an owner: the file gives its last owner another permission (carol@acme.com reader); name an owner',
    ]);
    // Naming another owner makes the demotion fine.
    expect(plan(desiredOf([[redTeam, [desiredMember('carol@acme.com', 'reader'), desiredMember('erin@acme.com', 'owner')]]]), dnLive).summary.change).toBe(2);
  });

  it('keeps members the service shows without an email: no file could list or protect them', () => {
    const withGhost = liveOf([[ws, [liveMember('alice@acme.com'), { email: 'gid:7777', userId: '7777', unnamed: true }]]]);
    const result = plan(desiredOf([[pruned(ws), [desiredMember('alice@acme.com')]]]), withGhost);
    expect(removals(result)).toEqual([]);
    expect(result.places[0]!.kept).toEqual([{ user: 'gid:7777', why: 'no visible email, so the file cannot list them' }]);
  });

  it('a removal with a role says which role is taken away', () => {
    const dnLive = liveOf([[redTeam, [liveMember('carol@acme.com', 'owner'), liveMember('erin@acme.com', 'reader')]]]);
    const result = plan(desiredOf([[pruned(redTeam), [desiredMember('carol@acme.com', 'owner')]]]), dnLive);
    expect(removals(result)).toMatchObject([{ user: 'erin@acme.com', fromRole: 'reader', userId: 'u-erin@acme.com' }]);
  });

  it('the fingerprint covers removals', () => {
    const desired = desiredOf([[pruned(ws), [desiredMember('alice@acme.com')]]]);
    const open = desiredOf([[ws, [desiredMember('alice@acme.com')]]]);
    expect(plan(desired, live).fingerprint).not.toBe(plan(open, live).fingerprint);
  });
});

describe('guests', () => {
  const orgLive = (members: string[]) => ({ places: [{ place: ws, members: members.map((e) => liveMember(e)), facts: { emailDomains: ['acme.com'] } }] });

  it('marks an add from outside the organisation\'s domains as a guest', () => {
    const result = plan(desiredOf([[ws, [desiredMember('alice@acme.com'), desiredMember('zed@gmail.com')]]]), orgLive([]));
    expect(result.changes.map((c) => [c.user, c.marks])).toEqual([
      ['alice@acme.com', undefined],
      ['zed@gmail.com', ['guest']],
    ]);
  });

  it('a place without member domains has no guests', () => {
    const result = plan(desiredOf([[ws, [desiredMember('zed@gmail.com')]]]), liveOf([[ws, []]]));
    expect(result.changes[0]!.marks).toBeUndefined();
  });

  it('allow_guests: false makes each guest add an error at the line that lists the user', () => {
    const strict = { ...ws, settings: { allowGuests: false } };
    let error: unknown;
    try {
      plan(desiredOf([[strict, [desiredMember('alice@acme.com', undefined, 4), desiredMember('zed@gmail.com', undefined, 7)]]]), orgLive([]));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      {
        file: 'gatehouse.yaml',
        line: 7,
        col: 9,
        message: 'zed@gmail.com would join workspace "Acme" as a guest (its email domains: acme.com), and allow_guests is false',
      },
    ]);
  });

  it('allow_guests: false does not object to a guest who is already a member', () => {
    const strict = { ...ws, settings: { allowGuests: false } };
    expect(plan(desiredOf([[strict, [desiredMember('zed@gmail.com')]]]), orgLive(['zed@gmail.com'])).changes).toEqual([]);
  });
});

describe('inactive members', () => {
  const live = () => ({ places: [{ place: ws, members: [{ ...liveMember('ivy@acme.com'), inactive: true }, liveMember('alice@acme.com')] }] });

  it('listed in the file: an add that reactivates them, and once active, in sync', () => {
    const result = plan(desiredOf([[ws, [desiredMember('alice@acme.com'), desiredMember('ivy@acme.com')]]]), live());
    expect(result.changes.map((c) => [c.action, c.user, c.marks])).toEqual([['add', 'ivy@acme.com', ['reactivate']]]);
    expect(result.places[0]!.inactive).toBeUndefined();
    const active = { places: [{ place: ws, members: [liveMember('ivy@acme.com'), liveMember('alice@acme.com')] }] };
    expect(plan(desiredOf([[ws, [desiredMember('alice@acme.com'), desiredMember('ivy@acme.com')]]]), active).changes).toEqual([]);
  });

  it('not listed: never removed under prune, not unmanaged, listed as inactive', () => {
    const result = plan(desiredOf([[pruned(ws), [desiredMember('alice@acme.com')]]]), live());
    expect(result.changes).toEqual([]);
    expect(result.places[0]!.inactive).toEqual(['ivy@acme.com']);
    const unpruned = plan(desiredOf([[ws, [desiredMember('alice@acme.com')]]]), live());
    expect(unpruned.places[0]!.unmanaged).toEqual([]);
    expect(unpruned.summary.unmanaged).toBe(0);
  });
});

describe('guard rails', () => {
  const crowd = (n: number) => Array.from({ length: n }, (_, i) => `user${String(i).padStart(2, '0')}@acme.com`);

  function pruneAll(liveCount: number, keep: number): Plan {
    const everyone = crowd(liveCount);
    return plan(desiredOf([[pruned(ws), everyone.slice(0, keep).map((e) => desiredMember(e))]]), liveOf([[ws, everyone.map((e) => liveMember(e))]]));
  }

  it('allow up to --max-removals removals and up to the share of a place', () => {
    expect(removalBreaches(pruneAll(40, 30))).toEqual([]); // 10 of 40: 25%, 10 removals
  });

  it('refuse more removals than --max-removals in one run', () => {
    expect(removalBreaches(pruneAll(60, 49))).toEqual(['11 removals in this run, more than --max-removals 10']);
    expect(removalBreaches(pruneAll(60, 49), { maxRemovals: 11, maxShare: 0.25, shareFrom: 8 })).toEqual([]);
  });

  it('refuse removing more than the share of a place with at least 8 members', () => {
    expect(removalBreaches(pruneAll(8, 5))).toEqual([
      `asana workspace "Acme" (${ws.id}): 3 of 8 members (37.5%) would be removed, more than --max-removal-share 25%`,
    ]);
    // Below 8 members the share is not checked (removing 3 of 7 is allowed).
    expect(removalBreaches(pruneAll(7, 4))).toEqual([]);
  });

  it('count kept, unlisted and changed members as members of the place', () => {
    const everyone = crowd(8);
    const desired: DesiredState = {
      ...desiredOf([[pruned(ws), everyone.slice(0, 5).map((e) => desiredMember(e))]]),
      protected: [{ email: everyone[7]!, source: { file: 'p.yaml', line: 1, col: 1 } }],
    };
    // 2 removed of 8 live (one kept): 25%, allowed.
    expect(removalBreaches(plan(desired, liveOf([[ws, everyone.map((e) => liveMember(e))]])))).toEqual([]);
  });

  it('are silent for a plan without removals', () => {
    expect(removalBreaches(plan(desiredOf([[ws, crowd(20).map((e) => desiredMember(e))]]), liveOf([[ws, []]])))).toEqual([]);
  });
});

/** Random states, a random subset of places pruning, some protected users and a token user. */
const arbitraryPruned = arbitraryStates.chain(({ desired, live }) =>
  fc
    .record({
      prunes: fc.array(fc.boolean(), { minLength: desired.places.length, maxLength: desired.places.length }),
      guarded: fc.subarray([...new Set(live.places.flatMap((p) => p.members.map((m) => m.email)))]),
      self: fc.option(fc.constantFrom(...new Set(['nobody@none.io', ...live.places.flatMap((p) => p.members.map((m) => m.email))]))),
      // Some workspace members are kept as inactive, as Asana keeps removed members.
      inactive: fc.subarray(live.places[0]!.members.map((m) => m.email)),
    })
    .map(({ prunes, guarded, self, inactive }) => ({
      desired: {
        ...desired,
        places: desired.places.map((p, i) => ({
          ...p,
          place: { ...p.place, prune: prunes[i]!,  },
        })),
        protected: guarded.sort().map((email) => ({ email, source: { file: 'p.yaml', line: 1, col: 1 } })),
      } satisfies DesiredState,
      live: {
        ...live,
        places: live.places.map((p, i) => (i > 0 ? p : { ...p, members: p.members.map((m) => (inactive.includes(m.email) ? { ...m, inactive: true } : m)) })),
        ...(self === null ? {} : { self: [{ provider: 'asana', email: self }] }),
      } satisfies LiveState,
    })),
);

/** The file demotes every live owner of a place that must keep one and names none: the planner refuses that (tested above). */
function demotesLastOwner(desired: DesiredState, live: LiveState): boolean {
  return desired.places.some((want) => {
    if (want.place.provider !== 'dreadnode' || want.members.some((m) => m.role === 'owner')) return false;
    const owners = live.places.find((p) => p.place.key === want.place.key)!.members.filter((m) => m.role === 'owner');
    return owners.length > 0 && owners.every((o) => want.members.some((m) => m.email === o.email));
  });
}

describe('prune properties', () => {
  it('applying a plan and planning again gives an empty plan', () => {
    fc.assert(
      fc.property(arbitraryPruned, ({ desired, live }) => {
        fc.pre(!demotesLastOwner(desired, live));
        const again = plan(desired, applyToLive(live, plan(desired, live)));
        expect(again.changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('removes only unlisted members of pruned places, never a protected or token user, never the last owner', () => {
    fc.assert(
      fc.property(arbitraryPruned, ({ desired, live }) => {
        fc.pre(!demotesLastOwner(desired, live));
        const result = plan(desired, live);
        const guarded = new Set(desired.protected!.map((u) => u.email));
        const self = new Set((live.self ?? []).map((s) => s.email));
        for (const want of desired.places) {
          const have = live.places.find((p) => p.place.key === want.place.key)!;
          const listed = new Set(want.members.map((m) => m.email));
          const gone = emails(removals(result, want.place.key));
          if (!want.place.prune) {
            expect(gone).toEqual([]);
            continue;
          }
          const inactive = new Set(have.members.filter((m) => m.inactive).map((m) => m.email));
          for (const user of gone) {
            expect(inactive.has(user)).toBe(false);
            expect(listed.has(user)).toBe(false);
            expect(guarded.has(user)).toBe(false);
            if (want.place.provider === 'asana') expect(self.has(user)).toBe(false);
          }
          // Every unlisted live member is either removed or kept; an inactive one is neither.
          const kept = (result.places.find((p) => p.place.key === want.place.key)!.kept ?? []).map((k) => k.user);
          expect([...gone, ...kept].sort()).toEqual(have.members.map((m) => m.email).filter((e) => !listed.has(e) && !inactive.has(e)).sort());
          // A place that had an owner still has one once the plan is applied.
          if (want.place.provider === 'dreadnode' && have.members.some((m) => m.role === 'owner')) {
            const owners = applyToLive(live, result).places.find((p) => p.place.key === want.place.key)!.members.filter((m) => m.role === 'owner');
            expect(owners.length).toBeGreaterThan(0);
          }
        }
        expect(result.summary.remove).toBe(removals(result).length);
      }),
      { numRuns: 300 },
    );
  });
});
