/**
 * How export names things: a place by its name unless the name would not find
 * exactly that place again (then by gid, the name in a comment); a user by an
 * email the file format accepts; files of a split export by slugs of names.
 */
import { escapeHashBracket, printable } from '../render/group.js';
import { compareGids, compareText } from '../util/compare.js';

export interface Named {
  gid: string;
  name?: string | null;
}

/** How a place is written: `ref` in the file, and a comment when the ref is a gid. */
export interface Ref {
  ref: string;
  /** Why the gid is written, with the name: shown as a comment after it. */
  note?: string;
}

/** The schema's `ref` maxLength. */
const MAX_REF = 1024;
const ALL_DIGITS = /^\d+$/;

/**
 * The ref that finds `item` again in `list` (the list the loader's resolver
 * matches it in): its name when exactly one entry has that name and the name
 * cannot be taken for another entry's gid; otherwise its gid.
 */
export function refIn(item: Named, list: readonly Named[], kind: string): Ref {
  const name = item.name ?? '';
  if (name === '') return { ref: item.gid, note: `(a ${kind} with no name)` };
  if (name.length > MAX_REF) return { ref: item.gid, note: `${shown(name.slice(0, 80))}… (name too long to write)` };
  const sharing = list.filter((o) => (o.name ?? '') === name).length;
  if (sharing > 1) return { ref: item.gid, note: `${shown(name)} (${sharing} ${kind}s have this name)` };
  if (ALL_DIGITS.test(name) && list.some((o) => o.gid === name && o.gid !== item.gid)) {
    return { ref: item.gid, note: `${shown(name)} (this name is another ${kind}'s gid)` };
  }
  return { ref: name };
}

/**
 * A name as it may stand in a comment: one line (control characters escaped)
 * and no `##[`, which a GitHub Actions log would take for a command.
 */
export function shown(text: string): string {
  return escapeHashBracket(printable(text));
}

/** The schema's `member` pattern for emails (schemas/gatehouse.schema.json, definitions.member). */
const EMAIL = /^[^@\s:]+@[^@\s]+\.[^@\s]+$/;
const MAX_MEMBER = 320;

/** True when the file format accepts `email` as a member. */
export function writableEmail(email: string): boolean {
  return email.length <= MAX_MEMBER && EMAIL.test(email);
}

/** The schema's `slug` pattern (definitions.slug). */
const SLUG = /^(?!\.\.?$)[^/\s]+$/;
const MAX_SLUG = 200;

/** True when the file format accepts `slug` as a Dreadnode slug. */
export function writableSlug(slug: string): boolean {
  return slug.length <= MAX_SLUG && SLUG.test(slug);
}


/** By name, then gid. */
export function byNameThenGid(a: Named, b: Named): number {
  return compareText(a.name ?? '', b.name ?? '') || compareGids(a.gid, b.gid);
}

const MAX_SLUG_FILE = 60;

/** A file name part from a name: lower-case letters and digits joined by `-`; empty when none. */
export function slugOf(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_FILE)
    .replace(/-+$/, '');
}

/**
 * A distinct file name part per item: its slug, or `slug--gid` for every item
 * whose slug another item shares (`unnamed--gid` when the name has no letters
 * or digits). A slug never holds `--`, so these cannot meet a plain slug, and
 * the names do not depend on the order of the items.
 */
export function distinctSlugs(items: readonly Named[]): Map<string, string> {
  const base = new Map(items.map((i) => [i.gid, slugOf(i.name ?? '')] as const));
  const counts = new Map<string, number>();
  for (const s of base.values()) counts.set(s, (counts.get(s) ?? 0) + 1);
  return new Map(
    items.map((i) => {
      const s = base.get(i.gid) ?? '';
      return [i.gid, s === '' ? `unnamed--${i.gid}` : (counts.get(s) ?? 0) > 1 ? `${s}--${i.gid}` : s] as const;
    }),
  );
}
