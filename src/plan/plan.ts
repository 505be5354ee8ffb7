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
  type PlanSummary,
  type Reason,
  type RevokedUser,
} from '../model/index.js';
import { daysLeft, hasEnded, memberEnd, type PlanDay } from './expiry.js';
import { fingerprint } from './fingerprint.js';
import { compareText } from '../util/compare.js';
import { groupBy } from '../util/group-by.js';
import { pruneVerdict, type Untouchable } from './prune.js';
import { expiredReason, formatReason } from './reasons.js';

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

/** What the planner is told beyond the two states: the day, for grants that end. */
export interface PlanContext {
  /** Needed when a grant has an `until`; see PlanDay. */
  day?: PlanDay;
}

/** A removal the file asks for without --prune: a grant that ended, or a revoked user. */
interface Ending {
  member: LiveMember;
  cause: 'expired' | 'revoked';
  reasons: string[];
}

/**
 * `hooks` carry each provider's own rules (src/model/hooks.ts): marks and
 * refusals of adds, members a place must keep. `context.day` says which
 * grants have ended.
 */
export function plan(desired: DesiredState, live: LiveState, hooks: HooksByProvider = new Map(), context: PlanContext = {}): Plan {
  const liveByKey = new Map(live.places.map((p) => [p.place.key, p]));
  const untouchable: Untouchable = {
    protected: new Map((desired.protected ?? []).map((u) => [u.email, u])),
    self: new Map([...groupBy(live.self ?? [], (s) => s.provider)].map(([provider, users]) => [provider, new Set(users.map((u) => u.email))])),
  };
  const revoked = new Map((desired.revoked ?? []).map((r) => [r.email, r]));
  const { day } = context;
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
    const endings: Ending[] = [];
    const expiring: NonNullable<PlacePlan['expiring']> = [];
    let inSync = 0;

    for (const member of want.members) {
      const current = liveByEmail.get(member.email);
      const end = memberEnd(member);
      if (end !== undefined && day === undefined) throw new PlanInputError(`${member.email} has a grant that ends (until ${end}) at ${want.place.key}, and the plan was given no day`);
      if (end !== undefined && day !== undefined && hasEnded(end, day.today)) {
        // Only a grant written here ends a membership here; one implied by an
        // ended grant elsewhere is simply no longer wanted.
        const ended = member.reasons.filter((r): r is Reason & { kind: 'listed'; until: string } => r.kind === 'listed' && r.until !== undefined);
        if (ended.length === 0) continue;
        wanted.add(member.email);
        if (current && !current.inactive) endings.push({ member: current, cause: 'expired', reasons: ended.map(expiredReason) });
        continue;
      }
      wanted.add(member.email);
      if (end !== undefined && day !== undefined && daysLeft(end, day.today) <= day.warnDays) {
        expiring.push({ user: member.email, until: end, days: daysLeft(end, day.today) });
      }
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
    const unlisted: LiveMember[] = [];
    for (const m of have.members.filter((m) => !wanted.has(m.email) && !m.inactive).sort((a, b) => compare(a.email, b.email))) {
      const gone = revoked.get(m.email);
      if (gone === undefined) unlisted.push(m);
      else endings.push({ member: m, cause: 'revoked', reasons: [revokedReason(gone)] });
    }
    const outside = want.place.outside === true;
    const placePlan: PlacePlan = { place: ref, inSync, unmanaged: outside ? [] : unlisted.map((m) => m.email) };
    const verdict = want.place.prune ? pruneVerdict(want, unlisted, untouchable) : { remove: [], kept: [] };
    const ending = pruneVerdict(want, endings.map((e) => e.member), untouchable);
    const removals = [...verdict.remove, ...ending.remove];
    const judged = rules.judgePlace?.(want, have, removals, [...verdict.kept, ...ending.kept]) ?? {};
    problems.push(...(judged.problems ?? []));
    // Only members this plan would remove can be kept.
    const removable = new Set(removals.map((m) => m.email));
    const keep = new Map((judged.keep ?? []).filter((k) => removable.has(k.user)).map((k) => [k.user, k]));
    const why = new Map(endings.map((e) => [e.member.email, e]));
    for (const member of removals) {
      if (keep.has(member.email)) continue;
      const change = removal(ref, member, why.get(member.email));
      const marks = rules.judgeRemove?.(want, have, member).marks ?? [];
      if (marks.length > 0) change.marks = marks;
      changes.push(change);
    }
    const kept = [...verdict.kept, ...ending.kept, ...keep.values()].sort((a, b) => compare(a.user, b.user));
    if (kept.length > 0) placePlan.kept = kept;
    if (want.place.prune) {
      placePlan.prune = true;
      placePlan.unmanaged = [];
    }
    const inactive = have.members.filter((m) => m.inactive && !wanted.has(m.email)).map((m) => m.email).sort(compare);
    if (inactive.length > 0 && !outside) placePlan.inactive = inactive;
    if (expiring.length > 0) placePlan.expiring = expiring.sort((a, b) => compare(a.user, b.user));
    // A place the file does not name is shown only where the plan takes someone out of it.
    if (!outside || changes.some((c) => c.place.key === ref.key)) places.push(placePlan);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const planned = coverRevocations(changes, desired);
  planned.sort((a, b) => byPlaceOrder(a, b) || compare(a.user, b.user));
  places.sort(byPlaceOrder);

  return {
    version: 1,
    fingerprint: fingerprint(planned),
    summary: summarise(planned, places),
    changes: planned,
    places,
  };
}

/** The counts a plan's summary line states. */
export function summarise(changes: readonly Change[], places: readonly PlacePlan[]): PlanSummary {
  return {
    add: changes.filter((c) => c.action === 'add').length,
    change: changes.filter((c) => c.action === 'change').length,
    remove: changes.filter((c) => c.action === 'remove').length,
    unmanaged: places.reduce((n, p) => n + p.unmanaged.length, 0),
  };
}

function revokedReason(user: RevokedUser): string {
  const at = `${user.source.file}:${user.source.line}`;
  return `revoked at ${user.via === undefined ? at : `${at} (${user.via})`}`;
}

/**
 * A revoked user leaving a place that takes them out of everything under it
 * (an Asana workspace) is one removal: their revocations below it are dropped,
 * and the removal says which places it also leaves.
 */
function coverRevocations(changes: readonly Change[], desired: DesiredState): Change[] {
  const declared = new Map(desired.places.map((p) => [p.place.key, p.place]));
  const revoking = new Map(changes.filter((c) => c.cause === 'revoked').map((c) => [`${c.place.key}\u0000${c.user}`, c]));
  const covering = (change: Change): Change | undefined => {
    for (let key = declared.get(change.place.key)?.parentKey; key !== undefined; key = declared.get(key)?.parentKey) {
      const above = revoking.get(`${key}\u0000${change.user}`);
      if (above !== undefined && declared.get(key)?.removalCovers === true) return above;
    }
    return undefined;
  };
  const kept: Change[] = [];
  for (const change of changes) {
    const above = change.cause === 'revoked' ? covering(change) : undefined;
    if (above === undefined) {
      kept.push(change);
      continue;
    }
    (above.implies ??= []).push(`${change.place.kind} ${JSON.stringify(change.place.name)}`);
  }
  for (const change of kept) change.implies?.sort(compare);
  return kept;
}

/** A live member the file does not list at a place that prunes, or whose grant ended, or who is revoked. */
function removal(place: PlaceRef, member: LiveMember, ending: Ending | undefined): Change {
  const reasons = ending?.reasons ?? ['not in the file (prune)'];
  const change: Change = { provider: place.provider, action: 'remove', place, user: member.email, userId: member.userId, reasons };
  if (ending !== undefined) change.cause = ending.cause;
  if (member.role !== undefined) change.fromRole = member.role;
  return change;
}
