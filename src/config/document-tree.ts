/** yaml's Document as a SourceTree: node ranges give where keys and values start; aliases are followed. */
import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Located, SourceTree } from './positions.js';

/** A null value written as nothing has an empty range at the end of the line. */
const isEmpty = (node: Node | undefined): boolean => node?.range != null && node.range[0] === node.range[1];

export function documentTree(doc: Document): SourceTree {
  const deref = (node: unknown): unknown => (isAlias(node) ? node.resolve(doc) : node);
  const start = (node: unknown): number | undefined => (node as Node | null | undefined)?.range?.[0];
  return {
    root: doc.contents,
    start,
    child(parent, seg): Located | undefined {
      const node = deref(parent);
      if (isMap(node)) {
        for (const pair of node.items) {
          if (!isPair(pair)) continue;
          const key = pair.key;
          if (!isScalar(key) || String(key.value) !== String(seg)) continue;
          const value = (pair.value ?? undefined) as Node | undefined;
          return { keyStart: start(key), valueStart: start(value), valueEmpty: isEmpty(value), node: value };
        }
        return undefined;
      }
      if (isSeq(node) && typeof seg === 'number') {
        const item = node.items[seg];
        return item === undefined ? undefined : { valueStart: start(item), valueEmpty: isEmpty(item as Node), node: item };
      }
      return undefined;
    },
    itemStarts(node) {
      const list = deref(node);
      return isSeq(list) ? list.items.map(start) : undefined;
    },
  };
}
