/**
 * One file's YAML nodes found by where they start: the mapping a place's ref
 * is written in, and the list an entry is an item of. yaml's Document API
 * gives each node its range in the text, so edits can be made to the text
 * itself and every other byte stays as written.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';

export interface MapSpot {
  map: YAMLMap;
  /** Written inside an anchored node, or a mapping with a merge key: an edit would change every alias too. */
  locked: boolean;
}

export interface ItemSpot extends MapSpot {
  seq: YAMLSeq;
  index: number;
  pair: Pair;
}

const MERGE_KEY = '<<';

export class YamlIndex {
  /** A pair's value start → the mapping holding the pair. */
  private readonly values = new Map<number, MapSpot>();
  /** A list item's start → the list and the pair holding it. */
  private readonly items = new Map<number, ItemSpot>();
  /** Offset of each line's first character. */
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
    const doc = parseDocument(text, { schema: 'core', resolveKnownTags: false, uniqueKeys: true, keepSourceTokens: false });
    this.visit(doc.contents, false);
  }

  /** The offset of a 1-based line and column. */
  offset(line: number, col: number): number {
    return (this.lineStarts[line - 1] ?? this.text.length) + col - 1;
  }

  /** The 1-based line an offset is on. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  lineStart(offset: number): number {
    return this.lineStarts[this.lineOf(offset) - 1]!;
  }

  /** The offset just after the newline ending the line `offset` is on (the text's end when it has none). */
  lineEnd(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl === -1 ? this.text.length : nl + 1;
  }

  mapWithValueAt(offset: number): MapSpot | undefined {
    return this.values.get(offset);
  }

  itemAt(offset: number): ItemSpot | undefined {
    return this.items.get(offset);
  }

  private visit(node: unknown, locked: boolean): void {
    if (isAlias(node) || node === null || node === undefined) return;
    if (isSeq(node)) {
      const inner = locked || node.anchor !== undefined;
      for (const item of node.items) this.visit(item, inner);
      return;
    }
    if (!isMap(node)) return;
    const map = node as YAMLMap;
    const inner = locked || map.anchor !== undefined || map.items.some((p) => isScalar(p.key) && p.key.value === MERGE_KEY);
    for (const pair of map.items) {
      if (!isPair(pair)) continue;
      const value = pair.value;
      if (isScalar(value) && value.range) this.values.set(value.range[0], { map, locked: inner });
      if (isSeq(value)) {
        const seq = value as YAMLSeq;
        const seqLocked = inner || seq.anchor !== undefined;
        seq.items.forEach((item, index) => {
          const start = (item as { range?: [number, number, number] }).range?.[0];
          if (start !== undefined && !isAlias(item)) this.items.set(start, { map, locked: seqLocked, seq, index, pair: pair as Pair });
          this.visit(item, seqLocked);
        });
      } else {
        this.visit(value, inner);
      }
    }
  }
}
