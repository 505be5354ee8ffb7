/**
 * How deep a YAML file's lists and mappings nest, measured on the parser's
 * token tree (yaml's CST) without recursion, before the document is composed:
 * yaml's composer, toJS and visit recurse once per level, and a few thousand
 * nested brackets overflow the stack ("Maximum call stack size exceeded", at
 * whatever column the overflow happened to be caught).
 */
import type { CST } from 'yaml';

export interface TooDeep {
  /** The offset where the too-deep structure starts: its outermost flow collection (`[` or `{`), else the first node past the limit. */
  offset: number;
}

type Item = { key?: CST.Token | null; value?: CST.Token | null };

const isCollection = (t: CST.Token | null | undefined): t is CST.BlockMap | CST.BlockSequence | CST.FlowCollection =>
  t != null && (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection');

/**
 * The first place where collections nest more than `max` deep, or undefined.
 * Only collections are visited (a scalar adds no depth), so a long list of
 * scalars costs one pass over its items and no allocation per item.
 */
export function tooDeep(tokens: readonly CST.Token[], max: number): TooDeep | undefined {
  // Depth-first, with an explicit stack of collections: the collection, its depth, its outermost flow collection's offset.
  const stack: Array<[CST.BlockMap | CST.BlockSequence | CST.FlowCollection, number, number | undefined]> = [];
  const push = (t: CST.Token | null | undefined, depth: number, flowStart: number | undefined): void => {
    if (isCollection(t)) stack.push([t, depth + 1, flowStart ?? (t.type === 'flow-collection' ? t.offset : undefined)]);
  };
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.type === 'document') push(token.value, 0, undefined);
  }
  while (stack.length > 0) {
    const [token, depth, flowStart] = stack.pop()!;
    if (depth > max) return { offset: flowStart ?? token.offset };
    // Pushed last to first, so that they are visited in the order they are written: the first deep structure is reported.
    const items = token.items as Item[];
    for (let i = items.length - 1; i >= 0; i--) {
      push(items[i]!.value, depth, flowStart);
      push(items[i]!.key, depth, flowStart);
    }
  }
  return undefined;
}
