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

/** The tokens directly inside `token` that are nodes (collection items' keys and values, a document's contents). */
function children(token: CST.Token): CST.Token[] {
  const out: CST.Token[] = [];
  const add = (t: CST.Token | null | undefined): void => {
    if (t) out.push(t);
  };
  switch (token.type) {
    case 'document':
      add(token.value);
      break;
    case 'block-map':
    case 'block-seq':
    case 'flow-collection':
      for (const item of token.items as Item[]) {
        add(item.key);
        add(item.value);
      }
      break;
    default:
      break;
  }
  return out;
}

const isCollection = (t: CST.Token): boolean => t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection';

/** The first place where collections nest more than `max` deep, or undefined. */
export function tooDeep(tokens: readonly CST.Token[], max: number): TooDeep | undefined {
  // Depth-first, with an explicit stack: [token, collections around and including it, outermost flow collection's offset].
  const stack: Array<[CST.Token, number, number | undefined]> = [];
  for (let i = tokens.length - 1; i >= 0; i--) stack.push([tokens[i]!, 0, undefined]);
  while (stack.length > 0) {
    const [token, outer, flowStart] = stack.pop()!;
    const depth = isCollection(token) ? outer + 1 : outer;
    const flow = flowStart ?? (token.type === 'flow-collection' ? token.offset : undefined);
    if (depth > max) return { offset: flow ?? token.offset };
    const inner = children(token);
    for (let i = inner.length - 1; i >= 0; i--) stack.push([inner[i]!, depth, flow]);
  }
  return undefined;
}
