import { describe, expect, it } from 'vitest';
import { fixture, problems, problemsOf, yaml } from './helpers.js';

const oneWorkspace = (members: string, ...more: string[]) =>
  yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: W', `      members: ${members}`, ...more);

describe('groups', () => {
  it('an undefined group is an error at the reference, with a suggestion', async () => {
    expect(await problemsOf(yaml('version: 1', 'groups:', '  platform: [a@b.co]', ...oneWorkspace('[group:plaform]').split('\n').slice(1)))).toEqual([
      'f.yaml:7:17: group "plaform" is not defined (did you mean "platform"?)',
    ]);
  });

  it('an undefined group inside a group definition', async () => {
    expect(await problemsOf(yaml('version: 1', 'groups:', '  a: [group:b]'))).toEqual(['f.yaml:3:7: group "b" is not defined']);
  });

  it('a group that includes itself', async () => {
    expect(await problemsOf(yaml('version: 1', 'groups:', '  a: [x@y.co, group:a]'))).toEqual([
      'f.yaml:3:15: group cycle: a → a',
    ]);
  });

  it('a cycle is reported once, at the reference that closes it, naming the cycle', async () => {
    expect(
      await problemsOf(yaml('version: 1', 'groups:', '  a: [group:b]', '  b: [group:c]', '  c: [x@y.co, group:a]', '  d: [group:a]')),
    ).toEqual(['f.yaml:5:15: group cycle: a → b → c → a']);
  });

  it('a group defined in two files is an error naming both places', async () => {
    const dir = await fixture({
      'c/a.yaml': yaml('version: 1', 'groups:', '  sre: [a@b.co]'),
      'c/b.yaml': yaml('version: 1', 'groups:', '  ops: [c@b.co]', '  sre: [d@b.co]'),
    });
    expect(await problems(dir, 'c')).toEqual(['c/b.yaml:4:3: group "sre" is already defined at c/a.yaml:3:3']);
  });

  it('nested groups expand recursively', async () => {
    const dir = await fixture({
      'f.yaml': yaml(
        'version: 1',
        'groups:',
        '  all: [group:eng, boss@b.co]',
        '  eng: [group:web, group:ops]',
        '  web: [w@b.co]',
        '  ops: [o@b.co, w@b.co]',
        ...oneWorkspace('[group:all]').split('\n').slice(1),
      ),
    });
    const { loadDesired: loadConfig } = await import('../../src/pipeline/index.js');
    const loaded = await loadConfig(`${dir}/f.yaml`);
    expect(loaded.desired.places[0]?.members.map((m) => m.email)).toEqual(['boss@b.co', 'o@b.co', 'w@b.co']);
  });

  it('a user reached through nested groups carries the chain from the listed group to the one that lists them (the shortest)', async () => {
    const dir = await fixture({
      'f.yaml': yaml(
        'version: 1',
        'groups:',
        '  all: [group:eng, boss@b.co]',
        '  eng: [group:web, group:ops]',
        '  web: [w@b.co]',
        '  ops: [o@b.co, group:web]',
        ...oneWorkspace('[group:all]').split('\n').slice(1),
      ),
    });
    const { loadDesired } = await import('../../src/pipeline/index.js');
    const members = (await loadDesired(`${dir}/f.yaml`)).desired.places[0]!.members;
    const chains = Object.fromEntries(members.map((m) => [m.email, m.reasons.map((r) => (r.kind === 'listed' ? [r.via, r.chain] : []))]));
    expect(chains).toEqual({
      'boss@b.co': [['group:all', undefined]],
      'o@b.co': [['group:all', ['group:all', 'group:eng', 'group:ops']]],
      'w@b.co': [['group:all', ['group:all', 'group:eng', 'group:web']]],
    });
  });
});

describe('the same entry twice in one list', () => {
  it('an email twice (any casing) is an error at the second, naming the first', async () => {
    expect(
      await problemsOf(oneWorkspace('', '        - bob@b.co', '        - alice@acme.com', '        - Alice@ACME.com')),
    ).toEqual(['f.yaml:8:11: alice@acme.com is already listed at line 7']);
  });

  it('on one line, the column is named too', async () => {
    expect(await problemsOf(oneWorkspace('[a@b.co, A@b.co]'))).toEqual([
      'f.yaml:5:25: a@b.co is already listed at line 5, column 17',
    ]);
  });

  it('a group twice is an error', async () => {
    expect(
      await problemsOf(yaml('version: 1', 'groups:', '  g: [a@b.co]', ...oneWorkspace('[group:g, group:g]').split('\n').slice(1))),
    ).toEqual(['f.yaml:7:26: group:g is already listed at line 7, column 17']);
  });

  it('inside a group definition too', async () => {
    expect(await problemsOf(yaml('version: 1', 'groups:', '  g: [a@b.co, x@y.co, A@B.CO]'))).toEqual([
      'f.yaml:3:23: a@b.co is already listed at line 3, column 7',
    ]);
  });

  it('overlap through groups, or a user both direct and through a group, is allowed', async () => {
    const dir = await fixture({
      'f.yaml': yaml(
        'version: 1',
        'groups:',
        '  platform: [dan@b.co]',
        '  sre: [dan@b.co]',
        ...oneWorkspace('[group:platform, group:sre, dan@b.co]').split('\n').slice(1),
      ),
    });
    const { loadDesired: loadConfig } = await import('../../src/pipeline/index.js');
    const loaded = await loadConfig(`${dir}/f.yaml`);
    expect(loaded.desired.places[0]?.members.map((m) => [m.email, m.reasons.length])).toEqual([['dan@b.co', 3]]);
  });
});

describe('places declared twice', () => {
  it('a workspace twice in one file', async () => {
    expect(
      await problemsOf(yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: W', '    - workspace: X', '    - workspace: W')),
    ).toEqual(['f.yaml:6:18: workspace "W" is already listed at line 4 of this file']);
  });

  it('a team twice in one workspace (same file)', async () => {
    expect(
      await problemsOf(
        yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: W', '      teams:', '        - team: T', '        - team: T'),
      ),
    ).toEqual(['f.yaml:7:17: team "T" is already declared in workspace "W" at line 6']);
  });

  it('the same team name in two workspaces is fine; a project name under two parents is fine', async () => {
    const dir = await fixture({
      'f.yaml': yaml(
        'version: 1',
        'asana:',
        '  workspaces:',
        '    - workspace: W1',
        '      teams: [{team: T, projects: [{project: P}]}]',
        '      projects: [{project: P}]',
        '    - workspace: W2',
        '      teams: [{team: T}]',
      ),
    });
    const { loadDesired: loadConfig } = await import('../../src/pipeline/index.js');
    const { desired } = await loadConfig(`${dir}/f.yaml`);
    expect(desired.places.map((p) => p.place.key)).toEqual([
      'asana/workspace:W1',
      'asana/workspace:W1/team:T',
      'asana/workspace:W1/team:T/project:P',
      'asana/workspace:W1/project:P',
      'asana/workspace:W2',
      'asana/workspace:W2/team:T',
    ]);
  });

  it('a project twice under one team, and twice in one workspace', async () => {
    expect(
      await problemsOf(
        yaml(
          'version: 1',
          'asana:',
          '  workspaces:',
          '    - workspace: W',
          '      teams:',
          '        - team: T',
          '          projects: [{project: P}, {project: P}]',
          '      projects:',
          '        - project: Q',
          '        - project: Q',
        ),
      ),
    ).toEqual([
      'f.yaml:7:46: project "P" is already declared in team "T" at line 7',
      'f.yaml:10:20: project "Q" is already declared in workspace "W" at line 9',
    ]);
  });

  it('across files: team, project and workspace members conflicts name both places; all reported at once', async () => {
    const dir = await fixture({
      'c/a.yaml': yaml(
        'version: 1',
        'asana:',
        '  workspaces:',
        '    - workspace: W',
        '      members: [a@b.co]',
        '      teams:',
        '        - team: T',
        '          projects:',
        '            - project: P',
        'sandbox:',
        '  token: one',
      ),
      'c/b.yaml': yaml(
        'version: 1',
        'asana:',
        '  workspaces:',
        '    - workspace: W',
        '      members: [c@b.co]',
        '      teams:',
        '        - team: T',
        '        - team: U',
        '          members: [group:missing]',
        '      projects:',
        '        - project: P',
        'sandbox:',
        '  token: two',
        '  me: me@b.co',
      ),
      'c/c.yaml': yaml('version: 1', 'sandbox:', '  me: other@b.co'),
    });
    expect(await problems(dir, 'c', 'seed')).toEqual([
      'c/b.yaml:5:7: members of workspace "W" are already listed at c/a.yaml:5:7; list them in one file',
      'c/b.yaml:7:17: team "T" is already declared in workspace "W" at c/a.yaml:7:17',
      'c/b.yaml:9:21: group "missing" is not defined',
      'c/b.yaml:13:3: sandbox "token" is already set at c/a.yaml:11:3',
      'c/c.yaml:3:3: sandbox "me" is already set at c/b.yaml:14:3',
    ]);
  });

  it('the same workspace-level project in two files names both places', async () => {
    const dir = await fixture({
      'c/a.yaml': yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: W', '      projects: [{project: P}]'),
      'c/b.yaml': yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: W', '      projects: [{project: P}]'),
    });
    expect(await problems(dir, 'c')).toEqual(['c/b.yaml:5:28: project "P" is already declared in workspace "W" at c/a.yaml:5:28']);
  });
});

describe('schema problems and resolution problems are reported together', () => {
  it('reports the schema problems of every file and the undefined group in one go', async () => {
    const dir = await fixture({
      'c/a.yaml': yaml('version: 1', 'groups:', '  g: [not-an-email]'),
      'c/b.yaml': yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: W', '      members: [group:undefined-here]', '      teamz: []'),
    });
    expect(await problems(dir, 'c')).toEqual([
      'c/a.yaml:3:7: "not-an-email" is not an email address or group:NAME',
      'c/b.yaml:5:17: group "undefined-here" is not defined',
      'c/b.yaml:6:7: unknown key "teamz" in workspace (did you mean "teams"?)',
    ]);
  });

  it.each(['asana', 'dreadnode'])('a whole %s section the schema refuses ends recovery: its error alone is reported', async (name) => {
    const dir = await fixture({ 'e/a.yaml': yaml('version: 1', 'groups:', '  g: [a@b.co, group:nowhere]', `${name}: oops`) });
    expect(await problems(dir, 'e')).toEqual([`e/a.yaml:4:${name.length + 3}: "${name}" must be a mapping (key: value)`]);
  });

  it('a group whose definition the schema refuses is not also reported as undefined', async () => {
    const dir = await fixture({
      'd/a.yaml': yaml('version: 1', 'groups:', '  ops: oops', 'asana:', '  workspaces:', '    - workspace: W', '      members: [group:ops, group:ops]'),
    });
    expect(await problems(dir, 'd')).toEqual([
      'd/a.yaml:3:8: group "ops" must be a list',
      'd/a.yaml:7:28: group:ops is already listed at line 7, column 17',
    ]);
  });

  it('a file that does not parse stops resolution, so no group is wrongly called undefined', async () => {
    const dir = await fixture({
      'e/a.yaml': yaml('version: 1', 'groups:', '  ops: [a@x.io', ''),
      'e/b.yaml': yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: W', '      members: [group:ops]'),
    });
    const found = await problems(dir, 'e');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((p) => p.startsWith('e/a.yaml:'))).toBe(true);
  });
});

describe('suggestions', () => {
  it('a group name differing only in case is suggested', async () => {
    expect(await problemsOf(yaml('version: 1', 'groups:', '  sre: [a@b.co]', '  all: [group:SRE]'))).toEqual([
      'f.yaml:4:9: group "SRE" is not defined (did you mean "sre"?)',
    ]);
  });
});
