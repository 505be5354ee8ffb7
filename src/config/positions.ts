/** Finds where a value (or key) at a data path is written in a parsed YAML file. */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { SourceLocation } from '../model/index.js';

export type DataPath = readonly (string | number)[];

export class Positions {
  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** The location of a character offset in the file. */
  offset(offset: number): SourceLocation {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, col };
  }

  private deref(node: unknown): unknown {
    return isAlias(node) ? node.resolve(this.doc) : node;
  }

  /** The pair (for maps) or item (for sequences) under `parent` named by `seg`. */
  private child(parent: unknown, seg: string | number): { key?: Node; value?: Node } | undefined {
    const node = this.deref(parent);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = pair.key;
        if (isScalar(key) && String(key.value) === String(seg)) {
          return { key: key as Node, value: (pair.value ?? undefined) as Node | undefined };
        }
      }
      return undefined;
    }
    if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      return item === undefined ? undefined : { value: item as Node };
    }
    return undefined;
  }

  private start(node: Node | undefined): number | undefined {
    return node?.range?.[0];
  }

  /**
   * Where the value at `path` is written. A missing node (e.g. `members:` with
   * no value) falls back to its key, then to the nearest enclosing node.
   */
  at(path: DataPath): SourceLocation {
    let node: unknown = this.doc.contents;
    let best = this.start(node as Node | undefined) ?? 0;
    for (const seg of path) {
      const next = this.child(node, seg);
      if (next === undefined) break;
      const keyStart = this.start(next.key);
      const valueStart = this.start(next.value);
      // A null value written as nothing has an empty range at the end of the line.
      const range = next.value?.range;
      const valueEmpty = range != null && range[0] === range[1];
      best = (valueEmpty ? keyStart : valueStart) ?? keyStart ?? best;
      node = next.value;
      if (node === undefined) break;
    }
    return this.offset(best);
  }

  /** Where the key of the last segment of `path` is written (or the value, for list items). */
  key(path: DataPath): SourceLocation {
    const parent = this.nodeAt(path.slice(0, -1));
    const last = path[path.length - 1];
    if (last !== undefined && parent !== undefined) {
      const next = this.child(parent, last);
      const start = this.start(next?.key);
      if (start !== undefined) return this.offset(start);
    }
    return this.at(path);
  }

  /** The locations of the items of the list at `path` (one per item, in order). */
  items(path: DataPath): SourceLocation[] {
    const node = this.deref(this.nodeAt(path));
    if (!isSeq(node)) return [];
    return node.items.map((item) => this.offset(this.start(item as Node) ?? 0));
  }

  private nodeAt(path: DataPath): Node | undefined {
    let node: unknown = this.doc.contents;
    for (const seg of path) {
      node = this.child(node, seg)?.value;
      if (node === undefined) return undefined;
    }
    return (node ?? undefined) as Node | undefined;
  }
}
