/**
 * Expiring grants and revocation in the planner: removals without --prune,
 * what they cover, and the day as an input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DesiredMember, DesiredPlace, DesiredState, LiveState, Plan, Reason } from '../../src/model/index.js';
import { plan, PlanInputError, restrictPlan } from '../../src/plan/index.js';
import { arbitraryStates, desiredMember, desiredOf, liveMember, liveOf, place } from '../support/states.js';

const ws: DesiredPlace & ReturnType<typeof place> = { ...place('asana/workspace:Acme', 'workspace', 0), removalCovers: true };
const team = { ...place('asana/workspace:Acme/team:Platform', 'team', 1, ws.key), parentKey: ws.key };
const project = { ...place('asana/workspace:Acme/team:Platform/project:Roadmap', 'project', 2, ws.key), parentKey: team.key };
const dn = place('dreadnode/org:acme/workspace:red-team', 'workspace', 0);

const day = (today: string, warnDays = 14) => ({ day: { today, warnDays } });

/** A listed member whose grant ends on `until`. */
function ending(email: string, until: string, line = 7, role?: string): DesiredMember {
  const m = desiredMember(email, role, line);
  (m.reasons[0] as Reason & { kind: 'listed' }).until = until;
  return m;
}

function implied(email: string, by: string, until?: string): DesiredMember {
  const reason: Reason = until === undefined ? { kind: 'implied', by } : { kind: 'implied', by, until };
  return { email, reasons: [reason] };
}

const actions = (p: Plan) => p.changes.map((c) => `${c.action} ${c.place.kind} ${c.user}${c.cause ? ` (${c.cause})` : ''}`);

describe('expiring grants', () => {
  const desired = desiredOf([[ws, [desiredMember('alice@acme.com'), ending('dave@contractor.io', '2027-03-31')]]]);

  it('up to and including the until day the grant is wanted; the day after it is removed, without --prune', () => {
    const live = liveOf([[ws, [liveMember('alice@acme.com'), liveMember('dave@contractor.io')]]]);
    expect(actions(plan(desired, live, new Map(), day('2027-03-31')))).toEqual([]);
    const after = plan(desired, live, new Map(), day('2027-04-01'));
    expect(actions(after)).toEqual(['remove workspace dave@contractor.io (expired)']);
    expect(after.changes[0]!.reasons).toEqual(['expired 2027-03-31 (gatehouse.yaml:7)']);
    expect(after.changes[0]!.userId).toBe('u-dave@contractor.io');
    expect(after.summary.remove).toBe(1);
  });

  it('a grant that has not ended is added as any other, its reason saying when it ends', () => {
    const p = plan(desired, liveOf([[ws, [liveMember('alice@acme.com')]]]), new Map(), day('2027-01-10'));
    expect(actions(p)).toEqual(['add workspace dave@contractor.io']);
    expect(p.changes[0]!.reasons).toEqual(['gatehouse.yaml:7, until 2027-03-31']);
  });

  it('an ended grant that is not live plans nothing, and is not re-added', () => {
    expect(actions(plan(desired, liveOf([[ws, [liveMember('alice@acme.com')]]]), new Map(), day('2027-05-01')))).toEqual([]);
  });

  it('flags grants ending within the warning period, with the days left', () => {
    const live = liveOf([[ws, [liveMember('alice@acme.com'), liveMember('dave@contractor.io')]]]);
    expect(plan(desired, live, new Map(), day('2027-03-22')).places[0]!.expiring).toEqual([{ user: 'dave@contractor.io', until: '2027-03-31', days: 9 }]);
    expect(plan(desired, live, new Map(), day('2027-03-31')).places[0]!.expiring).toEqual([{ user: 'dave@contractor.io', until: '2027-03-31', days: 0 }]);
    expect(plan(desired, live, new Map(), day('2027-03-16')).places[0]!.expiring).toBeUndefined();
    expect(plan(desired, live, new Map(), day('2027-03-16', 30)).places[0]!.expiring).toHaveLength(1);
  });

  it('a member with one grant that never ends keeps the place, whatever the other grants say', () => {
    const both: DesiredMember = { email: 'dave@contractor.io', reasons: [...ending('dave@contractor.io', '2027-03-31').reasons, { kind: 'listed', file: 'people.yaml', line: 2, col: 5 }] };
    const p = plan(desiredOf([[ws, [both]]]), liveOf([[ws, [liveMember('dave@contractor.io')]]]), new Map(), day('2028-01-01'));
    expect(actions(p)).toEqual([]);
    expect(p.places[0]!.expiring).toBeUndefined();
  });

  it('two ending grants end on the later day', () => {
    const both: DesiredMember = { email: 'dave@contractor.io', reasons: [...ending('dave@contractor.io', '2027-03-31').reasons, ...ending('dave@contractor.io', '2027-06-30', 9).reasons] };
    const live = liveOf([[ws, [liveMember('dave@contractor.io')]]]);
    expect(actions(plan(desiredOf([[ws, [both]]]), live, new Map(), day('2027-04-15')))).toEqual([]);
    const p = plan(desiredOf([[ws, [both]]]), live, new Map(), day('2027-07-01'));
    expect(p.changes[0]!.reasons).toEqual(['expired 2027-03-31 (gatehouse.yaml:7)', 'expired 2027-06-30 (gatehouse.yaml:9)']);
  });

  it('a membership implied by an ended grant elsewhere is no longer wanted, but is not removed where it was never written', () => {
    const d = desiredOf([
      [ws, [implied('dave@contractor.io', 'team Platform', '2027-03-31')]],
      [team, [ending('dave@contractor.io', '2027-03-31')]],
    ]);
    const live = liveOf([[ws, []], [team, []]]);
    expect(actions(plan(d, live, new Map(), day('2027-04-01')))).toEqual([]);
    const there = liveOf([[ws, [liveMember('dave@contractor.io')]], [team, [liveMember('dave@contractor.io')]]]);
    const p = plan(d, there, new Map(), day('2027-04-01'));
    expect(actions(p)).toEqual(['remove team dave@contractor.io (expired)']);
    expect(p.places.find((x) => x.place.key === ws.key)!.unmanaged).toEqual(['dave@contractor.io']);
  });

  it('a protected user or the token\'s own user is kept, and says so', () => {
    const d: DesiredState = { ...desired, protected: [{ email: 'dave@contractor.io', source: { file: 'people.yaml', line: 3, col: 5 } }] };
    const live = liveOf([[ws, [liveMember('alice@acme.com'), liveMember('dave@contractor.io')]]]);
    const p = plan(d, live, new Map(), day('2027-04-01'));
    expect(actions(p)).toEqual([]);
    expect(p.places[0]!.kept).toEqual([{ user: 'dave@contractor.io', why: 'protected at people.yaml:3' }]);
  });

  it('refuses to plan an ending grant without a day: plan never reads a clock', () => {
    expect(() => plan(desired, liveOf([[ws, []]]))).toThrow(PlanInputError);
  });

  it('asks the provider about the removal (a deprovision mark) and lets it keep the last owner', () => {
    const hooks = new Map([
      ['asana', { judgeRemove: () => ({ marks: ['deprovision'] }) }],
      ['dreadnode', { judgePlace: (_w: unknown, _l: unknown, removals: readonly { email: string }[]) => ({ keep: removals.map((m) => ({ user: m.email, why: 'last owner' })) }) }],
    ]);
    const d = desiredOf([[ws, [ending('dave@contractor.io', '2027-03-31')]], [dn, [ending('olga@acme.com', '2027-03-31', 4, 'owner')]]]);
    const live = liveOf([[ws, [liveMember('dave@contractor.io')]], [dn, [liveMember('olga@acme.com', 'owner')]]]);
    const p = plan(d, live, hooks, day('2027-04-01'));
    expect(p.changes.map((c) => [c.user, c.marks])).toEqual([['dave@contractor.io', ['deprovision']]]);
    expect(p.places.find((x) => x.place.key === dn.key)!.kept).toEqual([{ user: 'olga@acme.com', why: 'last owner' }]);
  });
});

describe('revoked users', () => {
  const revoked = [{ email: 'dana@acme.com', source: { file: 'people.yaml', line: 4, col: 5 } }];
  const d: DesiredState = {
    ...desiredOf([[ws, [desiredMember('alice@acme.com')]], [team, []], [project, []], [dn, [desiredMember('alice@acme.com', 'owner')]]]),
    revoked,
  };

  it('leave every place they are live in, without --prune; a removal that covers the places below is planned once and names them', () => {
    const live = liveOf([
      [ws, [liveMember('alice@acme.com'), liveMember('dana@acme.com')]],
      [team, [liveMember('dana@acme.com')]],
      [project, [liveMember('dana@acme.com')]],
      [dn, [liveMember('alice@acme.com', 'owner'), liveMember('dana@acme.com', 'reader')]],
    ]);
    const p = plan(d, live);
    expect(actions(p)).toEqual(['remove workspace dana@acme.com (revoked)', 'remove workspace dana@acme.com (revoked)']);
    const asana = p.changes.find((c) => c.provider === 'asana')!;
    expect(asana.implies).toEqual(['project "Roadmap"', 'team "Platform"']);
    expect(asana.reasons).toEqual(['revoked at people.yaml:4']);
    expect(p.changes.find((c) => c.provider === 'dreadnode')!.fromRole).toBe('reader');
  });

  it('are removed from a place below when they are not live in the covering place', () => {
    const live = liveOf([[ws, [liveMember('alice@acme.com')]], [team, [liveMember('dana@acme.com')]], [project, []], [dn, [liveMember('alice@acme.com', 'owner')]]]);
    expect(actions(plan(d, live))).toEqual(['remove team dana@acme.com (revoked)']);
  });

  it('leave a place the file does not name but found inside one it does, which is shown only then', () => {
    const outside = { ...place('dreadnode/org:acme/workspace:blue-team', 'workspace', 0), outside: true };
    const withOutside: DesiredState = { ...d, places: [...d.places, { place: outside, members: [] }] };
    const live = liveOf([[ws, [liveMember('alice@acme.com')]], [team, []], [project, []], [dn, [liveMember('alice@acme.com', 'owner')]], [outside, [liveMember('dana@acme.com', 'reader'), liveMember('zoe@acme.com', 'owner')]]]);
    const p = plan(withOutside, live);
    expect(actions(p)).toEqual(['remove workspace dana@acme.com (revoked)']);
    // Nobody declared anything there: its other members are not the file's business.
    expect(p.places.find((x) => x.place.key === outside.key)!.unmanaged).toEqual([]);
    expect(p.summary.unmanaged).toBe(0);
    const quiet = liveOf([[ws, [liveMember('alice@acme.com')]], [team, []], [project, []], [dn, [liveMember('alice@acme.com', 'owner')]], [outside, [liveMember('zoe@acme.com', 'owner')]]]);
    expect(plan(withOutside, quiet).places.map((x) => x.place.key)).not.toContain(outside.key);
  });

  it('keep the token\'s own user, and leave inactive records alone', () => {
    const self: DesiredState = { ...d, revoked: [...revoked, { email: 'bot@acme.com', source: { file: 'people.yaml', line: 5, col: 5 } }] };
    const live: LiveState = {
      ...liveOf([[ws, [liveMember('alice@acme.com'), liveMember('bot@acme.com'), { ...liveMember('dana@acme.com'), inactive: true }]], [team, []], [project, []], [dn, [liveMember('alice@acme.com', 'owner')]]]),
      self: [{ provider: 'asana', email: 'bot@acme.com' }],
    };
    const p = plan(self, live);
    expect(actions(p)).toEqual([]);
    expect(p.places[0]!.kept).toEqual([{ user: 'bot@acme.com', why: "the token's own user" }]);
  });
});

describe('a plan restricted to some causes (--only)', () => {
  it('holds only those removals, with their own fingerprint and counts', () => {
    const d: DesiredState = {
      ...desiredOf([[ws, [desiredMember('new@acme.com'), ending('dave@contractor.io', '2027-03-31')]]]),
      revoked: [{ email: 'dana@acme.com', source: { file: 'people.yaml', line: 4, col: 5 } }],
    };
    const live = liveOf([[ws, [liveMember('dave@contractor.io'), liveMember('dana@acme.com')]]]);
    const full = plan(d, live, new Map(), day('2027-04-01'));
    expect(full.summary).toMatchObject({ add: 1, remove: 2 });
    const expired = restrictPlan(full, ['expired']);
    expect(actions(expired)).toEqual(['remove workspace dave@contractor.io (expired)']);
    expect(expired.summary).toMatchObject({ add: 0, change: 0, remove: 1 });
    expect(expired.fingerprint).not.toBe(full.fingerprint);
    expect(restrictPlan(full, ['expired', 'revoked']).changes).toHaveLength(2);
  });
});

/** What a perfect apply does: adds and changes land, removals go. */
function applied(live: LiveState, p: Plan): LiveState {
  return {
    places: live.places.map((lp) => {
      const members = new Map(lp.members.map((m) => [m.email, m]));
      for (const c of p.changes.filter((x) => x.place.key === lp.place.key)) {
        if (c.action === 'remove') members.delete(c.user);
        else members.set(c.user, liveMember(c.user, c.role));
      }
      return { place: lp.place, members: [...members.values()].sort((a, b) => (a.email < b.email ? -1 : 1)) };
    }),
  };
}

describe('properties', () => {
  /** The random worlds with some grants given end days, and a day to plan on. */
  const worlds = arbitraryStates.chain(({ desired, live }) =>
    fc
      .record({
        ends: fc.array(fc.option(fc.constantFrom('2027-01-01', '2027-03-31', '2027-06-30'), { nil: undefined }), { minLength: 64, maxLength: 64 }),
        today: fc.constantFrom('2026-12-25', '2027-03-31', '2027-04-01', '2027-12-31'),
      })
      .map(({ ends, today }) => {
        let i = 0;
        const places = desired.places.map(({ place: p, members }) => ({
          place: p,
          members: members.map((m) => {
            const until = ends[i++ % ends.length];
            return until === undefined ? m : { ...m, reasons: m.reasons.map((r) => ({ ...r, until })) };
          }),
        }));
        return { desired: { ...desired, places }, live, today };
      }),
  );

  it('applying a plan with ending grants and planning again on the same day gives an empty plan', () => {
    fc.assert(
      fc.property(worlds, ({ desired, live, today }) => {
        const first = plan(desired, live, new Map(), day(today));
        expect(plan(desired, applied(live, first), new Map(), day(today)).changes).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('an ended grant is never added, and every removal without --prune is of an ended grant', () => {
    fc.assert(
      fc.property(worlds, ({ desired, live, today }) => {
        const p = plan(desired, live, new Map(), day(today));
        const ended = new Set(desired.places.flatMap(({ place: pl, members }) => members.filter((m) => m.reasons.every((r) => r.until !== undefined && r.until < today)).map((m) => `${pl.key} ${m.email}`)));
        for (const c of p.changes) {
          if (c.action === 'add') expect(ended.has(`${c.place.key} ${c.user}`)).toBe(false);
          if (c.action === 'remove') {
            expect(c.cause).toBe('expired');
            expect(ended.has(`${c.place.key} ${c.user}`)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
