/**
 * Guard rails on removal, checked before apply sends anything: a cap on the
 * removals of one run and on the share of a place's members one run may
 * remove (like peribolos's maximum removal delta and octoDNS's update and
 * delete thresholds). A breach refuses the whole apply unless forced.
 */
import type { Plan } from '../model/index.js';
import { groupBy } from '../util/group-by.js';

export interface RemovalLimits {
  /** Most removals one run may make. */
  maxRemovals: number;
  /** Largest share (0..1) of a place's live members one run may remove… */
  maxShare: number;
  /** …checked only at places with at least this many live members. */
  shareFrom: number;
}

export const DEFAULT_REMOVAL_LIMITS: RemovalLimits = { maxRemovals: 10, maxShare: 0.25, shareFrom: 8 };

const percent = (share: number): string => `${Math.round(share * 1000) / 10}%`;

/** Why the plan's removals exceed the limits, one line each; empty when they do not. */
export function removalBreaches(plan: Plan, limits: RemovalLimits = DEFAULT_REMOVAL_LIMITS): string[] {
  const removals = plan.changes.filter((c) => c.action === 'remove');
  if (removals.length === 0) return [];
  const lines: string[] = [];
  if (removals.length > limits.maxRemovals) {
    lines.push(`${removals.length} removals in this run, more than --max-removals ${limits.maxRemovals}`);
  }
  const changesAt = groupBy(plan.changes, (c) => c.place.key);
  for (const place of plan.places) {
    const here = changesAt.get(place.place.key) ?? [];
    const removed = here.filter((c) => c.action === 'remove').length;
    if (removed === 0) continue;
    // Everyone live here: in sync, to change, to remove, kept, or left alone.
    const live = place.inSync + here.filter((c) => c.action !== 'add').length + (place.kept?.length ?? 0) + place.unmanaged.length;
    if (live < limits.shareFrom) continue;
    const share = removed / live;
    if (share > limits.maxShare) {
      const { provider, kind, name, id } = place.place;
      lines.push(`${provider} ${kind} ${JSON.stringify(name)} (${id}): ${removed} of ${live} members (${percent(share)}) would be removed, more than --max-removal-share ${percent(limits.maxShare)}`);
    }
  }
  return lines;
}
