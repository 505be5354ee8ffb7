import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { documentTree } from '../../src/config/document-tree.js';
import { parsePlain } from '../../src/config/plain-yaml.js';
import { Positions, type DataPath } from '../../src/config/positions.js';

// The light parser must never be a second opinion on what a file means:
// whatever it reads, yaml (with the loader's options) reads the same, without
// an error, to the same value, with every key and value at the same place.
// Whatever it does not read is left to yaml. Files are generated from a tree,
// written in the styles people use, then sometimes damaged on one line.

/** What files hold, and what they hold when they go wrong or are written to fool a reader. */
const SCALARS = ['a@b.co', 'Alice@Acme.com', 'acme', 'Acme Corp', 'x y z', '1', '-7', '1.5', 'true', '2027-03-31', "'q'", '"dq"', 'group:leads', 'team:Design', '""'];
const ODD_SCALARS = [
  '0x1f', '0o17', '1e3', '.inf', '-.INF', '.NaN', 'False', 'null', '~', 'NULL', '-a', 'a:b', 'a #b', 'a# b', '@x', '`x',
  '"dq \\u0041"', "'it''s'", '"bad \\q"', '"open', "'open", 'a,b', '[x]', '{y}', 'x]', '%x', '!x', '&x', '*x', '? x', '|',
  '>', '- x', '#x', "''", '"a\\tb"', 'k: v', 'é@acme.com', '"\\u202e"', '"a\\"b"',
];
const KEYS = ['version', 'asana', 'members', 'user', 'until', 'name', 'a', 'b', 'c', '"quoted key"', "'q k'", 'has space', 'k-1'];
const ODD_KEYS = ['1', 'true', '~', '__proto__', '<<', 'x'.repeat(1100), '-k', '? k', 'k:x', '"a\\nb"', '[k]', '&k', '*k'];

const scalarArb = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...SCALARS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_SCALARS) });
const keyArb = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...KEYS) }, { weight: 1, arbitrary: fc.constantFrom(...ODD_KEYS) });
/** Keys of one mapping: distinct, but now and then one twice. */
const keysArb = (min: number) =>
  fc.tuple(fc.uniqueArray(keyArb, { minLength: min, maxLength: 4 }), fc.integer({ min: 0, max: 9 })).map(([keys, dup]) =>
    dup === 0 && keys.length > 0 ? [...keys, keys[0]!] : keys,
  );

interface Style {
  step: number;
  dashGap: string;
  sameIndentLists: boolean;
  flowLeaves: boolean;
  comments: boolean;
  crlf: boolean;
  docStart: boolean;
}

type Node = { s: string } | { seq: Node[] } | { map: Array<[string, Node]> };
const nodeArb: fc.Arbitrary<Node> = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: scalarArb.map((s): Node => ({ s })) },
    { weight: 1, arbitrary: fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((seq): Node => ({ seq })) },
    { weight: 1, arbitrary: keysArb(1).chain((keys) => fc.tuple(...keys.map(() => tie('node'))).map((vs): Node => ({ map: keys.map((k, i) => [k, vs[i]!]) }))) },
    { weight: 1, arbitrary: fc.constantFrom<Node>({ seq: [] }, { map: [] }) },
  ),
})).node;
const rootArb = keysArb(1).chain((keys) => fc.tuple(...keys.map(() => nodeArb)).map((vs): Node => ({ map: keys.map((k, i) => [k, vs[i]!]) })));

const styleArb: fc.Arbitrary<Style> = fc.record({
  step: fc.integer({ min: 1, max: 4 }),
  dashGap: fc.constantFrom(' ', ' ', '  ', '   '),
  sameIndentLists: fc.boolean(),
  flowLeaves: fc.boolean(),
  comments: fc.boolean(),
  crlf: fc.boolean(),
  docStart: fc.boolean(),
});

const isLeafCollection = (n: Node): boolean =>
  ('seq' in n && n.seq.every((i) => 's' in i)) || ('map' in n && n.map.every(([, v]) => 's' in v));

function flowOf(n: Node): string {
  if ('seq' in n) return `[${n.seq.map((i) => (i as { s: string }).s).join(', ')}]`;
  return `{ ${(n as { map: Array<[string, Node]> }).map.map(([k, v]) => `${k}: ${(v as { s: string }).s}`).join(', ')} }`;
}

/** Lines for a collection at `indent`; `first`: the text before the first line's content (a dash). */
function render(n: Node, indent: number, style: Style, out: string[], first?: string): void {
  const pad = ' '.repeat(indent);
  const comment = (i: number) => (style.comments && i % 2 === 0 ? ' # note' : '');
  const lead = (i: number) => (i === 0 && first !== undefined ? first : pad);
  if ('seq' in n) {
    n.seq.forEach((item, i) => {
      const dash = `${lead(i)}-`;
      if ('s' in item) out.push(`${dash}${style.dashGap}${item.s}${comment(i)}`);
      else if (style.flowLeaves && isLeafCollection(item)) out.push(`${dash}${style.dashGap}${flowOf(item)}`);
      else if ('map' in item && item.map.length > 0 && i % 2 === 0) render(item, indent + 1 + style.dashGap.length, style, out, `${dash}${style.dashGap}`);
      else {
        out.push(dash);
        render(item, indent + style.step, style, out);
      }
    });
  } else if ('map' in n) {
    n.map.forEach(([key, value], i) => {
      const head = `${lead(i)}${key}:`;
      if ('s' in value) out.push(`${head} ${value.s}${comment(i)}`);
      else if (style.flowLeaves && isLeafCollection(value)) out.push(`${head} ${flowOf(value)}`);
      else {
        out.push(`${head}${comment(i + 1)}`);
        render(value, 'seq' in value && style.sameIndentLists ? indent : indent + style.step, style, out);
      }
    });
  }
}

function fileOf(root: Node, style: Style): string {
  const out: string[] = style.docStart ? ['---'] : [];
  render(root, 0, style, out);
  return out.join(style.crlf ? '\r\n' : '\n') + '\n';
}

/** One line changed as a slip of the hand or an attack would. */
const damageArb = fc.record({
  line: fc.nat(),
  how: fc.constantFrom('indent+1', 'indent-1', 'tab', 'tab-gap', 'repeat', 'anchor', 'alias', 'tag', 'explicit', 'second-doc', 'doc-end', 'block-scalar', 'trailing-comma', 'continuation', 'empty-value', 'bom', 'cr', 'directive', 'none'),
});

function damage(text: string, { line, how }: { line: number; how: string }): string {
  const lines = text.split('\n');
  const i = line % lines.length;
  const l = lines[i]!;
  const edits: Record<string, () => void> = {
    'indent+1': () => (lines[i] = ` ${l}`),
    'indent-1': () => (lines[i] = l.replace(/^ /, '')),
    tab: () => (lines[i] = `\t${l}`),
    'tab-gap': () => (lines[i] = l.replace(': ', ':\t')),
    repeat: () => lines.splice(i, 0, l),
    anchor: () => (lines[i] = l.replace(': ', ': &a ')),
    alias: () => (lines[i] = l.replace(/: .*/, ': *a')),
    tag: () => (lines[i] = l.replace(': ', ': !!str ')),
    explicit: () => (lines[i] = l.replace(/^(\s*)/, '$1? ')),
    'second-doc': () => lines.splice(i, 0, '---'),
    'doc-end': () => lines.splice(i, 0, '...'),
    'block-scalar': () => (lines[i] = `${l.replace(/: .*/, ': |')}\n${' '.repeat(8)}text`),
    'trailing-comma': () => (lines[i] = l.replace(/\]$/, ',]').replace(/ \}$/, ', }')),
    continuation: () => lines.splice(i + 1, 0, `${' '.repeat(12)}more`),
    'empty-value': () => (lines[i] = l.replace(/: .*/, ':')),
    bom: () => (lines[0] = `\ufeff${lines[0]}`),
    cr: () => (lines[i] = `${l}\r`),
    directive: () => lines.unshift('%YAML 1.2', '---'),
    none: () => {},
  };
  edits[how]!();
  return lines.join('\n');
}

/** Every path to a key or item in a value. */
function pathsOf(value: unknown, at: DataPath = []): DataPath[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => [[...at, i], ...pathsOf(v, [...at, i])]);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [[...at, k], ...pathsOf(v, [...at, k])]);
  return [];
}

/** yaml's reading, with the loader's options (parse-yaml.ts). */
function yamlReading(text: string) {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, schema: 'core', resolveKnownTags: false, uniqueKeys: true, strict: true });
  return { doc, positions: new Positions('f.yaml', documentTree(doc), lines) };
}

let accepted = 0;
let tried = 0;
function checkAgainstYaml(text: string): void {
  tried += 1;
  const plain = parsePlain(text);
  if (plain === undefined) return;
  accepted += 1;
  const { doc, positions } = yamlReading(text);
  expect(doc.errors.map((e) => e.message)).toEqual([]);
  expect(doc.warnings.map((e) => e.message)).toEqual([]);
  const value = doc.toJS();
  expect(plain.value).toEqual(value);
  const light = new Positions('f.yaml', plain.tree, plain.lines);
  for (const path of [[], ...pathsOf(value)]) {
    expect({ path, at: light.at(path) }).toEqual({ path, at: positions.at(path) });
    expect({ path, key: light.key(path) }).toEqual({ path, key: positions.key(path) });
    expect({ path, items: light.items(path) }).toEqual({ path, items: positions.items(path) });
    expect(light.at([...path, 'missing'])).toEqual(positions.at([...path, 'missing']));
  }
}

describe('the light parser reads what yaml reads, or leaves the file to yaml', () => {
  it('on generated files, written in many styles and sometimes damaged', () => {
    fc.assert(
      fc.property(rootArb, styleArb, fc.option(damageArb, { nil: undefined, freq: 2 }), (root, style, hurt) => {
        const text = fileOf(root, style);
        checkAgainstYaml(hurt === undefined ? text : damage(text, hurt));
      }),
      { numRuns: 3000 },
    );
    // The property is about the files it reads: it must read a good share of them.
    expect(accepted / tried).toBeGreaterThan(0.2);
  });

  it('reads a desired-state file, with positions of its members', () => {
    const text = [
      '---',
      'version: 1 # the format',
      'asana:',
      '  workspaces:',
      '    - workspace: "Acme Corp"',
      '      members:',
      '      - alice@acme.com',
      '      -   { user: dave@acme.com, until: 2027-03-31 }',
      '      teams: []',
      '',
    ].join('\n');
    checkAgainstYaml(text);
    const plain = parsePlain(text)!;
    expect(plain.value).toEqual({
      version: 1,
      asana: { workspaces: [{ workspace: 'Acme Corp', members: ['alice@acme.com', { user: 'dave@acme.com', until: '2027-03-31' }], teams: [] }] },
    });
    const positions = new Positions('f.yaml', plain.tree, plain.lines);
    expect(positions.items(['asana', 'workspaces', 0, 'members'])).toEqual([
      { file: 'f.yaml', line: 7, col: 9 },
      { file: 'f.yaml', line: 8, col: 11 },
    ]);
    expect(positions.at(['asana', 'workspaces', 0, 'members', 1, 'until'])).toEqual({ file: 'f.yaml', line: 8, col: 41 });
  });

  it.each([
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['an empty value', 'a:\nb: 1\n'],
    ['a tag', 'a: !!binary aGk=\n'],
    ['a block scalar', 'a: |\n  text\n'],
    ['a multi-line scalar', 'a: one\n  two\n'],
    ['a second document', 'a: 1\n---\nb: 2\n'],
    ['a tab in the indentation', 'a:\n\t- x\n'],
    ['a list at the top', '- a\n- b\n'],
    ['a number as a key', '1: a\n'],
    ['a __proto__ key', '__proto__: { polluted: true }\n'],
    ['a merge key', 'a: { x: 1 }\nb:\n  <<: { x: 1 }\n'],
    ['only comments', '# nothing\n'],
    ['a flow collection over two lines', 'a: [x,\n  y]\n'],
    ['a nested flow collection', 'a: [[x]]\n'],
  ])('leaves %s to yaml', (_, text) => {
    expect(parsePlain(text)).toBeUndefined();
  });
});
