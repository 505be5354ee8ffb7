/**
 * Files from LIGHT_FROM are read by the light parser; the loader must report
 * the same state and the same problems as when yaml reads them. The oracle is
 * the same file with an anchor on its first line, which the light parser
 * leaves to yaml, so every other line is the same.
 */
import { describe, expect, it } from 'vitest';
import { LIGHT_FROM, parseYaml } from '../../src/config/parse-yaml.js';
import { Problems } from '../../src/config/problems.js';
import { fixture, load, problems } from './helpers.js';

/** A file of `n` workspace members, with `extra` lines after them in the workspace. */
function largeFile(n: number, members: string[] = [], extra: string[] = []): string {
  const lines = ['version: 1', 'asana:', '  workspaces:', '    - workspace: Acme', '      members:'];
  for (let i = 0; i < n; i++) lines.push(`        - u${String(i).padStart(7, '0')}@acme.com`);
  lines.push(...members.map((m) => `        - ${m}`), ...extra);
  return `${lines.join('\n')}\n`;
}
const members = Math.ceil(LIGHT_FROM / 24) + 10;
const byYaml = (text: string) => text.replace(/^version: 1$/m, 'version: &v 1');

describe('a large file', () => {
  it('is read without keeping a yaml document, unless it leaves the plain subset', () => {
    const text = largeFile(members);
    expect(text.length).toBeGreaterThan(LIGHT_FROM);
    const light = parseYaml({ file: 'f.yaml', text }, new Problems());
    expect(light?.doc).toBeUndefined();
    const full = parseYaml({ file: 'f.yaml', text: byYaml(text) }, new Problems());
    expect(full?.doc).toBeDefined();
    expect(light?.value).toEqual(full?.value);
  });

  it('loads to the same state as yaml gives, with each member at its line', async () => {
    const text = largeFile(members, ['{ user: dave@acme.com, until: 2027-03-31 }', 'group:leads'], ['groups:', '  leads: [lead@acme.com]']);
    const dir = await fixture({ 'light.yaml': text, 'yaml.yaml': byYaml(text) });
    const light = await load(dir, 'light.yaml');
    const full = await load(dir, 'yaml.yaml');
    const strip = (s: typeof light) => JSON.parse(JSON.stringify(s.desired).split('light.yaml').join('F').split('yaml.yaml').join('F'));
    expect(strip(light)).toEqual(strip(full));
    const workspace = light.desired.places[0]!;
    expect(workspace.members).toHaveLength(members + 2);
    expect(workspace.members.find((m) => m.email === 'dave@acme.com')?.reasons).toEqual([
      { kind: 'listed', file: expect.stringMatching(/light\.yaml$/), line: members + 6, col: 19, until: '2027-03-31' },
    ]);
  });

  it('reports the same problems, at the same lines and columns, as yaml gives', async () => {
    const text = largeFile(members, ['alice@\u0430cme.com', 'u0000001@acme.com', '{ user: bob@acme.com, until: 2027-02-30 }', 'group:nobody'], ['      membrs: [x@acme.com]']);
    const dir = await fixture({ 'light.yaml': text, 'yaml.yaml': byYaml(text) });
    const light = await problems(dir, 'light.yaml');
    const full = await problems(dir, 'yaml.yaml');
    expect(light.map((p) => p.replace(/^light/, ''))).toEqual(full.map((p) => p.replace(/^yaml/, '')));
    const line = members + 6;
    expect(light).toEqual([
      `light.yaml:${line}:17: "alice@\\u{430}cme.com" holds U+0430 CYRILLIC SMALL LETTER A, which an email may not: only ASCII letters, digits and . _ % + - ' before the @, and ASCII letters, digits, hyphens and dots after it (allow_unicode_emails: true allows international addresses)`,
      `light.yaml:${line + 1}:11: u0000001@acme.com is already listed at line 7`,
      `light.yaml:${line + 2}:19: until: 2027-02-30 for bob@acme.com is not a real day (write YYYY-MM-DD, such as 2027-03-31)`,
      `light.yaml:${line + 3}:11: group "nobody" is not defined`,
      `light.yaml:${line + 4}:7: unknown key "membrs" in workspace (did you mean "members"?)`,
    ]);
  });
});
