/**
 * A light reading of large files, for memory: yaml's parser keeps a token
 * tree of the whole document before composing it (about 800 bytes a list
 * item, some 780 MiB for a million members). This reads yaml's own lexer
 * tokens line by line instead, and keeps only the values and where they start.
 *
 * It reads only the plain subset a desired-state file is written in: block
 * mappings and lists, one-line scalars (plain, 'single' or "double" quoted,
 * resolved by yaml's core schema), and one-line flow collections of scalars
 * (`{ user: x, until: 2027-03-31 }`, `[a, b]`). Anything else (an anchor, a
 * tag, a duplicate key, an empty value, a multi-line scalar, a tab, an
 * irregular indent, a second document …) gives undefined, and the caller
 * parses the file with yaml in full, which reports what is wrong. So the
 * subset is never a second opinion on what YAML means: where the two could
 * differ, yaml decides. test/config/plain-yaml.test.ts checks that on
 * generated files.
 */
import { CST, LineCounter, Lexer, Schema, isScalar, type ScalarTag } from 'yaml';
import { MAX_NESTING } from './limits.js';
import type { Located, SourceTree } from './positions.js';

interface PlainMap {
  kind: 'map';
  start: number;
  pairs: Map<string, { key: number; value: number; node?: PlainNode }>;
}
interface PlainSeq {
  kind: 'seq';
  start: number;
  starts: number[];
  /** The items that are collections, by index (most lists hold only scalars). */
  nodes?: Map<number, PlainNode>;
}
type PlainNode = PlainMap | PlainSeq;

export interface PlainParse {
  value: Record<string, unknown>;
  tree: SourceTree;
  lines: LineCounter;
}

/** Thrown inside the reader when the text leaves the subset; never escapes parsePlain. */
class NotPlain extends Error {}
const notPlain = (): never => {
  throw new NotPlain();
};

interface Tok {
  type: string;
  source: string;
  offset: number;
}

/** The core schema's tags for plain scalars (null, bool, int, float), tried in yaml's order; text when none matches. */
const scalarTags = new Schema({ schema: 'core', resolveKnownTags: false }).tags.filter(
  (t): t is ScalarTag => t.default === true && 'test' in t && t.test !== undefined,
);
/** The lexer's markers, which stand for no character of the source. */
const MARKERS = new Set(['\u0002', '\u001f']);
const SCALARS = new Set(['plain', 'single-quoted-scalar', 'double-quoted-scalar']);
/** yaml refuses an implicit key past 1024 characters; the subset stops short of it. */
const MAX_KEY = 1000;

/** A scalar's value as yaml's core schema composes it; `key`: it must be text. */
function scalarValue(tok: Tok, key: boolean): unknown {
  if (/[\n\r\t]/.test(tok.source) || (key && tok.source.length > MAX_KEY)) notPlain();
  const type = tok.type === 'plain' ? 'scalar' : (tok.type as 'single-quoted-scalar' | 'double-quoted-scalar');
  let failed = false;
  const resolved = CST.resolveAsScalar({ type, offset: tok.offset, indent: 0, source: tok.source }, true, () => {
    failed = true;
  });
  if (failed || resolved === null || resolved.comment !== '') return notPlain();
  const text = resolved.value;
  if (tok.type !== 'plain') return text;
  const tag = scalarTags.find((t) => t.test?.test(text) === true);
  if (tag === undefined) return text;
  if (key) return notPlain();
  const value: unknown = tag.resolve(text, () => notPlain(), {});
  return isScalar(value) ? value.value : value;
}

function keyOf(tok: Tok | undefined): string {
  if (tok === undefined || !SCALARS.has(tok.type)) return notPlain();
  const key = scalarValue(tok, true) as string;
  return key === '__proto__' || key === '<<' ? notPlain() : key;
}

/** A one-line flow collection of scalars from `toks[i]`: its value and node; it must end the line. */
function flow(toks: readonly Tok[], i: number): { value: unknown; node: PlainNode } {
  const open = toks[i]!;
  const isMap = open.type === 'flow-map-start';
  const close = isMap ? 'flow-map-end' : 'flow-seq-end';
  const map: PlainMap = { kind: 'map', start: open.offset, pairs: new Map() };
  const seq: PlainSeq = { kind: 'seq', start: open.offset, starts: [] };
  const obj: Record<string, unknown> = {};
  const arr: unknown[] = [];
  let j = i + 1;
  if (toks[j]?.type !== close) {
    for (;;) {
      const tok = toks[j];
      if (tok === undefined || !SCALARS.has(tok.type)) return notPlain();
      if (isMap) {
        const key = keyOf(tok);
        const value = toks[j + 2];
        if (toks[j + 1]?.type !== 'map-value-ind' || value === undefined || !SCALARS.has(value.type) || map.pairs.has(key)) return notPlain();
        map.pairs.set(key, { key: tok.offset, value: value.offset });
        obj[key] = scalarValue(value, false);
        j += 3;
      } else {
        seq.starts.push(tok.offset);
        arr.push(scalarValue(tok, false));
        j += 1;
      }
      if (toks[j]?.type === close) break;
      if (toks[j]?.type !== 'comma' || toks[j + 1]?.type === close) return notPlain();
      j += 1;
    }
  }
  if (j !== toks.length - 1) notPlain();
  return isMap ? { value: obj, node: map } : { value: arr, node: seq };
}

/** A value that ends its line: a scalar or a flow collection. */
function inline(toks: readonly Tok[], i: number): { value: unknown; start: number; node?: PlainNode } {
  const tok = toks[i]!;
  if (SCALARS.has(tok.type) && i === toks.length - 1) return { value: scalarValue(tok, false), start: tok.offset };
  if (tok.type === 'flow-map-start' || tok.type === 'flow-seq-start') return { ...flow(toks, i), start: tok.offset };
  return notPlain();
}

interface Frame {
  indent: number;
  node: PlainNode;
  value: Record<string, unknown> | unknown[];
}

/** A key or list item whose value is on the lines below. */
interface Pending {
  frame: Frame;
  key?: string;
  index?: number;
  /** The column of its key or dash. */
  indent: number;
}

class Reader {
  readonly stack: Frame[] = [];
  root: Frame | undefined;
  private pending: Pending | undefined;

  line(toks: readonly Tok[], indent: number, lineStart: number): void {
    const first = toks[0]!;
    const dash = first.type === 'seq-item-ind';
    if (this.pending !== undefined) {
      const p = this.pending;
      this.pending = undefined;
      const sameIndentList = dash && p.frame.node.kind === 'map' && indent === p.indent;
      if (indent <= p.indent && !sameIndentList) notPlain(); // an empty value
      this.open(dash, first, indent, p);
    } else if (this.root === undefined) {
      this.open(dash, first, indent, undefined);
    } else {
      while (this.top.indent > indent) this.pop();
      // `key:` then `- item` lines at the key's own column: the list ends where the next key is.
      if (!dash && this.top.node.kind === 'seq' && this.top.indent === indent && this.stack.at(-2)?.indent === indent) this.pop();
      if (this.top.indent !== indent || (this.top.node.kind === 'seq') !== dash) notPlain();
    }
    if (dash) this.item(toks, lineStart);
    else this.entry(this.top, toks, 0);
  }

  private get top(): Frame {
    return this.stack.at(-1) ?? notPlain();
  }

  private pop(): void {
    this.stack.pop();
    if (this.stack.length === 0) notPlain();
  }

  private open(dash: boolean, first: Tok, indent: number, at: Pending | undefined): void {
    if (this.stack.length >= MAX_NESTING) notPlain();
    const frame: Frame = dash
      ? { indent, node: { kind: 'seq', start: first.offset, starts: [] }, value: [] }
      : { indent, node: { kind: 'map', start: first.offset, pairs: new Map() }, value: {} };
    if (at === undefined) this.root = frame;
    else attach(at, frame.value, frame.node.start, frame.node);
    this.stack.push(frame);
  }

  /** `- …`: a list item at the top frame. */
  private item(toks: readonly Tok[], lineStart: number): void {
    const frame = this.top;
    const seq = frame.node as PlainSeq;
    const list = frame.value as unknown[];
    const index = list.length;
    const next = toks[1];
    if (next === undefined) {
      seq.starts.push(-1);
      list.push(null);
      this.pending = { frame, index, indent: frame.indent };
      return;
    }
    if (SCALARS.has(next.type) && toks[2]?.type === 'map-value-ind') {
      // `- key: value`: a mapping that starts in the item, at its key's column.
      if (this.stack.length >= MAX_NESTING) notPlain();
      const map: Frame = { indent: next.offset - lineStart, node: { kind: 'map', start: next.offset, pairs: new Map() }, value: {} };
      seq.starts.push(next.offset);
      list.push(map.value);
      (seq.nodes ??= new Map()).set(index, map.node);
      this.stack.push(map);
      this.entry(map, toks, 1);
      return;
    }
    const { value, start, node } = inline(toks, 1);
    seq.starts.push(start);
    list.push(value);
    if (node !== undefined) (seq.nodes ??= new Map()).set(index, node);
  }

  /** `key: …` from `toks[i]`, in the mapping `frame`. */
  private entry(frame: Frame, toks: readonly Tok[], i: number): void {
    const keyTok = toks[i];
    const key = keyOf(keyTok);
    const map = frame.node as PlainMap;
    if (toks[i + 1]?.type !== 'map-value-ind' || map.pairs.has(key)) notPlain();
    const obj = frame.value as Record<string, unknown>;
    if (i + 2 === toks.length) {
      map.pairs.set(key, { key: keyTok!.offset, value: -1 });
      obj[key] = null;
      this.pending = { frame, key, indent: frame.indent };
      return;
    }
    const { value, start, node } = inline(toks, i + 2);
    map.pairs.set(key, node === undefined ? { key: keyTok!.offset, value: start } : { key: keyTok!.offset, value: start, node });
    obj[key] = value;
  }

  end(): void {
    if (this.pending !== undefined || this.root === undefined) notPlain();
  }
}

function attach(at: Pending, value: unknown, start: number, node: PlainNode): void {
  const parent = at.frame.node;
  if (parent.kind === 'map') {
    parent.pairs.set(at.key!, { key: parent.pairs.get(at.key!)!.key, value: start, node });
    (at.frame.value as Record<string, unknown>)[at.key!] = value;
  } else {
    parent.starts[at.index!] = start;
    (parent.nodes ??= new Map()).set(at.index!, node);
    (at.frame.value as unknown[])[at.index!] = value;
  }
}

function plainTree(root: PlainNode): SourceTree {
  const node = (n: unknown): PlainNode | undefined => n as PlainNode | undefined;
  return {
    root,
    start: (n) => node(n)?.start,
    child(parent, seg): Located | undefined {
      const p = node(parent);
      if (p?.kind === 'map') {
        const pair = p.pairs.get(String(seg));
        return pair === undefined ? undefined : { keyStart: pair.key, valueStart: pair.value, valueEmpty: false, node: pair.node ?? null };
      }
      if (p?.kind === 'seq' && typeof seg === 'number' && seg < p.starts.length) {
        return { valueStart: p.starts[seg], valueEmpty: false, node: p.nodes?.get(seg) ?? null };
      }
      return undefined;
    },
    itemStarts: (n) => (node(n)?.kind === 'seq' ? (n as PlainSeq).starts : undefined),
  };
}

/**
 * The file's value, tree and line starts when the whole text is in the plain
 * subset; undefined when yaml must read it.
 */
export function parsePlain(text: string): PlainParse | undefined {
  const lines = new LineCounter();
  lines.addNewLine(0);
  const reader = new Reader();
  let offset = 0;
  let lineStart = 0;
  let indent = 0;
  let toks: Tok[] = [];
  let plainNext = false;
  let docStartLine = false;
  try {
    for (const lexeme of new Lexer().lex(text)) {
      if (MARKERS.has(lexeme)) {
        plainNext = lexeme === '\u001f';
        continue;
      }
      const type = plainNext ? 'plain' : (CST.tokenType(lexeme) ?? 'unknown');
      plainNext = false;
      const tok: Tok = { type, source: lexeme, offset };
      offset += lexeme.length;
      switch (type) {
        case 'newline':
          if (docStartLine && toks.length > 0) notPlain();
          docStartLine = false;
          if (toks.length > 0) reader.line(toks, indent, lineStart);
          lines.addNewLine(offset);
          lineStart = offset;
          indent = 0;
          toks = [];
          break;
        case 'space':
          if (lexeme.includes('\t')) notPlain();
          if (tok.offset === lineStart) indent = lexeme.length;
          break;
        case 'comment':
          break;
        case 'doc-start':
          // Only as the file's first line, alone on it.
          if (tok.offset !== 0) notPlain();
          docStartLine = true;
          break;
        case 'plain':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'seq-item-ind':
        case 'map-value-ind':
        case 'flow-map-start':
        case 'flow-map-end':
        case 'flow-seq-start':
        case 'flow-seq-end':
        case 'comma':
          toks.push(tok);
          break;
        default:
          notPlain();
      }
    }
    if (docStartLine) notPlain();
    if (toks.length > 0) reader.line(toks, indent, lineStart);
    reader.end();
  } catch (err) {
    if (err instanceof NotPlain) return undefined;
    throw err;
  }
  const root = reader.root!;
  if (root.node.kind !== 'map') return undefined;
  return { value: root.value as Record<string, unknown>, tree: plainTree(root.node), lines };
}
