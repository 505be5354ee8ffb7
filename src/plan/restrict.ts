/**
 * A plan narrowed to the removals of some causes (`--only expired`): what a
 * scheduled expiry job may apply, and nothing else the files ask for. Pure.
 */
import type { Cause, Change, Plan } from '../model/index.js';
import { fingerprint } from './fingerprint.js';
import { summarise } from './plan.js';


export function restrictPlan(plan: Plan, causes: readonly Cause[]): Plan {
  const keep = (c: Change): boolean => c.cause !== undefined && causes.includes(c.cause);
  const changes = plan.changes.filter(keep);
  const keys = new Set(changes.map((c) => c.place.key));
  // The places it acts on, and those with grants about to end; the rest is not this plan's business.
  const places = plan.places.filter((p) => keys.has(p.place.key) || p.expiring !== undefined);
  return {
    ...plan,
    fingerprint: fingerprint(changes),
    summary: summarise(changes, places),
    changes,
    places,
  };
}
