import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { singleFile } from '../../src/export/layout.js';
import type { AsanaDiscovery } from '../../src/providers/asana/discover.js';
import { asana, dreadnode, project, sections, workspace } from './builders.js';
import type { DreadnodeDiscovery } from '../../src/providers/dreadnode/discover.js';

const SCHEMA = '../schemas/gatehouse.schema.json';

const render = (a: AsanaDiscovery | undefined, d?: DreadnodeDiscovery): string => singleFile(sections(a, d), SCHEMA);

interface Parsed {
  asana?: { workspaces: { workspace: string; members?: string[]; teams?: { team: string; members: string[]; projects?: { project: string; members: string[] }[] }[]; projects?: { project: string; members: string[] }[] }[] };
  dreadnode?: { organizations: { org: string; workspaces?: Record<string, unknown>[] }[] };
}
const data = (text: string): Parsed => parse(text) as Parsed;

/** The line of `text` that holds `needle`. */
const lineWith = (text: string, needle: string): string => text.split('\n').find((l) => l.includes(needle)) ?? '';

const acme = () =>
  workspace({
    gid: '100',
    name: 'Acme',
    users: [
      { gid: '1', email: 'zoe@acme.com' },
      { gid: '2', email: 'Bob@Acme.COM' },
      { gid: '3', email: 'amy@acme.com' },
    ],
    teams: [
      { gid: '20', name: 'Zeta', members: ['1', '2'] },
      { gid: '21', name: 'Alpha', members: ['3', '1'], projects: [project('31', 'Roadmap', ['2', '3'])] },
    ],
    projects: [project('30', 'Handbook', ['1'])],
  });

afterEach(() => {
  vi.useRealTimers();
});

describe('export YAML', () => {
  it('orders workspaces, teams, projects by name then gid, and members by email', () => {
    const b = workspace({ gid: '10', name: 'Beta', users: [{ gid: '4', email: 'x@b.com' }] });
    const a2 = workspace({
      gid: '200',
      name: 'Acme',
      users: [{ gid: '5', email: 'y@a.com' }],
      teams: [
        { gid: '40', name: 'same', members: [] },
        { gid: '9', name: 'same', members: [] },
        { gid: '41', name: 'alpha', members: [] },
        { gid: '42', name: 'Alpha', members: [] },
      ],
    });
    const parsed = data(render(asana([b, acme(), a2])));
    const ws = parsed.asana!.workspaces;
    // Two workspaces named Acme: by gid (100 before 200), written by gid; Beta by name.
    expect(ws.map((w) => w.workspace)).toEqual(['100', '200', 'Beta']);
    expect(ws[0]!.teams!.map((t) => t.team)).toEqual(['Alpha', 'Zeta']);
    // Code-unit order ("A" before "a", whatever the locale); equal names by numeric gid (9 before 40).
    expect(ws[1]!.teams!.map((t) => t.team)).toEqual(['Alpha', 'alpha', '9', '40']);
    expect(ws[0]!.members).toEqual(['amy@acme.com', 'bob@acme.com', 'zoe@acme.com']);
    expect(ws[0]!.teams![0]!.members).toEqual(['amy@acme.com', 'zoe@acme.com']);
    expect(ws[0]!.teams![0]!.projects).toEqual([{ project: 'Roadmap', members: ['amy@acme.com', 'bob@acme.com'] }]);
    expect(ws[0]!.projects).toEqual([{ project: 'Handbook', members: ['zoe@acme.com'] }]);
  });

  it('writes emails in lower case', () => {
    const text = render(asana([acme()]));
    expect(text).toContain('- bob@acme.com');
    expect(text).not.toMatch(/Bob@/);
  });

  it('writes gids where a name is ambiguous in its list, with the name in a comment', () => {
    const ws = workspace({
      gid: '100',
      name: 'Acme',
      users: [{ gid: '1', email: 'a@acme.com' }],
      teams: [
        { gid: '11', name: 'Platform', members: ['1'] },
        { gid: '12', name: 'Platform', members: [] },
        { gid: '13', name: 'Design', members: [], projects: [project('50', 'Plan'), project('51', 'Q3')] },
      ],
      // "Plan" is also a project of team Design: ambiguous in the workspace's list, not in the team's.
      projects: [project('52', 'Plan'), project('53', '13'), project('54', '')],
    });
    const text = render(asana([ws]));
    const teams = data(text).asana!.workspaces[0]!.teams!;
    expect(teams.map((t) => t.team)).toEqual(['Design', '11', '12']);
    expect(lineWith(text, '"11"')).toMatch(/# Platform \(2 teams have this name\)$/);
    expect(lineWith(text, '"12"')).toMatch(/# Platform \(2 teams have this name\)$/);
    expect(teams[0]!.projects!.map((p) => p.project)).toEqual(['Plan', 'Q3']);
    const own = data(text).asana!.workspaces[0]!.projects!.map((p) => p.project);
    // By name then gid: "" (54), "13" (53, a name that is a team's gid but no project's), "Plan" (52, ambiguous).
    expect(own).toEqual(['54', '13', '52']);
    expect(lineWith(text, '"52"')).toMatch(/# Plan \(2 projects have this name\)$/);
    expect(lineWith(text, '"54"')).toMatch(/# \(a project with no name\)$/);
  });

  it('writes the gid when a name is another entry\'s gid in the same list', () => {
    const ws = workspace({
      gid: '100',
      name: 'Acme',
      users: [],
      teams: [
        { gid: '7', name: 'Seven', members: [] },
        { gid: '8', name: '7', members: [] },
      ],
    });
    const text = render(asana([ws]));
    expect(data(text).asana!.workspaces[0]!.teams!.map((t) => t.team)).toEqual(['8', 'Seven']);
    expect(lineWith(text, 'team: "8"')).toContain("# 7 (this name is another team's gid)");
  });

  it('marks guests and the token\'s own user with a trailing comment; inactive workspace members are a comment, not listed', () => {
    const ws = workspace({
      gid: '100',
      name: 'Acme',
      users: [
        { gid: '1', email: 'bot@acme.com' },
        { gid: '2', email: 'guest@other.com', guest: true },
        { gid: '3', email: 'new@acme.com', inactive: true },
        { gid: '4', email: 'both@other.com', guest: true, inactive: true },
        { gid: '5', email: 'plain@acme.com' },
      ],
      teams: [{ gid: '20', name: 'T', members: ['2', '5', '3'] }],
    });
    const text = render(asana([ws], '1'));
    expect(lineWith(text, 'bot@acme.com')).toMatch(/- bot@acme\.com # the token's own user$/);
    // Listed, an inactive member would be planned as a reactivation; so the workspace's list leaves them out.
    expect(data(text).asana!.workspaces[0]!.members).not.toContain('new@acme.com');
    expect(lineWith(text, 'new@acme.com')).toMatch(/#   new@acme\.com \(inactive: listing them would make them active again\)$/);
    expect(lineWith(text, 'both@other.com')).toMatch(/#   both@other\.com \(inactive: listing them would make them active again\)$/);
    // Nor does a team's (a team member is a workspace member too).
    expect(data(text).asana!.workspaces[0]!.teams![0]!.members).toEqual(['guest@other.com', 'plain@acme.com']);
    expect(lineWith(text, 'plain@acme.com')).toMatch(/- plain@acme\.com$/);
    // In every list the user appears in.
    expect(text.split('\n').filter((l) => l.includes('guest@other.com # guest'))).toHaveLength(2);
  });

  it('lists members it cannot write in a comment, and leaves them out of the list', () => {
    const ws = workspace({
      gid: '100',
      name: 'Acme',
      users: [
        { gid: '1', email: 'a@acme.com' },
        { gid: '2', name: 'No Mail' },
        { gid: '3', email: 'root@localhost', name: 'Local' },
      ],
      teams: [{ gid: '20', name: 'Hidden', members: ['2'] }],
    });
    const text = render(asana([ws]));
    const parsed = data(text).asana!.workspaces[0]!;
    expect(parsed.members).toEqual(['a@acme.com']);
    expect(parsed.teams![0]!.members).toEqual([]);
    expect(text).toContain('# Live members not written (the file cannot name them): 2');
    expect(text).toContain('#   gid 2 No Mail (no visible email)');
    expect(text).toContain('#   gid 3 Local (email "root@localhost" is not one the file format accepts)');
    // The empty team list carries its own comment.
    const teamPart = text.slice(text.indexOf('team: Hidden'));
    expect(teamPart).toMatch(/# Live members not written \(the file cannot name them\): 1\n\s+#   gid 2 No Mail \(no visible email\)\n\s+members: \[\]/);
  });

  it('keeps comments to one line each and free of ##[, whatever a name holds', () => {
    const ws = workspace({
      gid: '100',
      name: 'Acme',
      users: [{ gid: '2', name: 'Evil\nname ##[error]x' }],
      teams: [
        { gid: '20', name: 'Dup\r\nteam', members: [] },
        { gid: '21', name: 'Dup\r\nteam', members: [] },
      ],
    });
    const text = render(asana([ws]));
    expect(text).not.toContain('##[');
    expect(text).toContain('#   gid 2 Evil\\u000aname #\\u0023[error]x (no visible email)');
    expect(lineWith(text, 'team: "20"')).toContain('# Dup\\u000d\\u000ateam (2 teams have this name)');
    // The names still parse back exactly where they are data.
    expect(data(render(asana([workspace({ gid: '1', name: 'a: b # c', users: [] })]))).asana!.workspaces[0]!.workspace).toBe('a: b # c');
  });

  it('starts with the schema line and says what was exported, without a date', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
    const first = render(asana([acme()]), dreadnode({ acme: { 'red-team': [['a@acme.com', 'owner']] } }));
    vi.setSystemTime(new Date('2040-01-01T00:00:00Z'));
    const second = render(asana([acme()]), dreadnode({ acme: { 'red-team': [['a@acme.com', 'owner']] } }));
    expect(second).toBe(first);
    const lines = first.split('\n');
    expect(lines[0]).toBe(`# yaml-language-server: $schema=${SCHEMA}`);
    expect(first).toContain('#   Asana workspace "Acme" (100): 3 users, 2 teams, 2 projects');
    expect(first).toContain('#   Dreadnode organisation acme: 1 workspace');
    expect(first).not.toMatch(/20[34]\d/);
  });

  it('writes Dreadnode permissions as owner, contributor and reader lists, the name as a comment', () => {
    const d = dreadnode(
      {
        zeta: { w: [['z@z.com', 'reader']] },
        acme: {
          'red-team': [
            ['Carol@Acme.com'.toLowerCase(), 'reader'],
            ['bob@acme.com', 'contributor'],
            ['alice@acme.com', 'owner'],
            ['ann@acme.com', 'owner'],
            ['odd@acme.com', 'admin'],
            ['id:5', 'reader', '5'],
          ],
          empty: [],
        },
      },
      { 'red-team': 'Red Team' },
    );
    const text = render(undefined, d);
    const orgs = data(text).dreadnode!.organizations;
    expect(orgs.map((o) => o.org)).toEqual(['acme', 'zeta']);
    expect(orgs[0]!.workspaces).toEqual([
      { workspace: 'empty' },
      { workspace: 'red-team', owner: ['alice@acme.com', 'ann@acme.com'], contributor: ['bob@acme.com'], reader: ['carol@acme.com'] },
    ]);
    expect(lineWith(text, 'workspace: red-team')).toMatch(/# Red Team$/);
    expect(text).toContain('odd@acme.com (permission "admin" is not owner, contributor or reader)');
    expect(text).toContain('user_id 5 (no email)');
    expect(text).not.toContain('asana:');
  });

  it('gives the same bytes whatever order the API listed things in', () => {
    const users = [
      { gid: '1', email: 'a@x.com' },
      { gid: '2', email: 'b@x.com', guest: true },
      { gid: '3', email: 'c@x.com' },
      { gid: '4' },
    ];
    const teams = [
      { gid: '10', name: 'T', members: ['1', '2', '4'], projects: [project('30', 'P', ['3', '1']), project('31', 'P', ['2'])] },
      { gid: '11', name: 'T', members: ['3'] },
      { gid: '12', name: 'U', members: [] },
    ];
    const projects = [project('32', 'W', ['1', '2']), project('33', 'V', [])];
    const expected = render(asana([workspace({ gid: '100', name: 'X', users, teams, projects })]));
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        const shuffle = <T>(xs: readonly T[]): T[] => fc.sample(fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length }), { seed, numRuns: 1 })[0]!;
        const ws = workspace({
          gid: '100',
          name: 'X',
          users: shuffle(users),
          members: shuffle(['1', '2', '3', '4']),
          teams: shuffle(teams).map((t) => ({ ...t, members: shuffle(t.members), projects: shuffle(t.projects ?? []).map((p) => ({ ...p, members: shuffle(p.members) })) })),
          projects: shuffle(projects),
        });
        expect(render(asana([ws]))).toBe(expected);
      }),
      { numRuns: 50 },
    );
  });
});
