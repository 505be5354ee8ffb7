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
 * Characters shown as \uXXXX wherever text from a file or an API is printed:
 * control characters (a terminal escape sequence in a project name, say);
 * the bidirectional controls U+202A–U+202E, U+2066–U+2069, U+200E/U+200F and
 * U+061C, which reorder what a reviewer sees on the line (a U+202E in a name
 * can make `+ alice` read as something else); and U+2028/U+2029, which some
 * viewers and JSON readers take as line breaks.
 */
export const UNPRINTABLE = /[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu;

/** UNPRINTABLE less the C0 controls (JSON.stringify escapes those inside strings, and its own layout is made of \n). */
export const UNPRINTABLE_BEYOND_C0 = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Names come from the live service and from files: every UNPRINTABLE
 * character is shown as \uXXXX, never sent raw.
 */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeChar);
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
