/** The order every provider gives a place's live members in. */
import type { LiveMember } from '../model/index.js';
import { compareText } from '../util/compare.js';

/** Sorted by email, then id; one entry per user id (the first seen). */
export function sortMembers(members: Iterable<LiveMember>): LiveMember[] {
  const seen = new Map<string, LiveMember>();
  for (const m of members) if (!seen.has(m.userId)) seen.set(m.userId, m);
  return [...seen.values()].sort((a, b) => compareText(a.email, b.email) || compareText(a.userId, b.userId));
}
