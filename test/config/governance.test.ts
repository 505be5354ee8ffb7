/** `until:` on member entries and the top-level `revoked:` list, as the loader reads and refuses them. */
import { describe, expect, it } from 'vitest';
import { fixture, loadText, problems, problemsOf, yaml } from './helpers.js';

const asana = (...members: string[]) => ['asana:', '  workspaces:', '    - workspace: Acme', '      members:', ...members.map((m) => `        - ${m}`)];

describe('until: on member entries', () => {
  it('a mapping entry grants until its day; the reason carries the day and the user column', async () => {
    const { desired } = await loadText(yaml('version: 1', ...asana('alice@acme.com', '{ user: dave@contractor.io, until: 2027-03-31 }')));
    const members = desired.places[0]!.members;
    expect(members.map((m) => [m.email, m.reasons])).toEqual([
      ['alice@acme.com', [{ kind: 'listed', file: expect.stringMatching(/gatehouse\.yaml$/), line: 6, col: 11 }]],
      ['dave@contractor.io', [{ kind: 'listed', file: expect.stringMatching(/gatehouse\.yaml$/), line: 7, col: 19, until: '2027-03-31' }]],
    ]);
  });

  it('a group entry with until ends every member of the group, at the earlier of its day and the day inside the group', async () => {
    const { desired } = await loadText(
      yaml(
        'version: 1',
        'groups:',
        '  interns: [ian@acme.com, { user: ivy@acme.com, until: 2027-01-31 }, { user: ida@acme.com, until: 2028-01-01 }]',
        ...asana('{ user: group:interns, until: 2027-08-31 }'),
      ),
    );
    expect(desired.places[0]!.members.map((m) => [m.email, m.reasons[0]!.until])).toEqual([
      ['ian@acme.com', '2027-08-31'],
      ['ida@acme.com', '2027-08-31'],
      ['ivy@acme.com', '2027-01-31'],
    ]);
  });

  it('a user a group reaches twice ends on the later day (one path keeps them longer)', async () => {
    const { desired } = await loadText(
      yaml('version: 1', 'groups:', '  a: [{ user: ian@acme.com, until: 2027-01-31 }]', '  b: [{ user: ian@acme.com, until: 2027-05-31 }]', '  both: [group:a, group:b]', ...asana('group:both')),
    );
    expect(desired.places[0]!.members[0]!.reasons[0]!.until).toBe('2027-05-31');
  });

  it('a team grant that ends also ends the workspace membership it implies', async () => {
    const { desired } = await loadText(
      yaml('version: 1', 'asana:', '  workspaces:', '    - workspace: Acme', '      teams:', '        - team: Platform', '          members: [{ user: dave@contractor.io, until: 2027-03-31 }]'),
    );
    expect(desired.places[0]!.members).toEqual([{ email: 'dave@contractor.io', reasons: [{ kind: 'implied', by: 'team Platform', until: '2027-03-31' }] }]);
  });

  it('Dreadnode permission lists take ending entries too', async () => {
    const { desired } = await loadText(
      yaml('version: 1', 'dreadnode:', '  organizations:', '    - org: acme', '      workspaces:', '        - workspace: red-team', '          reader: [{ user: dave@contractor.io, until: 2027-03-31 }]'),
    );
    expect(desired.places[0]!.members).toEqual([expect.objectContaining({ email: 'dave@contractor.io', role: 'reader', reasons: [expect.objectContaining({ until: '2027-03-31' })] })]);
  });

  it('refuses a day that does not exist, a day not written YYYY-MM-DD, and a mapping without user, each at its line', async () => {
    expect(
      await problemsOf(yaml('version: 1', ...asana('{ user: eve@acme.com, until: 2027-02-30 }', '{ user: x@acme.com, until: tomorrow }', '{ usr: y@acme.com, until: 2027-01-01 }', '{ user: z@acme.com }'))),
    ).toEqual([
      'f.yaml:6:19: until: 2027-02-30 for eve@acme.com is not a real day (write YYYY-MM-DD, such as 2027-03-31)',
      expect.stringMatching(/^f\.yaml:7:38: "tomorrow" does not have the expected form/),
      'f.yaml:8:11: asana.workspaces[0].members[2] entry needs "user"',
      'f.yaml:8:13: unknown key "usr" in asana.workspaces[0].members[2] (did you mean "user"?)',
      'f.yaml:9:11: asana.workspaces[0].members[3] entry needs "until"',
    ]);
  });

  it('refuses until on a protected entry: protected users never expire', async () => {
    expect(await problemsOf(yaml('version: 1', 'protected:', '  - { user: pat@acme.com, until: 2027-01-01 }', ...asana('a@acme.com')))).toEqual([
      'f.yaml:3:13: pat@acme.com has until: 2027-01-01 in protected:, which never removes them, so they cannot expire; write the plain entry',
    ]);
  });
});

describe('revoked:', () => {
  it('lists users by email or through a group, sorted, each with where it was written', async () => {
    const { desired } = await loadText(yaml('version: 1', 'groups:', '  leavers: [bob@acme.com]', 'revoked: [Dana@acme.com, group:leavers]', ...asana('a@acme.com')));
    expect(desired.revoked).toEqual([
      { email: 'bob@acme.com', source: expect.objectContaining({ line: 4, col: 26 }), via: 'group:leavers' },
      { email: 'dana@acme.com', source: expect.objectContaining({ line: 4, col: 11 }) },
    ]);
  });

  it('refuses a revoked user still listed at a place, directly or through a group, naming both lines', async () => {
    const dir = await fixture({
      'people.yaml': yaml('version: 1', 'groups:', '  platform: [dana@acme.com]', 'revoked:', '  - dana@acme.com'),
      'work.yaml': yaml('version: 1', ...asana('dana@acme.com', 'group:platform')),
    });
    expect(await problems(dir)).toEqual([
      'work.yaml:6:11: dana@acme.com is listed in workspace "Acme" but revoked at people.yaml:5:5; take them out of this list, or off revoked:',
      'work.yaml:7:11: dana@acme.com (through group:platform) is listed in workspace "Acme" but revoked at people.yaml:5:5; take them out of this list, or off revoked:',
    ]);
  });

  it('refuses a revoked user who is protected, and until on a revoked entry', async () => {
    expect(await problemsOf(yaml('version: 1', 'protected: [dana@acme.com]', 'revoked: [dana@acme.com, { user: bob@acme.com, until: 2027-01-01 }]', ...asana('a@acme.com')))).toEqual([
      'f.yaml:3:11: dana@acme.com is revoked but protected at line 2; a protected user is never removed, so take them off one of the two lists',
      'f.yaml:3:34: bob@acme.com has until: 2027-01-01 in revoked:, which takes them out at once; write the plain entry',
    ]);
  });

  it('checks the characters of revoked emails like any other', async () => {
    const [problem] = await problemsOf(yaml('version: 1', 'revoked: [d\u0430na@acme.com]', ...asana('a@acme.com')));
    expect(problem).toMatch(/^f\.yaml:2:12: .*U\+0430 CYRILLIC SMALL LETTER A/);
  });
});
