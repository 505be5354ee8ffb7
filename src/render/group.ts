import type { Change, Plan, PlacePlan } from '../model/index.js';

export interface PlaceSection {
  place: PlacePlan;
  changes: Change[];
}

/** Changes grouped under their place, in plan order. */
export function sectionsOf(plan: Plan): PlaceSection[] {
  const byKey = new Map<string, Change[]>();
  for (const change of plan.changes) {
    const list = byKey.get(change.place.key) ?? [];
    list.push(change);
    byKey.set(change.place.key, list);
  }
  return plan.places.map((place) => ({ place, changes: byKey.get(place.place.key) ?? [] }));
}

export function placeTitle(p: PlacePlan): string {
  return `${p.place.provider} ${p.place.kind} "${p.place.name}" (${p.place.id})`;
}

export function summaryLine(plan: Plan): string {
  const { add, change, remove } = plan.summary;
  return `Plan: ${add} to add, ${change} to change, ${remove} to remove.`;
}
