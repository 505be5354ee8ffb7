/** A member list as written: each entry an email or a group reference, with its position. */
import type { SourceLocation } from '../model/index.js';
import type { Problems } from './problems.js';

interface EntryBase {
  at: SourceLocation;
  /** The permission the list grants (`owner` for a Dreadnode `owner:` list); absent for plain member lists. */
  role?: string;
}

export type Entry = (EntryBase & { kind: 'email'; email: string }) | (EntryBase & { kind: 'group'; group: string });

const GROUP_PREFIX = 'group:';

/** Turns a validated list into entries; emails are lower-cased, group names kept as written. */
export function readEntries(
  list: readonly string[],
  positions: readonly SourceLocation[],
  fallback: SourceLocation,
  role?: string,
): Entry[] {
  return list.map((written, i) => {
    const at = positions[i] ?? fallback;
    const entry: Entry = written.startsWith(GROUP_PREFIX)
      ? { kind: 'group', group: written.slice(GROUP_PREFIX.length), at }
      : { kind: 'email', email: written.toLowerCase(), at };
    if (role !== undefined) entry.role = role;
    return entry;
  });
}

export function entryLabel(entry: Entry): string {
  return entry.kind === 'group' ? `${GROUP_PREFIX}${entry.group}` : entry.email;
}

/**
 * The same literal entry twice in one list is an error at the second one.
 * (Overlap through different groups is normal and allowed.) Returns the list
 * without the repeats.
 */
export function dropRepeats(entries: readonly Entry[], problems: Problems): Entry[] {
  const seen = new Map<string, SourceLocation>();
  const out: Entry[] = [];
  for (const entry of entries) {
    const id = `${entry.role ?? ''}\u0000${entry.kind === 'group' ? `g ${entry.group}` : `e ${entry.email}`}`;
    const first = seen.get(id);
    if (first !== undefined) {
      const col = first.line === entry.at.line ? `, column ${first.col}` : '';
      problems.add(entry.at, `${entryLabel(entry)} is already listed at line ${first.line}${col}`);
      continue;
    }
    seen.set(id, entry.at);
    out.push(entry);
  }
  return out;
}
