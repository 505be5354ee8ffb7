import { describe, expect, it } from 'vitest';
import type { DesiredState } from '../../src/model/index.js';
import { fixture, load, problems, yaml } from './helpers.js';

const rel = (dir: string, state: DesiredState): DesiredState => JSON.parse(JSON.stringify(state).split(`${dir}/`).join(''));

describe('loading a realistic file', () => {
  const text = yaml(
    'version: 1',
    'groups:',
    '  platform: [Carol@Acme.com, dan@acme.com, group:sre]',
    '  sre: [erin@acme.com]',
    'asana:',
    '  workspaces:',
    '    - workspace: Acme Corp',
    '      members: [Alice@Acme.com]',
    '      teams:',
    '        - team: Platform',
    '          members:',
    '            - alice@acme.com',
    '            - group:platform',
    '          projects:',
    '            - project: Roadmap 2027',
    '              members: [group:sre, frank@acme.com]',
    '      projects:',
    '        - project: "1209876543210"',
    '          members: [bob@acme.com, dan@acme.com]',
  );

  it('produces the exact desired state', async () => {
    const dir = await fixture({ 'gatehouse.yaml': text });
    const loaded = await load(dir, 'gatehouse.yaml');
    expect(loaded.sandbox).toBeUndefined();
    const f = 'gatehouse.yaml';
    const listed = (line: number, col: number, via?: string) =>
      via === undefined ? { kind: 'listed', file: f, line, col } : { kind: 'listed', file: f, line, col, via };
    const implied = (by: string) => ({ kind: 'implied', by });
    const ws = 'asana/workspace:Acme Corp';
    expect(rel(dir, loaded.desired)).toEqual({
      files: [f],
      places: [
        {
          place: { key: ws, provider: 'asana', kind: 'workspace', ref: 'Acme Corp', stage: 0, source: { file: f, line: 7, col: 18 }, listsMembers: true, removalCovers: true },
          members: [
            { email: 'alice@acme.com', reasons: [listed(8, 17), implied('team Platform')] },
            { email: 'bob@acme.com', reasons: [implied('project 1209876543210')] },
            { email: 'carol@acme.com', reasons: [implied('team Platform')] },
            { email: 'dan@acme.com', reasons: [implied('team Platform'), implied('project 1209876543210')] },
            { email: 'erin@acme.com', reasons: [implied('team Platform'), implied('project Roadmap 2027')] },
            { email: 'frank@acme.com', reasons: [implied('project Roadmap 2027')] },
          ],
        },
        {
          place: {
            key: `${ws}/team:Platform`,
            provider: 'asana',
            kind: 'team',
            ref: 'Platform',
            parentKey: ws,
            requiresKey: ws,
            stage: 1,
            source: { file: f, line: 10, col: 17 },
            listsMembers: true,
          },
          members: [
            { email: 'alice@acme.com', reasons: [listed(12, 15)] },
            { email: 'carol@acme.com', reasons: [listed(13, 15, 'group:platform')] },
            { email: 'dan@acme.com', reasons: [listed(13, 15, 'group:platform')] },
            { email: 'erin@acme.com', reasons: [{ ...listed(13, 15, 'group:platform'), chain: ['group:platform', 'group:sre'] }] },
          ],
        },
        {
          place: {
            key: `${ws}/team:Platform/project:Roadmap 2027`,
            provider: 'asana',
            kind: 'project',
            ref: 'Roadmap 2027',
            parentKey: `${ws}/team:Platform`,
            requiresKey: ws,
            stage: 2,
            source: { file: f, line: 15, col: 24 },
            listsMembers: true,
          },
          members: [
            { email: 'erin@acme.com', reasons: [listed(16, 25, 'group:sre')] },
            { email: 'frank@acme.com', reasons: [listed(16, 36)] },
          ],
        },
        {
          place: {
            key: `${ws}/project:1209876543210`,
            provider: 'asana',
            kind: 'project',
            ref: '1209876543210',
            parentKey: ws,
            requiresKey: ws,
            stage: 2,
            source: { file: f, line: 18, col: 20 },
            listsMembers: true,
          },
          members: [
            { email: 'bob@acme.com', reasons: [listed(19, 21)] },
            { email: 'dan@acme.com', reasons: [listed(19, 35)] },
          ],
        },
      ],
    });
  });

  it('is plain data: survives a JSON round trip unchanged', async () => {
    const dir = await fixture({ 'gatehouse.yaml': text });
    const { desired } = await load(dir, 'gatehouse.yaml');
    expect(JSON.parse(JSON.stringify(desired))).toStrictEqual(desired);
  });

  it('a user reached directly and through groups keeps every listing, listed first', async () => {
    const dir = await fixture({
      'f.yaml': yaml(
        'version: 1',
        'groups:',
        '  platform: [dan@acme.com, group:sre]',
        '  sre: [erin@acme.com, dan@acme.com]',
        'asana:',
        '  workspaces:',
        '    - workspace: W',
        '      members: [erin@acme.com]',
        '      teams:',
        '        - team: T',
        '          members: [group:platform, group:sre, ERIN@acme.com]',
      ),
    });
    const desired = rel(dir, (await load(dir, 'f.yaml')).desired);
    const [ws, team] = desired.places;
    expect(team?.members).toEqual([
      {
        email: 'dan@acme.com',
        reasons: [
          { kind: 'listed', file: 'f.yaml', line: 11, col: 21, via: 'group:platform' },
          { kind: 'listed', file: 'f.yaml', line: 11, col: 37, via: 'group:sre' },
        ],
      },
      {
        email: 'erin@acme.com',
        reasons: [
          { kind: 'listed', file: 'f.yaml', line: 11, col: 21, via: 'group:platform', chain: ['group:platform', 'group:sre'] },
          { kind: 'listed', file: 'f.yaml', line: 11, col: 37, via: 'group:sre' },
          { kind: 'listed', file: 'f.yaml', line: 11, col: 48 },
        ],
      },
    ]);
    expect(ws?.members).toEqual([
      { email: 'dan@acme.com', reasons: [{ kind: 'implied', by: 'team T' }] },
      { email: 'erin@acme.com', reasons: [{ kind: 'listed', file: 'f.yaml', line: 8, col: 17 }, { kind: 'implied', by: 'team T' }] },
    ]);
  });

  it('a workspace with no members and no children is still a place', async () => {
    const dir = await fixture({ 'f.yaml': yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: Empty') });
    const { desired } = await load(dir, 'f.yaml');
    expect(desired.places.map((p) => [p.place.key, p.members])).toEqual([['asana/workspace:Empty', []]]);
  });

  it('a file with only groups yields no places', async () => {
    const dir = await fixture({ 'f.yaml': yaml('version: 1', 'groups:', '  a: [x@y.co]') });
    expect((await load(dir, 'f.yaml')).desired.places).toEqual([]);
  });
});

describe('a folder of files', () => {
  const files = {
    'cfg/acme.yaml': yaml(
      'version: 1',
      'groups:',
      '  eng: [ann@acme.com]',
      'asana:',
      '  workspaces:',
      '    - workspace: Acme',
      '      members: [boss@acme.com]',
      '      teams:',
      '        - team: Core',
      '          members: [group:eng]',
      '      projects:',
      '        - project: Plan',
      'sandbox:',
      '  token: local-token',
      '  workspaces:',
      '    - workspace: Acme',
      '      gid: "1"',
    ),
    'cfg/teams/web.yaml': yaml(
      'version: 1',
      'asana:',
      '  workspaces:',
      '    - workspace: Acme',
      '      teams:',
      '        - team: Web',
      '          members: [group:eng, web@acme.com]',
      '      projects:',
      '        - project: Site',
      '          members: [web@acme.com]',
      '    - workspace: Other',
      '      members: [ann@acme.com]',
      'sandbox:',
      '  me: robot@acme.com',
      '  users: [{email: new@acme.com}]',
      '  workspaces:',
      '    - workspace: Not Named In The File',
    ),
  };

  it('merges one workspace spread over files into one place, parents before children', async () => {
    const dir = await fixture(files);
    const desired = rel(dir, (await load(dir, 'cfg', 'seed')).desired);
    expect(desired.files).toEqual(['cfg/acme.yaml', 'cfg/teams/web.yaml']);
    expect(desired.places.map((p) => [p.place.key, p.place.source.file, p.members.map((m) => m.email)])).toEqual([
      ['asana/workspace:Acme', 'cfg/acme.yaml', ['ann@acme.com', 'boss@acme.com', 'web@acme.com']],
      ['asana/workspace:Acme/team:Core', 'cfg/acme.yaml', ['ann@acme.com']],
      ['asana/workspace:Acme/team:Web', 'cfg/teams/web.yaml', ['ann@acme.com', 'web@acme.com']],
      ['asana/workspace:Acme/project:Plan', 'cfg/acme.yaml', []],
      ['asana/workspace:Acme/project:Site', 'cfg/teams/web.yaml', ['web@acme.com']],
      ['asana/workspace:Other', 'cfg/teams/web.yaml', ['ann@acme.com']],
    ]);
    expect(desired.places[0]?.members.find((m) => m.email === 'web@acme.com')?.reasons).toEqual([
      { kind: 'implied', by: 'team Web' },
      { kind: 'implied', by: 'project Site' },
    ]);
    // A group defined in one file is used in another, and the reason points at the use.
    expect(desired.places[2]?.members[0]?.reasons).toEqual([
      { kind: 'listed', file: 'cfg/teams/web.yaml', line: 7, col: 21, via: 'group:eng' },
    ]);
  });

  it('merges the sandbox sections and returns them', async () => {
    const dir = await fixture(files);
    const { sandbox } = await load(dir, 'cfg', 'seed');
    expect(sandbox).toEqual({
      token: 'local-token',
      me: 'robot@acme.com',
      users: [{ email: 'new@acme.com' }],
      workspaces: [{ workspace: 'Acme', gid: '1' }, { workspace: 'Not Named In The File' }],
    });
  });

  it('the same folder loads to the same state every time', async () => {
    const dir = await fixture(files);
    expect((await load(dir, 'cfg', 'seed')).desired).toEqual((await load(dir, 'cfg', 'seed')).desired);
  });

  it('as desired-state files, a sandbox: section is an error that says where it belongs, in each file', async () => {
    const dir = await fixture(files);
    const message = 'a sandbox: section seeds `gatehouse sandbox --seed FILE` and is not part of a desired-state file: move it to a seed file (schemas/sandbox-seed.schema.json)';
    expect(await problems(dir, 'cfg')).toEqual([`cfg/acme.yaml:13:1: ${message}`, `cfg/teams/web.yaml:13:1: ${message}`]);
  });
});
