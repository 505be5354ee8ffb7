/** Finds where a value (or key) at a data path is written in a parsed YAML file. */
import type { LineCounter } from 'yaml';
import type { SourceLocation } from '../model/index.js';

export type DataPath = readonly (string | number)[];

/** Where one key and its value are written, and the value's node to walk on. */
export interface Located {
  keyStart?: number;
  valueStart?: number;
  /** A null value written as nothing (`members:`): its key is where it is. */
  valueEmpty: boolean;
  /** The value's node; undefined when there is none to walk into. */
  node: unknown;
}

/** A parsed file's tree as Positions walks it: yaml's Document (document-tree.ts), or the light parser's (plain-yaml.ts). */
export interface SourceTree {
  readonly root: unknown;
  /** Where a node starts. */
  start(node: unknown): number | undefined;
  /** The pair (for maps) or item (for lists) under `node` named by `seg`. */
  child(node: unknown, seg: string | number): Located | undefined;
  /** Where each item of a list starts, in order; undefined when `node` is not a list. */
  itemStarts(node: unknown): readonly (number | undefined)[] | undefined;
}

export class Positions {
  constructor(
    readonly file: string,
    private readonly tree: SourceTree,
    private readonly lines: LineCounter,
  ) {}

  /** The location of a character offset in the file. */
  offset(offset: number): SourceLocation {
    const { line, col } = this.lines.linePos(offset);
    return { file: this.file, line, col };
  }

  /**
   * Where the value at `path` is written. A missing node (e.g. `members:` with
   * no value) falls back to its key, then to the nearest enclosing node.
   */
  at(path: DataPath): SourceLocation {
    let node: unknown = this.tree.root;
    let best = this.tree.start(node) ?? 0;
    for (const seg of path) {
      const next = this.tree.child(node, seg);
      if (next === undefined) break;
      best = (next.valueEmpty ? next.keyStart : next.valueStart) ?? next.keyStart ?? best;
      node = next.node;
      if (node === undefined) break;
    }
    return this.offset(best);
  }

  /** Where the key of the last segment of `path` is written (or the value, for list items). */
  key(path: DataPath): SourceLocation {
    const parent = this.nodeAt(path.slice(0, -1));
    const last = path[path.length - 1];
    if (last !== undefined && parent !== undefined) {
      const start = this.tree.child(parent, last)?.keyStart;
      if (start !== undefined) return this.offset(start);
    }
    return this.at(path);
  }

  /** The locations of the items of the list at `path` (one per item, in order). */
  items(path: DataPath): SourceLocation[] {
    const starts = this.tree.itemStarts(this.nodeAt(path)) ?? [];
    return starts.map((start) => this.offset(start ?? 0));
  }

  private nodeAt(path: DataPath): unknown {
    let node: unknown = this.tree.root;
    for (const seg of path) {
      node = this.tree.child(node, seg)?.node;
      if (node === undefined) return undefined;
    }
    return node ?? undefined;
  }
}
