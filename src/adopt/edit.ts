/**
 * The editing engine: entries added to and taken out of YAML lists, as text
 * splices at the ranges yaml's Document API gives each node. Nothing outside
 * a splice changes, so every comment, blank line, key order, quoting and
 * flow-or-block style stays as written. A flow list stays a flow list; a
 * block list gets new item lines at its own indentation; a missing list is
 * created after the keys the provider names, in the style of the place's
 * other lists. Provider-neutral: it knows places only by where they are written.
 */
import { isScalar, isSeq, parse, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import type { SourceLocation } from '../model/index.js';
import type { ListSpot } from './part.js';
import { compareText } from '../util/compare.js';
import { YamlIndex, type MapSpot } from './yaml-index.js';

export interface AddOp {
  id: number;
  /** Where the place's ref is written (its declaration). */
  place: SourceLocation;
  /** Where other entries of the place are written: the list may be in another file than the declaration. */
  hints: readonly SourceLocation[];
  spot: ListSpot;
  entry: string;
  /** Written as `{ user: ENTRY, until: DAY }`: a moved grant that ends. */
  until?: string;
  note?: string;
  /** The id of a removal this add moves an entry with: refused with it. */
  requires?: number;
}

export interface RemoveOp {
  id: number;
  entry: SourceLocation;
}

export type Outcome = { target: SourceLocation } | { refused: string };

export interface Edited {
  /** The new text of each file that changed. */
  texts: Map<string, string>;
  outcomes: Map<number, Outcome>;
}

interface Splice {
  start: number;
  end: number;
  text: string;
  /** Among insertions at one offset, lower first. */
  rank: number;
  /** The add ops whose entries this text holds, each with its entry's offset in the text. */
  entries?: Array<{ id: number; at: number }>;
}

interface SeqEdit {
  seq: YAMLSeq;
  pair: Pair;
  removes: Set<number>;
  adds: AddOp[];
}

interface KeyEdit {
  map: YAMLMap;
  spot: ListSpot;
  adds: AddOp[];
}

const ANCHORED = 'declared through an anchor, alias or merge key';

/** An entry as YAML text that reads back as itself, in a block list and in a flow list alike. */
export function entryText(value: string): string {
  const plain = /^[A-Za-z0-9_.+]/.test(value) && !/[,[\]{}#"']|: |\s$/.test(value);
  if (plain) {
    try {
      const [a] = parse(`- ${value}`) as unknown[];
      const [b] = parse(`[${value}]`) as unknown[];
      if (a === value && b === value) return value;
    } catch {
      // Quoted below.
    }
  }
  return JSON.stringify(value);
}

export function editFiles(texts: ReadonlyMap<string, string>, adds: readonly AddOp[], removes: readonly RemoveOp[]): Edited {
  const indexes = new Map<string, YamlIndex>();
  const indexOf = (file: string): YamlIndex | undefined => {
    let index = indexes.get(file);
    if (index === undefined) {
      const text = texts.get(file);
      if (text === undefined) return undefined;
      index = new YamlIndex(text);
      indexes.set(file, index);
    }
    return index;
  };
  const outcomes = new Map<number, Outcome>();
  const seqEdits = new Map<string, Map<YAMLSeq, SeqEdit>>();
  const keyEdits = new Map<string, Map<string, KeyEdit>>();
  const seqEdit = (file: string, seq: YAMLSeq, pair: Pair): SeqEdit => {
    const byFile = seqEdits.get(file) ?? new Map<YAMLSeq, SeqEdit>();
    seqEdits.set(file, byFile);
    let edit = byFile.get(seq);
    if (edit === undefined) byFile.set(seq, (edit = { seq, pair, removes: new Set(), adds: [] }));
    return edit;
  };

  const removals = new Map<number, () => void>();
  for (const op of removes) {
    const index = indexOf(op.entry.file);
    const item = index?.itemAt(index.offset(op.entry.line, op.entry.col));
    if (index === undefined || item === undefined) outcomes.set(op.id, { refused: `no list entry found at ${op.entry.file}:${op.entry.line}` });
    else if (item.locked) outcomes.set(op.id, { refused: `the entry at ${op.entry.file}:${op.entry.line} is ${ANCHORED}: not edited` });
    else {
      const edit = seqEdit(op.entry.file, item.seq, item.pair);
      edit.removes.add(item.index);
      removals.set(op.id, () => edit.removes.delete(item.index));
      outcomes.set(op.id, { target: op.entry });
    }
  }
  /** A refused add that moves an entry leaves the entry where it is. */
  const refuse = (op: AddOp, refused: string): void => {
    outcomes.set(op.id, { refused });
    if (op.requires === undefined) return;
    removals.get(op.requires)?.();
    outcomes.set(op.requires, { refused });
  };

  for (const op of adds) {
    const required = op.requires === undefined ? undefined : outcomes.get(op.requires);
    if (required !== undefined && 'refused' in required) {
      outcomes.set(op.id, required);
      continue;
    }
    const candidates: Array<{ file: string; spot: MapSpot }> = [];
    for (const [where, isPlace] of [[op.place, true] as const, ...op.hints.map((h) => [h, false] as const)]) {
      const index = indexOf(where.file);
      if (index === undefined) continue;
      const offset = index.offset(where.line, where.col);
      const spot = isPlace ? index.mapWithValueAt(offset) : index.itemAt(offset);
      if (spot !== undefined) candidates.push({ file: where.file, spot });
    }
    const declared = candidates[0];
    if (declared === undefined) {
      refuse(op, `the place declared at ${op.place.file}:${op.place.line} was not found in its file: not edited`);
      continue;
    }
    const withList = candidates.find((c) => listPair(c.spot.map, op.spot.key) !== undefined);
    const chosen = withList ?? declared;
    if (chosen.spot.locked || declared.spot.locked) {
      refuse(op, `the place at ${op.place.file}:${op.place.line} is ${ANCHORED}: not edited`);
      continue;
    }
    const pair = listPair(chosen.spot.map, op.spot.key);
    if (pair === undefined) {
      const byFile = keyEdits.get(chosen.file) ?? new Map<string, KeyEdit>();
      keyEdits.set(chosen.file, byFile);
      const id = `${chosen.spot.map.range?.[0]}\u0000${op.spot.key}`;
      const edit = byFile.get(id) ?? { map: chosen.spot.map, spot: op.spot, adds: [] };
      byFile.set(id, edit);
      edit.adds.push(op);
    } else if (!isSeq(pair.value) || (pair.value as YAMLSeq).anchor !== undefined) {
      refuse(op, `the ${op.spot.key} list of the place at ${op.place.file}:${op.place.line} is ${ANCHORED}: not edited`);
    } else {
      seqEdit(chosen.file, pair.value as YAMLSeq, pair).adds.push(op);
    }
  }

  const out = new Map<string, string>();
  for (const file of new Set([...seqEdits.keys(), ...keyEdits.keys()])) {
    const index = indexOf(file)!;
    const splices = [
      ...[...(seqEdits.get(file)?.values() ?? [])].flatMap((e) => seqSplices(index, e)),
      ...[...(keyEdits.get(file)?.values() ?? [])].flatMap((e) => keySplices(index, e)),
    ];
    out.set(file, assemble(file, index.text, splices, outcomes));
  }
  return { texts: out, outcomes };
}

/** The pair of `map` whose key is `key`. */
function listPair(map: YAMLMap, key: string): Pair | undefined {
  return map.items.find((p) => isScalar(p.key) && String(p.key.value) === key) as Pair | undefined;
}

const range = (node: unknown): [number, number, number] => (node as { range: [number, number, number] }).range;
const comment = (note: string | undefined): string => (note === undefined ? '' : ` # ${note}`);

/** An added entry as YAML text: the member, or a mapping with its end day. */
const opText = (op: AddOp): string => (op.until === undefined ? entryText(op.entry) : `{ user: ${entryText(op.entry)}, until: ${op.until} }`);

/** Block entries at `indent`, one line each, and where each entry starts in the text. */
function blockItems(indent: string, adds: readonly AddOp[], prefix = ''): Pick<Splice, 'text' | 'entries'> {
  let text = prefix;
  const entries: Array<{ id: number; at: number }> = [];
  for (const op of adds) {
    entries.push({ id: op.id, at: text.length + indent.length + 2 });
    text += `${indent}- ${opText(op)}${comment(op.note)}\n`;
  }
  return { text, entries };
}

function flowItems(adds: readonly AddOp[], prefix: string): Pick<Splice, 'text' | 'entries'> {
  let text = prefix;
  const entries: Array<{ id: number; at: number }> = [];
  adds.forEach((op, i) => {
    if (i > 0) text += ', ';
    entries.push({ id: op.id, at: text.length });
    text += opText(op);
  });
  return { text, entries };
}

/** The newline a text that does not end in one needs before a line is added at its end. */
const newlineBefore = (text: string, at: number): string => (at === text.length && text.length > 0 && !text.endsWith('\n') ? '\n' : '');

/** New entries of one list in the order of their text, whatever order they were chosen in. */
const sorted = (adds: readonly AddOp[]): AddOp[] => [...adds].sort((a, b) => compareText(a.entry, b.entry));

function seqSplices(index: YamlIndex, edit: SeqEdit): Splice[] {
  const { text } = index;
  edit.adds = sorted(edit.adds);
  const items = edit.seq.items.map(range);
  const splices: Splice[] = [];
  const kept = items.length - edit.removes.size;
  if (!edit.seq.flow) {
    for (const i of edit.removes) {
      const [start, end] = items[i]!;
      splices.push({ start: index.lineStart(start), end: index.lineEnd(Math.max(start, end - 1)), text: '', rank: 0 });
    }
    if (edit.adds.length > 0) {
      const seqStart = range(edit.seq)[0];
      const indent = ' '.repeat(seqStart - index.lineStart(seqStart));
      const at = index.lineEnd(Math.max(items.at(-1)![0], items.at(-1)![1] - 1));
      splices.push({ start: at, end: at, rank: 0, ...blockItems(indent, edit.adds, newlineBefore(text, at)) });
    } else if (kept === 0) {
      // A list left empty is written `[]`: an empty key would not be a list.
      const colon = text.indexOf(':', range(edit.pair.key)[1]);
      splices.push({ start: colon + 1, end: colon + 1, text: ' []', rank: 0 });
    }
    return splices;
  }
  // Flow: an item goes with the separator after it, the last kept item's trailing ones with the one before.
  const lastKept = Math.max(-1, ...items.map((_, i) => i).filter((i) => !edit.removes.has(i)));
  for (const i of edit.removes) {
    const [start, end] = items[i]!;
    if (kept === 0) continue;
    splices.push(i < lastKept ? { start, end: items[i + 1]![0], text: '', rank: 0 } : { start: items[i - 1]![1], end, text: '', rank: 0 });
  }
  if (kept === 0 && items.length > 0) splices.push({ start: items[0]![0], end: items.at(-1)![1], text: '', rank: 0 });
  if (edit.adds.length > 0) {
    const at = items.length > 0 ? items.at(-1)![1] : range(edit.seq)[1] - 1;
    splices.push({ start: at, end: at, rank: 0, ...flowItems(edit.adds, kept > 0 ? ', ' : '') });
  }
  return splices;
}

function keySplices(index: YamlIndex, edit: KeyEdit): Splice[] {
  const { text } = index;
  const { map, spot } = edit;
  const adds = sorted(edit.adds);
  const pairs = map.items as Pair[];
  const after = pairs.filter((p) => isScalar(p.key) && spot.after.includes(String(p.key.value))).at(-1) ?? pairs[0]!;
  const pairEnd = after.value == null ? range(after.key)[1] : range(after.value)[1];
  const key = entryText(spot.key);
  if (map.flow) {
    const items = flowItems(adds, `, ${key}: [`);
    return [{ start: pairEnd, end: pairEnd, rank: 1, text: `${items.text}]`, entries: items.entries! }];
  }
  const mapStart = range(map)[0];
  const indent = ' '.repeat(mapStart - index.lineStart(mapStart));
  const at = index.lineEnd(Math.max(range(after.key)[0], pairEnd - 1));
  const lead = newlineBefore(text, at);
  // The style of the place's other lists: all flow, then flow.
  const lists = pairs.filter((p) => isSeq(p.value));
  if (lists.length > 0 && lists.every((p) => (p.value as YAMLSeq).flow)) {
    const items = flowItems(adds, `${lead}${indent}${key}: [`);
    return [{ start: at, end: at, rank: 1, text: `${items.text}]\n`, entries: items.entries! }];
  }
  return [{ start: at, end: at, rank: 1, ...blockItems(`${indent}  `, adds, `${lead}${indent}${key}:\n`) }];
}

/** The text with every splice made, in order; records each added entry's new line. */
function assemble(file: string, text: string, splices: Splice[], outcomes: Map<number, Outcome>): string {
  splices.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.rank - b.rank);
  const parts: string[] = [];
  let from = 0;
  let line = 1;
  const count = (s: string, upTo = s.length): number => {
    let n = 0;
    for (let i = s.indexOf('\n'); i !== -1 && i < upTo; i = s.indexOf('\n', i + 1)) n += 1;
    return n;
  };
  for (const s of splices) {
    if (s.start < from) throw new Error(`adopt: overlapping edits in ${file} at offset ${s.start}`);
    const kept = text.slice(from, s.start);
    parts.push(kept);
    line += count(kept);
    for (const e of s.entries ?? []) outcomes.set(e.id, { target: { file, line: line + count(s.text, e.at), col: 1 } });
    parts.push(s.text);
    line += count(s.text);
    from = s.end;
    // The lines a deletion takes out are no longer counted.
  }
  parts.push(text.slice(from));
  return parts.join('');
}
