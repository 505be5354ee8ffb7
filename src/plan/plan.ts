/**
 * The planner: a pure function from desired and live state to a plan.
 * No I/O, no clock, no randomness: the same inputs give a byte-identical plan.
 */
import {
  placeRef,
  type Change,
  type DesiredState,
  type LiveMember,
  type LiveState,
  type Plan,
  type PlacePlan,
} from '../model/index.js';
import { fingerprint } from './fingerprint.js';
import { formatReason } from './reasons.js';

export class PlanInputError extends Error {
  override name = 'PlanInputError';
}

type Ordered = { place: { provider: string; stage: number; key: string } };

/** Each provider's places together (a reader sees one service at a time), in apply order within it. */
function byPlaceOrder(a: Ordered, b: Ordered): number {
  return compare(a.place.provider, b.place.provider) || a.place.stage - b.place.stage || compare(a.place.key, b.place.key);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function plan(desired: DesiredState, live: LiveState): Plan {
  const liveByKey = new Map(live.places.map((p) => [p.place.key, p]));
  const changes: Change[] = [];
  const places: PlacePlan[] = [];

  for (const want of desired.places) {
    const have = liveByKey.get(want.place.key);
    if (!have) throw new PlanInputError(`no live state was read for ${want.place.key}`);
    const ref = placeRef(have.place);
    const liveByEmail = new Map<string, LiveMember>(have.members.map((m) => [m.email, m]));
    const wanted = new Set<string>();
    let inSync = 0;

    for (const member of want.members) {
      wanted.add(member.email);
      const current = liveByEmail.get(member.email);
      const reasons = member.reasons.map(formatReason);
      if (!current) {
        const change: Change = { provider: ref.provider, action: 'add', place: ref, user: member.email, reasons };
        if (member.role !== undefined) change.role = member.role;
        changes.push(change);
      } else if (member.role !== undefined && current.role !== member.role) {
        const change: Change = { provider: ref.provider, action: 'change', place: ref, user: member.email, role: member.role, reasons };
        if (current.role !== undefined) change.fromRole = current.role;
        changes.push(change);
      } else {
        inSync += 1;
      }
    }

    const unmanaged = have.members
      .map((m) => m.email)
      .filter((email) => !wanted.has(email))
      .sort(compare);
    places.push({ place: ref, inSync, unmanaged });
  }

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
