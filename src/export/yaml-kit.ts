/**
 * The pieces every provider's export YAML is made of, built with the `yaml`
 * package's Document API so that quoting is always right and comments sit
 * where they belong: member lists with `# guest`-style notes, the members
 * that cannot be written in a comment above the list, and a ref with the
 * reason for a gid after it.
 */
import { Pair, Scalar, YAMLMap, YAMLSeq } from 'yaml';

/** One member line: a lower-case email and what the API says of the user (guest, inactive, …). */
export interface MemberLine {
  email: string;
  notes: string[];
}

/** A place's members: those written, and those that cannot be (one description each, for a comment). */
export interface MemberBlock {
  members: MemberLine[];
  unwritten: string[];
}

export const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;

export function pair(key: string, value: unknown): Pair {
  return new Pair(new Scalar(key), value);
}

export function seq(items: readonly YAMLMap[]): YAMLSeq {
  const s = new YAMLSeq();
  s.items.push(...items);
  return s;
}

export function mapOf(entries: readonly [string, unknown][]): YAMLMap {
  const m = new YAMLMap();
  for (const [k, v] of entries) m.add(pair(k, v));
  return m;
}

/** A place's ref, with the reason for a gid as a comment after it. */
export function refScalar(ref: { ref: string; note?: string }): Scalar {
  const s = new Scalar(ref.ref);
  if (ref.note !== undefined) s.comment = ` ${ref.note}`;
  return s;
}

export function memberSeq(members: readonly MemberLine[]): YAMLSeq {
  const list = new YAMLSeq();
  for (const m of members) {
    const s = new Scalar(m.email);
    if (m.notes.length > 0) s.comment = ` ${m.notes.join(', ')}`;
    list.items.push(s);
  }
  if (list.items.length === 0) list.flow = true;
  return list;
}

export function membersPair(key: string, block: MemberBlock): Pair {
  const list = memberSeq(block.members);
  const p = pair(key, list);
  if (block.unwritten.length > 0) {
    const note = notWritten('members', block.unwritten);
    // Above the first item of a list; on the key of an empty one.
    if (list.items.length > 0) list.commentBefore = note;
    else (p.key as Scalar).commentBefore = note;
  }
  return p;
}

/** A comment listing live users (or places) that the file cannot name, one per line. */
export function notWritten(what: string, items: readonly string[]): string {
  return [` Live ${what} not written (the file cannot name them): ${items.length}`, ...items.map((i) => `   ${i}`)].join('\n');
}

/** A comment on the lines after a map's first entry: above its second key, or after the map when it has one entry. */
export function noteAfterFirstKey(node: YAMLMap, note: string): void {
  const second = node.items[1];
  if (second !== undefined) (second.key as Scalar).commentBefore = note;
  else node.comment = note;
}
