import { describe, expect, it } from 'vitest';
import { fixture, load, loadText, problems, problemsOf, yaml } from './helpers.js';

describe('prune, allow_guests and protected in the file', () => {
  it('prune is set on exactly the places that say so', async () => {
    const { desired } = await loadText(
      yaml(
        'version: 1',
        'asana:',
        '  workspaces:',
        '    - workspace: Acme',
        '      prune: true',
        '      allow_guests: false',
        '      teams:',
        '        - team: Platform',
        '          prune: true',
        '          projects:',
        '            - project: Roadmap',
        '              members: [a@acme.com]',
        '        - team: Design',
        '          prune: false',
        'dreadnode:',
        '  organizations:',
        '    - org: acme',
        '      workspaces:',
        '        - workspace: red-team',
        '          prune: true',
        '        - workspace: blue-team',
      ),
    );
    expect(desired.places.map((p) => [p.place.key, p.place.prune, p.place.settings?.allowGuests])).toEqual([
      ['asana/workspace:Acme', true, false],
      ['asana/workspace:Acme/team:Platform', true, undefined],
      ['asana/workspace:Acme/team:Platform/project:Roadmap', undefined, undefined],
      ['asana/workspace:Acme/team:Design', false, undefined],
      ['dreadnode/org:acme/workspace:red-team', true, undefined],
      ['dreadnode/org:acme/workspace:blue-team', undefined, undefined],
    ]);
  });

  it('prune must be true or false', async () => {
    expect(await problemsOf(yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: Acme', '      prune: yes please'))).toEqual([
      'f.yaml:5:14: "prune" must be true or false',
    ]);
  });

  it('a workspace spread over files may set its flags in one of them, not differently in two', async () => {
    const dir = await fixture({
      'a.yaml': yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: Acme', '      prune: true'),
      'b.yaml': yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: Acme', '      teams: [{team: Platform}]'),
    });
    expect((await load(dir)).desired.places[0]!.place.prune).toBe(true);
    const clash = await fixture({
      'a.yaml': yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: Acme', '      prune: true'),
      'b.yaml': yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: Acme', '      prune: false'),
    });
    expect(await problems(clash)).toEqual(['b.yaml:5:7: prune of workspace "Acme" is already set to true at a.yaml:5:7; set it once']);
  });

  it('protected users come from every file, groups expanded, lower case, first mention kept', async () => {
    const dir = await fixture({
      'a.yaml': yaml('version: 1', 'groups:', '  admins: [Root@Acme.com, ops@acme.com]', 'protected: [group:admins]'),
      'b.yaml': yaml('version: 1', 'protected:', '  - ops@acme.com', '  - BOT@acme.com'),
    });
    const { desired } = await load(dir);
    expect(desired.protected?.map((u) => [u.email, `${u.source.file.split('/').pop()}:${u.source.line}`])).toEqual([
      ['bot@acme.com', 'b.yaml:4'],
      ['ops@acme.com', 'a.yaml:4'],
      ['root@acme.com', 'a.yaml:4'],
    ]);
  });

  it('a protected group that is not defined, or a protected entry twice, is an error at its line', async () => {
    expect(await problemsOf(yaml('version: 1', 'protected:', '  - group:nobody', '  - a@acme.com', '  - a@acme.com'))).toEqual([
      'f.yaml:3:5: group "nobody" is not defined',
      'f.yaml:5:5: a@acme.com is already listed at line 4',
    ]);
  });

  it('a file without protected users has none', async () => {
    expect((await loadText(yaml('version: 1'))).desired.protected).toBeUndefined();
  });
});
