/** The editing engine on its own: list shapes the loader does not produce yet, emptied lists, quoting, and --write's refusal. */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { editFiles, entryText } from '../../src/adopt/edit.js';
import { ChangedOnDiskError, writeAdopted } from '../../src/adopt/write.js';
import { fixture, yaml } from '../config/helpers.js';

const file = 'f.yaml';
const text = yaml(
  'ws:',
  '  - workspace: lab   # the lab',
  '    owner:',
  '      - user: ann@acme.com',
  '        until: 2027-01-31',
  '      - ben@acme.com   # ben',
  '    reader: [cat@acme.com]',
);
const texts = new Map([[file, text]]);
const spot = (key: string) => ({ key, after: ['workspace', 'owner'] });

describe('editFiles', () => {
  it('takes out a mapping entry (`user:` with `until:`) as a whole, and adds after it at the list’s indentation', () => {
    const { texts: out, outcomes } = editFiles(texts, [{ id: 1, place: { file, line: 2, col: 16 }, hints: [], spot: spot('owner'), entry: 'dov@acme.com', note: 'guest' }], [{ id: -1, entry: { file, line: 4, col: 9 } }]);
    expect(out.get(file)).toBe(yaml('ws:', '  - workspace: lab   # the lab', '    owner:', '      - ben@acme.com   # ben', '      - dov@acme.com # guest', '    reader: [cat@acme.com]'));
    expect(outcomes.get(1)).toEqual({ target: { file, line: 5, col: 1 } });
  });

  it('moves a grant that ends with its until:, in a block list and in a flow list, so it still ends', () => {
    const moved = editFiles(
      texts,
      [
        { id: 1, place: { file, line: 2, col: 16 }, hints: [], spot: spot('reader'), entry: 'ann@acme.com', until: '2027-01-31', requires: -1 },
        { id: 2, place: { file, line: 2, col: 16 }, hints: [], spot: spot('owner'), entry: 'cat@acme.com', until: '2027-06-30' },
      ],
      [{ id: -1, entry: { file, line: 4, col: 9 } }],
    ).texts.get(file)!;
    expect(parse(moved)).toEqual({ ws: [{ workspace: 'lab', owner: ['ben@acme.com', { user: 'cat@acme.com', until: '2027-06-30' }], reader: ['cat@acme.com', { user: 'ann@acme.com', until: '2027-01-31' }] }] });
  });

  it('writes `[]` for a block list whose last entry it takes out, and keeps a flow list flow', () => {
    const { texts: out } = editFiles(texts, [], [{ id: -1, entry: { file, line: 4, col: 9 } }, { id: -2, entry: { file, line: 6, col: 9 } }, { id: -3, entry: { file, line: 7, col: 14 } }]);
    expect(out.get(file)).toBe(yaml('ws:', '  - workspace: lab   # the lab', '    owner: []', '    reader: []'));
    expect(parse(out.get(file)!)).toEqual({ ws: [{ workspace: 'lab', owner: [], reader: [] }] });
  });

  it('creates a missing list after the keys the provider names, in the block style of the place', () => {
    const { texts: out } = editFiles(texts, [{ id: 1, place: { file, line: 2, col: 16 }, hints: [], spot: spot('contributor'), entry: 'eve@acme.com' }], []);
    expect(out.get(file)).toContain('      - ben@acme.com   # ben\n    contributor:\n      - eve@acme.com\n    reader: [cat@acme.com]\n');
  });

  it('quotes an entry only when YAML would read it otherwise', () => {
    expect(entryText('ann@acme.com')).toBe('ann@acme.com');
    expect(entryText("o'neil@acme.com")).toBe('"o\'neil@acme.com"');
    expect(entryText('team:Design Ops')).toBe('team:Design Ops');
    expect(entryText('null')).toBe('"null"');
    for (const v of ['ann@acme.com', "o'neil@acme.com", 'team:Design Ops', 'null', 'a,b@x.io', '#x@y.z']) {
      expect(parse(`[${entryText(v)}]`)).toEqual([v]);
      expect(parse(`- ${entryText(v)}`)).toEqual([v]);
    }
  });
});

describe('writeAdopted', () => {
  it('refuses, naming the file, when a file changed on disk since it was read, and writes none of them', async () => {
    const dir = await fixture({ 'a.yaml': 'a: [x]\n', 'b.yaml': 'b: [y]\n' });
    const before = new Map([['a.yaml', 'a: [x]\n'], ['b.yaml', 'b: [y]\n']]);
    const after = new Map([['a.yaml', 'a: [x, z]\n'], ['b.yaml', 'b: [y, z]\n']]);
    await writeFile(join(dir, 'b.yaml'), 'b: [y, w]\n');
    const refused = writeAdopted(before, after, dir);
    await expect(refused).rejects.toThrow(ChangedOnDiskError);
    await expect(writeAdopted(before, after, dir)).rejects.toThrow('b.yaml changed on disk since adopt read it: nothing was written');
    expect(await readFile(join(dir, 'a.yaml'), 'utf8')).toBe('a: [x]\n');
    await writeFile(join(dir, 'b.yaml'), 'b: [y]\n');
    expect(await writeAdopted(before, after, dir)).toEqual(['a.yaml', 'b.yaml']);
    expect(await readFile(join(dir, 'a.yaml'), 'utf8')).toBe('a: [x, z]\n');
  });
});
