import { chmod, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, load, loadText, problems, problemsOf, yaml } from './helpers.js';

describe('reading files', () => {
  it('refuses an empty file', async () => {
    expect(await problemsOf('')).toEqual(['f.yaml:1:1: file is empty']);
  });

  it('refuses a file with only whitespace', async () => {
    expect(await problemsOf('  \n\n\t\n')).toEqual(['f.yaml:1:1: file is empty']);
  });

  it('refuses a file with only comments', async () => {
    expect(await problemsOf('# nothing here\n   # still nothing\n')).toEqual(['f.yaml:1:1: file is empty']);
  });

  it('refuses a file with only a document marker', async () => {
    expect(await problemsOf('---\n# nothing\n')).toEqual(['f.yaml:1:1: file is empty']);
  });

  it('refuses a file with a NUL byte', async () => {
    expect(await problemsOf(new Uint8Array([0x76, 0x65, 0x72, 0x00, 0x0a]))).toEqual(['f.yaml:1:1: not a text file']);
  });

  it('refuses a file that is not valid UTF-8', async () => {
    const latin1 = Buffer.from('version: 1\ngroups:\n  caf\xe9: [a@b.co]\n', 'latin1');
    expect(await problemsOf(latin1)).toEqual(['f.yaml:1:1: not a text file']);
  });

  it('accepts a UTF-8 byte order mark and non-ASCII text', async () => {
    const loaded = await loadText('\uFEFFversion: 1\nasana:\n  workspaces:\n    - workspace: Café Ünïcode\n');
    expect(loaded.desired.places.map((p) => p.place.ref)).toEqual(['Café Ünïcode']);
  });

  it('reports a path that does not exist', async () => {
    const dir = await fixture({});
    expect(await problems(dir, 'missing.yaml')).toEqual(['missing.yaml:1:1: no such file or folder']);
  });

  it('refuses a folder with no YAML files (dot-files and other extensions do not count)', async () => {
    const dir = await fixture({
      'cfg/README.md': '# hi',
      'cfg/.hidden.yaml': 'version: 1\n',
      'cfg/.git/x.yaml': 'version: 1\n',
      'cfg/teams.json': '{}',
    });
    expect(await problems(dir, 'cfg')).toEqual(['cfg:1:1: folder has no *.yaml or *.yml files']);
  });

  it('reads a folder recursively, sorted by path, skipping dot-files and dot-folders', async () => {
    const dir = await fixture({
      'cfg/b.yml': 'version: 1\n',
      'cfg/a.yaml': 'version: 1\n',
      'cfg/a/z.yaml': 'version: 1\n',
      'cfg/a/b/c.yaml': 'version: 1\n',
      'cfg/.hidden.yaml': 'not: [valid\n',
      'cfg/.secret/x.yaml': 'not: [valid\n',
      'cfg/sub/.x/y.yaml': 'not: [valid\n',
      'cfg/notes.txt': 'not: [valid\n',
    });
    const loaded = await load(dir, 'cfg');
    expect(loaded.desired.files.map((f) => f.split(`${dir}/`).join(''))).toEqual([
      'cfg/a/b/c.yaml',
      'cfg/a/z.yaml',
      'cfg/a.yaml',
      'cfg/b.yml',
    ]);
  });

  it('reads a single file whatever its extension', async () => {
    const dir = await fixture({ 'gatehouse.conf': 'version: 1\n' });
    const loaded = await load(dir, 'gatehouse.conf');
    expect(loaded.desired.files).toEqual([join(dir, 'gatehouse.conf')]);
  });

  it('shows file names relative to the working directory, as typed', async () => {
    const dir = await fixture({
      'examples/acme/teams.yaml': yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: Acme', '      member: []'),
    });
    const before = process.cwd();
    process.chdir(dir);
    try {
      const err = await load('examples').catch((e: unknown) => e);
      expect((err as Error).message).toBe(
        'examples/acme/teams.yaml:5:7: unknown key "member" in workspace (did you mean "members"?)',
      );
      const ok = await fixture({ 'x/y.yaml': yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: Acme', '      members: [a@b.co]') });
      process.chdir(ok);
      const loaded = await load('x');
      expect(loaded.desired.files).toEqual(['x/y.yaml']);
      expect(loaded.desired.places[0]?.place.source).toEqual({ file: 'x/y.yaml', line: 4, col: 18 });
      expect(loaded.desired.places[0]?.members[0]?.reasons).toEqual([{ kind: 'listed', file: 'x/y.yaml', line: 5, col: 17 }]);
    } finally {
      process.chdir(before);
    }
  });

  it('follows a symbolic link to a file inside the folder', async () => {
    // The target sits in a dot-folder, which the walk itself skips, so it is read once, through the link.
    const dir = await fixture({ 'c/.shared/groups.txt': yaml('version: 1', 'groups:', '  ops: [a@b.co]') });
    await symlink('.shared/groups.txt', join(dir, 'c', 'groups.yaml'));
    const { desired } = await load(dir, 'c');
    expect(desired.files.map((f) => f.split(`${dir}/`).join(''))).toEqual(['c/groups.yaml']);
  });

  it('refuses a symbolic link that leads out of the folder or nowhere, naming each, and reads nothing', async () => {
    const dir = await fixture({ 'outside.yaml': yaml('version: 1'), 'c/a.yaml': yaml('version: 1') });
    await symlink('../outside.yaml', join(dir, 'c', 'out.yaml'));
    await symlink('missing.yaml', join(dir, 'c', 'dangling.yaml'));
    const out = await problems(dir, 'c');
    expect(out).toEqual([
      'c/dangling.yaml:1:1: is a symbolic link to a file that does not exist',
      'c/out.yaml:1:1: is a symbolic link to outside.yaml, outside the folder; only links within it are read',
    ]);
  });

  it('reports an unreadable file', async () => {
    const dir = await fixture({ 'f.yaml': 'version: 1\n' });
    await chmod(join(dir, 'f.yaml'), 0o000);
    if (process.getuid?.() !== 0) expect(await problems(dir, 'f.yaml')).toEqual(['f.yaml:1:1: cannot read file: EACCES']);
    // Root reads any file whatever its mode; Linux still refuses to read /proc/self/mem.
    if (process.platform !== 'linux') return;
    await symlink('/proc/self/mem', join(dir, 'g.yaml'));
    expect(await problems(dir, 'g.yaml')).toEqual(['g.yaml:1:1: cannot read file: EIO']);
  });
});

describe('parsing YAML', () => {
  it('reports a syntax error with its line and column', async () => {
    const out = await problemsOf(yaml('version: 1', 'groups:', '  a: [x@y.co', 'asana: {}'));
    expect(out).toHaveLength(1);
    expect(out[0]).toMatch(/^f\.yaml:4:1: YAML syntax error: /);
  });

  it('lists the first three syntax errors of a cascade and counts the rest', async () => {
    const out = await problemsOf(
      yaml('# a `sandbox:', '  x: 1', '` section', 'version: 1', 'asana:', '  workspaces:', '    - workspace: A', '      members: [a@b.co, c@d.co, e@f.co]'),
    );
    expect(out).toHaveLength(4);
    expect(out.slice(0, 3).every((l) => /^f\.yaml:\d+:\d+: YAML syntax error: /.test(l))).toBe(true);
    expect(out[0]).toMatch(/^f\.yaml:3:1: /);
    expect(out[3]).toMatch(/^f\.yaml:8:\d+: \d+ more YAML syntax errors up to here, not listed/);
  });

  it('reports an unclosed quote', async () => {
    const out = await problemsOf(yaml('version: 1', 'groups:', '  a: ["x@y.co]'));
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((l) => /^f\.yaml:\d+:\d+: YAML syntax error: /.test(l))).toBe(true);
  });

  it('reports a duplicate key at the second one, naming the first', async () => {
    expect(
      await problemsOf(
        yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: A', '      members: [a@b.co]', '      members: [c@d.co]'),
      ),
    ).toEqual(['f.yaml:6:7: duplicate key "members" (first at line 5)']);
  });

  it('reports duplicate group names and still validates the rest of the file', async () => {
    expect(
      await problemsOf(yaml('version: 1', 'groups:', '  ops: [a@b.co]', '  ops: [c@d.co]', 'asanna: {}')),
    ).toEqual([
      'f.yaml:4:3: duplicate key "ops" (first at line 3)',
      'f.yaml:5:1: unknown key "asanna" at the top level (did you mean "asana"?)',
    ]);
  });

  it('refuses a second YAML document in one file', async () => {
    const out = await problemsOf(yaml('version: 1', '---', 'version: 1'));
    expect(out).toEqual([expect.stringMatching(/^f\.yaml:2:1: YAML syntax error: .*multiple documents/)]);
  });

  it.each([
    ['!!js/function', 'groups:\n  a: !!js/function "function () {}"'],
    ['!foo', 'groups:\n  a: !foo [a@b.co]'],
    ['!!binary', 'groups:\n  a: !!binary aGk='],
    ['!!set', 'groups:\n  a: !!set {a@b.co}'],
    ['!!timestamp', 'groups:\n  a: !!timestamp 2001-12-14'],
    ['!!python/object:os.system', 'groups:\n  a: !!python/object:os.system [a]'],
  ])('refuses the custom tag %s at the tag', async (tag, body) => {
    expect(await problemsOf(`version: 1\n${body}\n`)).toEqual([
      `f.yaml:3:6: tag ${tag} is not allowed: only plain YAML (text, numbers, lists, mappings)`,
    ]);
  });

  it('accepts the standard tags !!str, !!seq and !!map', async () => {
    const loaded = await loadText(
      yaml('version: 1', 'asana: !!map', '  workspaces: !!seq', '    - workspace: !!str 1209876543210', '      members: [!!str a@b.co]'),
    );
    expect(loaded.desired.places[0]?.place.ref).toBe('1209876543210');
    expect(loaded.desired.places[0]?.members.map((m) => m.email)).toEqual(['a@b.co']);
  });

  it('refuses a "billion laughs" document with a clear message', async () => {
    const lines = ['version: 1', 'groups:', '  l0: &l0 [a@b.co, a@b.co, a@b.co, a@b.co, a@b.co, a@b.co, a@b.co, a@b.co, a@b.co, a@b.co]'];
    for (let i = 1; i <= 9; i++) lines.push(`  l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(', ')}]`);
    // 10^10 items if expanded: refused by counting expansions, not by running out of time.
    const out = await problemsOf(yaml(...lines));
    expect(out).toEqual([
      'f.yaml:4:12: aliases expand to too much data (over 10000 expansions); refusing a possible "billion laughs" document',
    ]);
  });

  it('accepts ordinary anchors and aliases (a list reused in several places)', async () => {
    const loaded = await loadText(
      yaml(
        'version: 1',
        'asana:',
        '  workspaces:',
        '    - workspace: A',
        '      teams:',
        '        - team: T1',
        '          members: &core [Ann@b.co, bob@b.co]',
        '        - team: T2',
        '          members: *core',
      ),
    );
    const [ws, t1, t2] = loaded.desired.places;
    expect(t1?.members.map((m) => m.email)).toEqual(['ann@b.co', 'bob@b.co']);
    expect(t2?.members.map((m) => m.email)).toEqual(['ann@b.co', 'bob@b.co']);
    expect(ws?.members.find((m) => m.email === 'ann@b.co')?.reasons).toEqual([
      { kind: 'implied', by: 'team T1' },
      { kind: 'implied', by: 'team T2' },
    ]);
  });

  it('reports an alias without an anchor', async () => {
    expect(await problemsOf(yaml('version: 1', 'groups:', '  a: *nowhere'))).toEqual([
      'f.yaml:3:6: alias *nowhere has no anchor &nowhere before it',
    ]);
  });

  it('refuses a mapping used as a key', async () => {
    expect(await problemsOf(yaml('version: 1', 'groups:', '  ? [a, b]', '  : [a@b.co]'))).toEqual([
      'f.yaml:3:5: a key must be plain text, not a list, mapping or alias',
    ]);
  });

  it('reports problems from every file at once, in file order', async () => {
    const dir = await fixture({
      'c/1.yaml': '',
      'c/2.yaml': yaml('version: 1', 'groups:', '  a: [x@y.co', 'b: 1'),
      'c/3.yaml': new Uint8Array([0xff, 0xfe, 0x00]),
      'c/4.yaml': yaml('version: 2'),
      'c/5.yaml': yaml('version: 1', 'groups:', '  a: !foo x'),
    });
    const out = await problems(dir, 'c');
    expect(out.map((l) => l.replace(/: YAML syntax error: .*/, ': YAML syntax error'))).toEqual([
      'c/1.yaml:1:1: file is empty',
      'c/2.yaml:4:1: YAML syntax error',
      'c/3.yaml:1:1: not a text file',
      'c/4.yaml:1:10: "version" must be 1',
      'c/5.yaml:3:6: tag !foo is not allowed: only plain YAML (text, numbers, lists, mappings)',
    ]);
  });
});

describe('prototype safety', () => {
  it('treats __proto__ and constructor keys as inert unknown keys', async () => {
    const out = await problemsOf(
      yaml('version: 1', '__proto__: {polluted: true}', 'constructor: {polluted: true}', 'asana:', '  __proto__: {workspaces: []}'),
    );
    expect(out).toEqual([
      'f.yaml:2:1: unknown key "__proto__" at the top level; expected "version", "groups", "protected", "revoked", "allow_unicode_emails", "asana" or "dreadnode"',
      'f.yaml:3:1: unknown key "constructor" at the top level; expected "version", "groups", "protected", "revoked", "allow_unicode_emails", "asana" or "dreadnode"',
      'f.yaml:5:3: unknown key "__proto__" in asana; expected "workspaces"',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses __proto__ as a group name without touching prototypes', async () => {
    const out = await problemsOf(yaml('version: 1', 'groups:', '  __proto__: [a@b.co]'));
    expect(out).toEqual([
      'f.yaml:3:3: group name "__proto__" must start with a letter or digit and use only letters, digits, ".", "_" and "-"',
    ]);
    expect(Object.prototype).not.toHaveProperty('0');
  });

  it('a group named constructor is just a group', async () => {
    const loaded = await loadText(
      yaml(
        'version: 1',
        'groups:',
        '  constructor: [c@b.co]',
        '  hasOwnProperty: [group:constructor, h@b.co]',
        'asana:',
        '  workspaces:',
        '    - workspace: constructor',
        '      members: [group:hasOwnProperty]',
      ),
    );
    expect(loaded.desired.places).toHaveLength(1);
    expect(loaded.desired.places[0]?.place.key).toBe('asana/workspace:constructor');
    expect(loaded.desired.places[0]?.members.map((m) => m.email)).toEqual(['c@b.co', 'h@b.co']);
  });

  it('does not find built-in object properties as groups', async () => {
    const out = await problemsOf(
      yaml(
        'version: 1',
        'asana:',
        '  workspaces:',
        '    - workspace: W',
        '      members: [group:constructor, group:toString, group:valueOf]',
      ),
    );
    expect(out).toEqual([
      'f.yaml:5:17: group "constructor" is not defined',
      'f.yaml:5:36: group "toString" is not defined',
      'f.yaml:5:52: group "valueOf" is not defined',
    ]);
  });

  it('refuses group:__proto__ as a reference', async () => {
    const out = await problemsOf(
      yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: W', '      members: [group:__proto__]'),
    );
    expect(out).toEqual(['f.yaml:5:17: "group:__proto__" is not an email address, group:NAME, or team:NAME']);
  });
});
