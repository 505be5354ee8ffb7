/**
 * The planner: a pure function from desired and live state to a plan.
 * No I/O, no clock, no randomness: the same inputs give a byte-identical plan.
 */
import {
  ConfigError,
  placeRef,
  type Change,
  type DesiredPlaceState,
  type FileProblem,
  type HooksByProvider,
  type PlaceRef,
  type DesiredState,
  type LiveMember,
  type LiveState,
  type Plan,
  type PlacePlan,
} from '../model/index.js';
import { fingerprint } from './fingerprint.js';
import { compareText } from '../util/compare.js';
import { groupBy } from '../util/group-by.js';
import { pruneVerdict, type Untouchable } from './prune.js';
import { formatReason } from './reasons.js';

export class PlanInputError extends Error {
  override name = 'PlanInputError';
}

type Ordered = { place: { provider: string; stage: number; key: string } };

/** Each provider's places together (a reader sees one service at a time), in apply order within it. */
function byPlaceOrder(a: Ordered, b: Ordered): number {
  return compare(a.place.provider, b.place.provider) || a.place.stage - b.place.stage || compare(a.place.key, b.place.key);
}

const compare = compareText;

/** The mark of an add that makes an inactive member active again. */
const REACTIVATE = 'reactivate';

/**
 * `hooks` carry each provider's own rules (src/model/hooks.ts): marks and
 * refusals of adds, members a place must keep.
 */
export function plan(desired: DesiredState, live: LiveState, hooks: HooksByProvider = new Map()): Plan {
  const liveByKey = new Map(live.places.map((p) => [p.place.key, p]));
  const untouchable: Untouchable = {
    protected: new Map((desired.protected ?? []).map((u) => [u.email, u])),
    self: new Map([...groupBy(live.self ?? [], (s) => s.provider)].map(([provider, users]) => [provider, new Set(users.map((u) => u.email))])),
  };
  const changes: Change[] = [];
  const places: PlacePlan[] = [];
  const problems: FileProblem[] = [];

  for (const want of desired.places) {
    const have = liveByKey.get(want.place.key);
    if (!have) throw new PlanInputError(`no live state was read for ${want.place.key}`);
    const ref = placeRef(have.place);
    const rules = hooks.get(ref.provider) ?? {};
    const liveByEmail = new Map<string, LiveMember>(have.members.map((m) => [m.email, m]));
    const wanted = new Set<string>();
    let inSync = 0;

    for (const member of want.members) {
      wanted.add(member.email);
      const current = liveByEmail.get(member.email);
      const reasons = member.reasons.map(formatReason);
      if (!current || current.inactive) {
        const change: Change = { provider: ref.provider, action: 'add', place: ref, user: member.email, reasons };
        if (member.role !== undefined) change.role = member.role;
        const judged = rules.judgeAdd?.(want, have, member) ?? {};
        // An inactive member is listed live but not there: adding them makes them active again.
        const marks = [...(current?.inactive ? [REACTIVATE] : []), ...(judged.marks ?? [])];
        if (marks.length > 0) change.marks = marks;
        problems.push(...(judged.problems ?? []));
        changes.push(change);
      } else if (member.role !== undefined && current.role !== member.role) {
        const change: Change = { provider: ref.provider, action: 'change', place: ref, user: member.email, role: member.role, reasons };
        if (current.role !== undefined) change.fromRole = current.role;
        changes.push(change);
      } else {
        inSync += 1;
      }
    }

    // An inactive member is already gone in all but the record: never removed, and not counted as unmanaged.
    const unlisted = have.members.filter((m) => !wanted.has(m.email) && !m.inactive).sort((a, b) => compare(a.email, b.email));
    const placePlan: PlacePlan = { place: ref, inSync, unmanaged: unlisted.map((m) => m.email) };
    const verdict = want.place.prune ? pruneVerdict(want, unlisted, untouchable) : { remove: [], kept: [] };
    const judged = rules.judgePlace?.(want, have, verdict.remove, verdict.kept) ?? {};
    problems.push(...(judged.problems ?? []));
    if (want.place.prune) {
      // Only members prune would remove can be kept.
      const removable = new Set(verdict.remove.map((m) => m.email));
      const keep = new Map((judged.keep ?? []).filter((k) => removable.has(k.user)).map((k) => [k.user, k]));
      for (const member of verdict.remove) {
        if (keep.has(member.email)) continue;
        const change = removal(ref, member);
        const marks = rules.judgeRemove?.(want, have, member).marks ?? [];
        if (marks.length > 0) change.marks = marks;
        changes.push(change);
      }
      const kept = [...verdict.kept, ...keep.values()].sort((a, b) => compare(a.user, b.user));
      placePlan.prune = true;
      placePlan.unmanaged = [];
      if (kept.length > 0) placePlan.kept = kept;
    }
    const inactive = have.members.filter((m) => m.inactive && !wanted.has(m.email)).map((m) => m.email).sort(compare);
    if (inactive.length > 0) placePlan.inactive = inactive;
    places.push(placePlan);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  changes.sort((a, b) => byPlaceOrder(a, b) || compare(a.user, b.user));
  places.sort(byPlaceOrder);

  return {
    version: 1,
    fingerprint: fingerprint(changes),
    summary: {
      add: changes.filter((c) => c.action === 'add').length,
      change: changes.filter((c) => c.action === 'change').length,
      remove: changes.filter((c) => c.action === 'remove').length,
      unmanaged: places.reduce((n, p) => n + p.unmanaged.length, 0),
    },
    changes,
    places,
  };
}

/** A live member the file does not list, at a place that prunes. */
function removal(place: PlaceRef, member: LiveMember): Change {
  const change: Change = { provider: place.provider, action: 'remove', place, user: member.email, userId: member.userId, reasons: ['not in the file (prune)'] };
  if (member.role !== undefined) change.fromRole = member.role;
  return change;
}
