import { LineCounter, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { Positions } from '../../src/config/positions.js';
import { documentTree } from '../../src/config/document-tree.js';
import { Problems } from '../../src/config/problems.js';
import { compileValidator, pathInWords } from '../../src/config/validate.js';
import { ConfigError, formatProblem } from '../../src/model/index.js';
import { problemsOf, yaml } from './helpers.js';

const ws = (...lines: string[]) => yaml('version: 1', 'asana:', '  workspaces:', ...lines);

describe('schema errors, in words, at the node', () => {
  it('unknown key: at the key, with a suggestion', async () => {
    expect(
      await problemsOf(ws('    - workspace: A', '      teams:', '        - team: T', '          memebers: [a@b.co]')),
    ).toEqual(['f.yaml:7:11: unknown key "memebers" in team (did you mean "members"?)']);
  });

  it('unknown key without a close match lists the keys allowed there', async () => {
    expect(await problemsOf(ws('    - workspace: A', '      owners: [a@b.co]'))).toEqual([
      'f.yaml:5:7: unknown key "owners" in workspace; expected "workspace", "prune", "allow_guests", "members", "teams", "projects", "portfolios" or "goals"',
    ]);
  });

  it('unknown key at the top level and in projects', async () => {
    expect(
      await problemsOf(
        yaml(
          'version: 1',
          'grups: {}',
          'asana:',
          '  workspaces:',
          '    - workspace: A',
          '      projects:',
          '        - project: P',
          '          member: []',
        ),
      ),
    ).toEqual([
      'f.yaml:2:1: unknown key "grups" at the top level (did you mean "groups"?)',
      'f.yaml:8:11: unknown key "member" in project (did you mean "members"?)',
    ]);
  });

  it('a YAML merge key is an unknown key with an explanation', async () => {
    expect(await problemsOf(ws('    - workspace: A', '      <<: {members: []}'))).toEqual([
      'f.yaml:5:7: unknown key "<<" in workspace (YAML merge keys are not supported)',
    ]);
  });

  it('wrong type: at the value', async () => {
    expect(await problemsOf(ws('    - workspace: A', '      members: alice@acme.com'))).toEqual([
      'f.yaml:5:16: "members" must be a list',
    ]);
  });

  it('an empty value has the wrong type too, reported at its key', async () => {
    expect(await problemsOf(ws('    - workspace: A', '      members:'))).toEqual(['f.yaml:5:7: "members" must be a list']);
  });

  it('a list item of the wrong type is named by its path', async () => {
    expect(await problemsOf(ws('    - workspace: A', '      teams:', '        - Platform'))).toEqual([
      'f.yaml:6:11: asana.workspaces[0].teams[0] must be a mapping (key: value)',
    ]);
  });

  it('a number where a member is expected', async () => {
    expect(await problemsOf(ws('    - workspace: A', '      members: [a@b.co, 42]'))).toEqual([
      'f.yaml:5:25: asana.workspaces[0].members[1] must be an email, group:NAME, team:NAME, or { user: ..., until: YYYY-MM-DD } for a grant that ends',
    ]);
  });

  it('an unquoted gid is a number: asks for quotes', async () => {
    expect(await problemsOf(ws('    - workspace: 1209876543210'))).toEqual([
      'f.yaml:4:18: "workspace" must be text (put it in quotes)',
    ]);
  });

  it('a member that is neither an email nor a group reference', async () => {
    expect(
      await problemsOf(
        ws('    - workspace: A', '      teams:', '        - team: T', '          members: [ok@acme.com, alice-at-acme]'),
      ),
    ).toEqual(['f.yaml:7:34: "alice-at-acme" is not an email address, group:NAME, or team:NAME']);
  });

  it('missing required key: at the object', async () => {
    expect(await problemsOf(ws('    - members: [a@b.co]'))).toEqual(['f.yaml:4:7: workspace entry needs "workspace"']);
  });

  it('missing team and project names', async () => {
    expect(
      await problemsOf(
        ws('    - workspace: A', '      teams:', '        - members: []', '          projects:', '            - members: []'),
      ),
    ).toEqual(['f.yaml:6:11: team entry needs "team"', 'f.yaml:8:15: project entry needs "project"']);
  });

  it('version must be 1', async () => {
    expect(await problemsOf(yaml('version: 2'))).toEqual(['f.yaml:1:10: "version" must be 1']);
    expect(await problemsOf(yaml('version: "1"'))).toEqual(['f.yaml:1:10: "version" must be 1']);
  });

  it('version is required', async () => {
    expect(await problemsOf(yaml('groups: {}'))).toEqual([
      'f.yaml:1:1: the file needs "version" (start it with "version: 1")',
    ]);
  });

  it('a file that is a list, not a mapping', async () => {
    expect(await problemsOf(yaml('- version: 1'))).toEqual([
      'f.yaml:1:1: the file must be a mapping (key: value) (start it with "version: 1")',
    ]);
  });

  it('an empty name', async () => {
    expect(await problemsOf(ws('    - workspace: ""'))).toEqual(['f.yaml:4:18: "workspace" must not be empty']);
  });

  it('a bad group name, at the key', async () => {
    expect(await problemsOf(yaml('version: 1', 'groups:', '  "red team": [a@b.co]'))).toEqual([
      'f.yaml:3:3: group name "red team" must start with a letter or digit and use only letters, digits, ".", "_" and "-"',
    ]);
  });

  it('a group that is not a list', async () => {
    expect(await problemsOf(yaml('version: 1', 'groups:', '  ops: a@b.co'))).toEqual([
      'f.yaml:3:8: group "ops" must be a list',
    ]);
  });

  it('sandbox fields: gid, email, and type', async () => {
    expect(
      await problemsOf(
        yaml(
          'version: 1',
          'sandbox:',
          '  me: not-an-email',
          '  users:',
          '    - {email: a@b.co, nmae: A}',
          '  workspaces:',
          '    - workspace: A',
          '      gid: "12ab"',
          '      is_organization: "yes"',
        ),
        'seed',
      ),
    ).toEqual([
      'f.yaml:3:7: "not-an-email" is not an email address',
      'f.yaml:5:23: unknown key "nmae" in sandbox user (did you mean "name"?)',
      'f.yaml:8:12: "12ab" is not a gid (1 to 19 digits)',
      'f.yaml:9:24: "is_organization" must be true or false',
    ]);
  });

  it('every problem in a file is reported, in line order, each place once', async () => {
    expect(
      await problemsOf(
        yaml(
          'version: 3',
          'asana:',
          '  workspaces:',
          '    - workspace: A',
          '      members: [bad, also bad, group:ok]',
          '      teams:',
          '        - team: T',
          '          members: {}',
          '    - teams: []',
          '      extra: 1',
        ),
      ),
    ).toEqual([
      'f.yaml:1:10: "version" must be 1',
      'f.yaml:5:17: "bad" is not an email address, group:NAME, or team:NAME',
      'f.yaml:5:22: "also bad" is not an email address, group:NAME, or team:NAME',
      'f.yaml:5:32: group "ok" is not defined',
      'f.yaml:8:20: "members" must be a list',
      'f.yaml:9:7: workspace entry needs "workspace"',
      'f.yaml:10:7: unknown key "extra" in workspace; expected "workspace", "prune", "allow_guests", "members", "teams", "projects", "portfolios" or "goals"',
    ]);
  });

  it('a value with two faults (too long and not an email) is reported once', async () => {
    const long = 'a'.repeat(330);
    expect(await problemsOf(ws('    - workspace: A', `      members: [${long}]`))).toEqual([
      `f.yaml:5:17: "${long}" is not an email address, group:NAME, or team:NAME`,
    ]);
  });
});

describe('validator internals', () => {
  function run(schema: object, text: string): string[] {
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines });
    const problems = new Problems();
    const ok = compileValidator(schema)(doc.toJS(), new Positions('t.yaml', documentTree(doc), lines), problems);
    if (ok) return [];
    try {
      problems.throwIfAny(['t.yaml']);
    } catch (e) {
      return (e as ConfigError).problems.map(formatProblem);
    }
    return ['(no problems recorded)'];
  }

  const alternatives = {
    type: 'object',
    properties: {
      who: {
        anyOf: [
          { type: 'string', pattern: '^[a-z]+$' },
          { type: 'object', required: ['name'], properties: { name: { type: 'string' } } },
        ],
      },
    },
  };

  it('anyOf: keeps only the branch whose type matched', () => {
    expect(run(alternatives, 'who: Not Lower\n')).toEqual([
      't.yaml:1:6: "Not Lower" does not have the expected form (^[a-z]+$)',
    ]);
    expect(run(alternatives, 'who: {nam: x}\n')).toEqual(['t.yaml:1:6: who entry needs "name"']);
  });

  it('anyOf: when no branch type matched, names the allowed types', () => {
    expect(run(alternatives, 'who: 3\n')).toEqual(['t.yaml:1:6: "who" must be text or a mapping (key: value)']);
  });

  it('paths in words', () => {
    expect(pathInWords(['asana', 'workspaces', 0, 'teams', 1, 'members', 2])).toBe('asana.workspaces[0].teams[1].members[2]');
    expect(pathInWords(['groups', 'red team'])).toBe('groups["red team"]');
  });
});
