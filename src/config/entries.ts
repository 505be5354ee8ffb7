/** A member list as written: each entry an email or a group reference, with its position and end date. */
import type { SourceLocation } from '../model/index.js';
import type { DataPath, Positions } from './positions.js';
import type { Problems } from './problems.js';
import type { MemberList } from './schema-types.js';

interface EntryBase {
  /** Where the member is written (the `user:` value of a mapping entry). */
  at: SourceLocation;
  /** The permission the list grants (`owner` for a Dreadnode `owner:` list); absent for plain member lists. */
  role?: string;
  /** The grant's last day, from a `{ user, until }` entry (YYYY-MM-DD, not yet checked to be a real day). */
  until?: string;
}

/** One item of a member list as the schema allows it: a member, or a member with an end date. */
export type ListItem = MemberList[number];

/**
 * An email, a group, or a member the provider names itself (`ref`, such as an
 * Asana `team:Design`): kept as written, it is the member's identity in the
 * plan, and the provider resolves it.
 */
export type Entry =
  | (EntryBase & { kind: 'email'; email: string; /** As written, before lower-casing (for the column of a character in it). */ written: string })
  | (EntryBase & { kind: 'group'; group: string })
  | (EntryBase & { kind: 'ref'; ref: string });

const GROUP_PREFIX = 'group:';

export interface EntryOptions {
  /** The permission the list grants. */
  role?: string;
  /** Prefixes of members the provider names itself (`team:`), which this list accepts. */
  refPrefixes?: readonly string[];
}

/** Turns the validated list at `path` into entries; emails are lower-cased, group names and refs kept as written. */
export function readEntries(list: readonly ListItem[], positions: Positions, path: DataPath, options: EntryOptions = {}): Entry[] {
  const { role, refPrefixes = [] } = options;
  const items = positions.items(path);
  return list.map((item, i) => {
    const written = typeof item === 'string' ? item : item.user;
    const at = typeof item === 'string' ? (items[i] ?? positions.at(path)) : positions.at([...path, i, 'user']);
    const entry: Entry = written.startsWith(GROUP_PREFIX)
      ? { kind: 'group', group: written.slice(GROUP_PREFIX.length), at }
      : refPrefixes.some((prefix) => written.startsWith(prefix))
        ? { kind: 'ref', ref: written, at }
        : { kind: 'email', email: written.toLowerCase(), written, at };
    if (role !== undefined) entry.role = role;
    if (typeof item !== 'string') entry.until = item.until;
    return entry;
  });
}

export function entryLabel(entry: Entry): string {
  switch (entry.kind) {
    case 'group':
      return `${GROUP_PREFIX}${entry.group}`;
    case 'ref':
      return entry.ref;
    default:
      return entry.email;
  }
}

/**
 * The same literal entry twice in one list is an error at the second one.
 * (Overlap through different groups is normal and allowed.) Returns the list
 * without the repeats.
 */
export function dropRepeats(entries: readonly Entry[], problems: Problems): Entry[] {
  // By role and kind, then label: no key is built per entry (a list may hold a million).
  const seenBy = new Map<string, Map<string, SourceLocation>>();
  const out: Entry[] = [];
  for (const entry of entries) {
    const bucket = `${entry.role ?? ''}\u0000${entry.kind}`;
    let seen = seenBy.get(bucket);
    if (seen === undefined) seenBy.set(bucket, (seen = new Map()));
    const id = entryLabel(entry);
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
