import type { Change, Plan, PlacePlan, PlaceRef } from '../model/index.js';
import { groupBy } from '../util/group-by.js';

export interface PlaceSection {
  place: PlacePlan;
  changes: Change[];
}

/** Changes grouped under their place, in plan order. */
export function sectionsOf(plan: Plan): PlaceSection[] {
  const byKey = groupBy(plan.changes, (change) => change.place.key);
  return plan.places.map((place) => ({ place, changes: byKey.get(place.place.key) ?? [] }));
}

/**
 * Names come from the live service: control characters (a terminal escape
 * sequence in a project name, say) are shown as \uXXXX, never sent raw.
 */
export function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, escapeChar);
}

/** One UTF-16 unit written as the escape `\uXXXX`. */
export function escapeChar(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * `##[`, which the GitHub Actions runner's legacy parser takes as a workflow
 * command anywhere in a line, written `#\u0023[` (the same string once a JSON
 * or escape-aware reader parses it).
 */
export function escapeHashBracket(text: string): string {
  return text.replace(/##\[/g, '#\\u0023[');
}

/** `provider kind "name" (id)`, printable. */
export function placeTitle(place: Pick<PlaceRef, 'provider' | 'kind' | 'name' | 'id'>): string {
  return printable(`${place.provider} ${place.kind} "${place.name}" (${place.id})`);
}

export function summaryLine(plan: Plan): string {
  const { add, change, remove } = plan.summary;
  return `Plan: ${add} to add, ${change} to change, ${remove} to remove.`;
}
