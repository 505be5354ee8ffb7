/**
 * Asana project access levels in the file: `admin:`, `editor:`, `commenter:`
 * beside `members:`, teams as members (`team:NAME`), and the mistakes a user
 * can make with them, each refused at its FILE:LINE:COL.
 */
import { describe, expect, it } from 'vitest';
import { loadText, problemsOf, yaml } from './helpers.js';

const file = (...lines: string[]) =>
  yaml('version: 1', 'groups:', '  platform: [carol@acme.com, dan@acme.com]', 'asana:', '  workspaces:', '    - workspace: Acme', ...lines);

const project = (...lists: string[]) => file('      projects:', '        - project: Roadmap', ...lists.map((l) => `          ${l}`));

describe('access levels on a project', () => {
  it('gives each member the level of its list; members: any level; teams keep the words the file used', async () => {
    const { desired } = await loadText(
      project('admin: [alice@acme.com]', 'editor: [group:platform, team:Design]', 'commenter: [erin@acme.com]', 'members: [frank@acme.com]'),
    );
    const roadmap = desired.places.find((p) => p.place.kind === 'project')!;
    expect(roadmap.members.map((m) => [m.email, m.role])).toEqual([
      ['alice@acme.com', 'admin'],
      ['carol@acme.com', 'editor'],
      ['dan@acme.com', 'editor'],
      ['erin@acme.com', 'commenter'],
      ['frank@acme.com', undefined],
      ['team:Design', 'editor'],
    ]);
    // People are implied members of the workspace; a team is not a person, so it is not.
    const acme = desired.places.find((p) => p.place.kind === 'workspace')!;
    expect(acme.members.map((m) => m.email)).toEqual(['alice@acme.com', 'carol@acme.com', 'dan@acme.com', 'erin@acme.com', 'frank@acme.com']);
  });

  it('refuses a user in two lists, naming both lines, through a group as well', async () => {
    expect(await problemsOf(project('admin: [carol@acme.com]', 'editor: [group:platform]'))).toEqual([
      'f.yaml:10:20: carol@acme.com (through group:platform) would be editor here but is already admin (at line 9); a user holds one access level per project',
    ]);
    expect(await problemsOf(project('members: [erin@acme.com]', 'commenter: [erin@acme.com]'))).toEqual([
      'f.yaml:10:23: erin@acme.com would be commenter here but is already a member (at line 9); a user holds one access level per project',
    ]);
  });

  it('refuses a team in two lists', async () => {
    expect(await problemsOf(project('admin: [team:Design]', 'commenter: [team:Design]'))).toEqual([
      'f.yaml:10:23: team:Design would be commenter here but is already admin (at line 9); a member holds one access level per project',
    ]);
  });

  it('refuses a level a project does not have, and an unknown level key with a suggestion', async () => {
    expect(await problemsOf(project('viewer: [erin@acme.com]'))).toEqual([
      'f.yaml:9:11: "viewer" is not allowed in project (a project\'s access levels are admin, editor, commenter)',
    ]);
    expect(await problemsOf(project('editors: [erin@acme.com]'))).toEqual(['f.yaml:9:11: unknown key "editors" in project (did you mean "editor"?)']);
  });
});

describe('levels and teams where they do not belong', () => {
  it('a level list on a team or a workspace is refused at its key, with what that place accepts', async () => {
    expect(await problemsOf(file('      teams:', '        - team: Platform', '          editor: [erin@acme.com]'))).toEqual([
      'f.yaml:9:11: "editor" is not allowed in team (a team has no access levels: list its users under members)',
    ]);
    expect(await problemsOf(file('      admin: [erin@acme.com]'))).toEqual([
      'f.yaml:7:7: "admin" is not allowed in workspace (a workspace has no access levels: list its users under members)',
    ]);
  });

  it("team: in a team's or a workspace's own members is refused at the entry", async () => {
    expect(await problemsOf(file('      teams:', '        - team: Platform', '          members: [erin@acme.com, team:Design]'))).toEqual([
      "f.yaml:9:36: team:Design: a team cannot be a member of a team; teams are members of projects, portfolios and goals only (in their level lists or members)",
    ]);
    expect(await problemsOf(file('      members: [team:Design]'))).toEqual([
      "f.yaml:7:17: team:Design: a team cannot be a member of a workspace; teams are members of projects, portfolios and goals only (in their level lists or members)",
    ]);
  });

  it('a member that is no email, group or team is refused with the forms allowed', async () => {
    expect(await problemsOf(project('editor: [design-team]'))).toEqual(['f.yaml:9:20: "design-team" is not an email address, group:NAME, or team:NAME']);
  });
});
