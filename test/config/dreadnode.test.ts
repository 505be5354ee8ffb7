import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../src/providers/dreadnode/section.js';
import { PERMISSIONS as SANDBOX_PERMISSIONS } from '../../src/providers/dreadnode/sandbox/world.js';
import { fixture, load, loadText, problems, problemsOf, yaml } from './helpers.js';

const header = ['version: 1', 'dreadnode:', '  organizations:', '    - org: acme', '      workspaces:'];

describe('dreadnode section', () => {
  it('gives each workspace one place, scoped by its organisation, with a role per user', async () => {
    const { desired } = await loadText(
      yaml(
        'version: 1',
        'groups:',
        '  platform: [Carol@Acme.com, dan@acme.com]',
        ...header.slice(1),
        '        - workspace: red-team',
        '          owner: [alice@acme.com]',
        '          contributor: [group:platform]',
        '          reader: [erin@acme.com]',
      ),
    );
    expect(desired.places).toHaveLength(1);
    const [ws] = desired.places;
    expect(ws!.place).toMatchObject({
      key: 'dreadnode/org:acme/workspace:red-team',
      provider: 'dreadnode',
      kind: 'workspace',
      ref: 'red-team',
      scope: 'acme',
      stage: 0,
      source: { line: 8, col: 22 },
    });
    expect(ws!.place.requiresKey).toBeUndefined();
    expect(ws!.members.map((m) => [m.email, m.role])).toEqual([
      ['alice@acme.com', 'owner'],
      ['carol@acme.com', 'contributor'],
      ['dan@acme.com', 'contributor'],
      ['erin@acme.com', 'reader'],
    ]);
    expect(ws!.members[1]!.reasons).toEqual([{ kind: 'listed', file: expect.stringMatching(/gatehouse\.yaml$/), line: 10, col: 25, via: 'group:platform' }]);
  });

  it('a user given two permissions in one workspace is an error at the second, naming the first', async () => {
    expect(
      await problemsOf(
        yaml(...header, '        - workspace: red-team', '          owner: [alice@acme.com]', '          reader: [bob@acme.com, alice@acme.com]'),
      ),
    ).toEqual(['f.yaml:8:34: alice@acme.com would be reader here but is already owner (at line 7); a user holds one permission per workspace']);
  });

  it('two permissions through groups name the group', async () => {
    expect(
      await problemsOf(
        yaml(
          'version: 1',
          'groups:',
          '  leads: [alice@acme.com]',
          '  everyone: [alice@acme.com, bob@acme.com]',
          ...header.slice(1),
          '        - workspace: red-team',
          '          owner: [group:leads]',
          '          reader: [group:everyone]',
        ),
      ),
    ).toEqual([
      'f.yaml:11:20: alice@acme.com (through group:everyone) would be reader here but is already owner (through group:leads at line 10); a user holds one permission per workspace',
    ]);
  });

  it('the same permission through two groups is not a conflict', async () => {
    const { desired } = await loadText(
      yaml('version: 1', 'groups:', '  a: [x@acme.com]', '  b: [x@acme.com]', ...header.slice(1), '        - workspace: w', '          reader: [group:a, group:b]'),
    );
    expect(desired.places[0]!.members).toEqual([
      expect.objectContaining({ email: 'x@acme.com', role: 'reader', reasons: [expect.objectContaining({ via: 'group:a' }), expect.objectContaining({ via: 'group:b' })] }),
    ]);
  });

  it('the same user twice in one permission list is a repeat', async () => {
    expect(await problemsOf(yaml(...header, '        - workspace: w', '          reader: [x@acme.com, X@acme.com]'))).toEqual([
      'f.yaml:7:32: x@acme.com is already listed at line 7, column 20',
    ]);
  });

  it('an unknown permission name lists the permissions', async () => {
    expect(await problemsOf(yaml(...header, '        - workspace: w', '          admin: [x@acme.com]'))).toEqual([
      'f.yaml:7:11: unknown key "admin" in dreadnode workspace; expected "workspace", "prune", "owner", "contributor" or "reader"',
    ]);
  });

  it('a near-miss permission name gets a suggestion', async () => {
    expect(await problemsOf(yaml(...header, '        - workspace: w', '          owners: [x@acme.com]'))).toEqual([
      'f.yaml:7:11: unknown key "owners" in dreadnode workspace (did you mean "owner"?)',
    ]);
  });

  it('a workspace declared twice is an error, across files too; the organisation itself may repeat', async () => {
    const dir = await fixture({
      'c/a.yaml': yaml(...header, '        - workspace: red-team', '          owner: [a@acme.com]'),
      'c/b.yaml': yaml(...header, '        - workspace: blue-team', '        - workspace: red-team'),
    });
    expect(await problems(dir, 'c')).toEqual([
      'c/b.yaml:7:22: workspace "red-team" of organisation "acme" is already declared at c/a.yaml:6:22; declare each workspace once',
    ]);
  });

  it('the same slug in two organisations is two places', async () => {
    const dir = await fixture({
      'f.yaml': yaml(...header, '        - workspace: w', '    - org: other', '      workspaces:', '        - workspace: w'),
    });
    const { desired } = await load(dir, 'f.yaml');
    expect(desired.places.map((p) => p.place.key)).toEqual(['dreadnode/org:acme/workspace:w', 'dreadnode/org:other/workspace:w']);
  });

  it('an undefined group in a permission list is reported at the reference', async () => {
    expect(await problemsOf(yaml(...header, '        - workspace: w', '          owner: [group:nope]'))).toEqual([
      'f.yaml:7:19: group "nope" is not defined',
    ]);
  });

  it('a slug with a slash, or a dot segment that would change the URL, is refused in words', async () => {
    expect(
      await problemsOf(yaml('version: 1', 'dreadnode:', '  organizations:', '    - org: ".."', '      workspaces:', '        - workspace: red/team', '        - workspace: .', '        - workspace: a.b')),
    ).toEqual([
      'f.yaml:4:12: ".." does not have the expected form. A slug as it appears in Dreadnode URLs: no slash or space, and not "." or "..".',
      'f.yaml:6:22: "red/team" does not have the expected form. A slug as it appears in Dreadnode URLs: no slash or space, and not "." or "..".',
      'f.yaml:7:22: "." does not have the expected form. A slug as it appears in Dreadnode URLs: no slash or space, and not "." or "..".',
    ]);
  });

  it('asana and dreadnode sections load side by side; implied membership stays within asana', async () => {
    const { desired } = await loadText(
      yaml(
        'version: 1',
        'asana:',
        '  workspaces:',
        '    - workspace: Acme',
        '      teams:',
        '        - team: T',
        '          members: [x@acme.com]',
        ...header.slice(1),
        '        - workspace: w',
        '          owner: [x@acme.com]',
      ),
    );
    expect(desired.places.map((p) => [p.place.key, p.members.map((m) => `${m.email}:${m.role ?? '-'}`)])).toEqual([
      ['asana/workspace:Acme', ['x@acme.com:-']],
      ['asana/workspace:Acme/team:T', ['x@acme.com:-']],
      ['dreadnode/org:acme/workspace:w', ['x@acme.com:owner']],
    ]);
  });

  it('the permission names the loader and the sandbox know are exactly those of the schema', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schemas/gatehouse.schema.json', import.meta.url), 'utf8'));
    const fromSchema = Object.keys(schema.definitions.dreadnodeWorkspace.properties).filter((k) => k !== 'workspace' && k !== 'prune');
    expect([...PERMISSIONS]).toEqual(fromSchema);
    expect([...SANDBOX_PERMISSIONS]).toEqual(fromSchema);
  });
});
