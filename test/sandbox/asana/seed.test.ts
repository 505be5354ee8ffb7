import { describe, expect, it } from 'vitest';
import { asanaWorld, buildWorld, DEFAULT_ME, DEFAULT_TOKEN, type World } from '../../support/sandbox.js';
import { acmeDesired, place } from '../helpers.js';

const byName = <T extends { name: string }>(m: Map<string, T>, name: string): T => {
  const found = [...m.values()].filter((x) => x.name === name);
  if (found.length !== 1) throw new Error(`${found.length} objects named ${name}`);
  return found[0]!;
};
const userGid = (w: World, email: string): string => [...asanaWorld(w).users.values()].find((u) => u.email === email)!.gid;
const allGids = (w: World): string[] => [
  ...asanaWorld(w).users.keys(),
  ...asanaWorld(w).workspaces.keys(),
  ...asanaWorld(w).teams.keys(),
  ...asanaWorld(w).projects.keys(),
  ...[...asanaWorld(w).workspaces.values()].flatMap((ws) => [...ws.members.values()].map((m) => m.membershipGid)),
  ...[...asanaWorld(w).teams.values()].flatMap((t) => [...t.members.values()].map((m) => m.membershipGid)),
  ...[...asanaWorld(w).projects.values()].flatMap((p) => [...p.members.values()].map((m) => m.membershipGid)),
];

describe('buildWorld (the seed)', () => {
  it('is deterministic: the same seed gives the same world and the same gids', () => {
    const a = buildWorld(acmeDesired(), { users: [{ email: 'erin@acme.com' }] });
    const b = buildWorld(acmeDesired(), { users: [{ email: 'erin@acme.com' }] });
    expect(a).toEqual(b);
    expect(allGids(a)).toEqual(allGids(b));
  });

  it('hands out distinct numeric-string gids', () => {
    const w = buildWorld(acmeDesired(), { workspaces: [{ workspace: 'Acme Corp', teams: [{ name: 'X' }, { name: 'X' }] }] });
    const gids = allGids(w);
    for (const g of gids) expect(g).toMatch(/^[1-9][0-9]{15}$/);
    expect(new Set(gids).size).toBe(gids.length);
  });

  it('keeps a user gid stable when unrelated parts of the seed change', () => {
    const a = buildWorld(acmeDesired());
    const b = buildWorld(acmeDesired(), { users: [{ email: 'zed@acme.com' }] });
    expect(userGid(a, 'alice@acme.com')).toBe(userGid(b, 'alice@acme.com'));
  });

  it('creates every workspace, team, project and user the file names, with those memberships', () => {
    const w = buildWorld(acmeDesired());
    const ws = byName(asanaWorld(w).workspaces, 'Acme Corp');
    const team = byName(asanaWorld(w).teams, 'Platform');
    const roadmap = byName(asanaWorld(w).projects, 'Roadmap 2027');
    const website = byName(asanaWorld(w).projects, 'Website');
    expect(team.workspaceGid).toBe(ws.gid);
    expect(roadmap.teamGid).toBe(team.gid);
    expect(website.teamGid).toBeNull();
    expect(website.workspaceGid).toBe(ws.gid);
    for (const e of ['alice@acme.com', 'bob@acme.com', 'carol@acme.com', 'dan@acme.com']) {
      expect(ws.members.has(userGid(w, e))).toBe(true);
    }
    expect([...team.members.keys()]).toEqual(expect.arrayContaining([userGid(w, 'carol@acme.com'), userGid(w, 'dan@acme.com')]));
    expect([...roadmap.members.keys()]).toEqual([userGid(w, 'carol@acme.com')]);
    expect([...website.members.keys()]).toEqual([userGid(w, 'bob@acme.com')]);
  });

  it('makes a team or project member a member of the workspace even if the file left it implicit', () => {
    const W = 'asana/workspace:W';
    const w = buildWorld({
      files: [],
      places: [place('workspace', W, 'W', []), place('team', `${W}/team:T`, 'T', ['tina@w.io'], W)],
    });
    expect(byName(asanaWorld(w).workspaces, 'W').members.has(userGid(w, 'tina@w.io'))).toBe(true);
  });

  it('makes `me` (default gatehouse-bot@sandbox.invalid) a member of every workspace and team, with token sandbox-token', () => {
    const w = buildWorld(acmeDesired(), { workspaces: [{ workspace: 'Acme Corp', teams: [{ name: 'Extra' }] }] });
    expect(w.token).toBe(DEFAULT_TOKEN);
    expect(asanaWorld(w).users.get(asanaWorld(w).meGid)?.email).toBe(DEFAULT_ME);
    for (const ws of asanaWorld(w).workspaces.values()) expect(ws.members.get(asanaWorld(w).meGid)?.isGuest).toBe(false);
    for (const t of asanaWorld(w).teams.values()) expect(t.members.has(asanaWorld(w).meGid)).toBe(true);
  });

  it('honours token, me, users (in no workspace), gids, is_organization, email_domains and extra teams/projects', () => {
    const w = buildWorld(acmeDesired(), {
      token: 't0k',
      me: 'robot@acme.com',
      users: [{ email: 'Erin@Acme.com', name: 'Erin E.' }],
      workspaces: [
        {
          workspace: 'Acme Corp',
          gid: '42',
          is_organization: false,
          email_domains: ['acme.com', 'acme.io'],
          teams: [{ name: 'Platform' }, { name: 'Design', gid: '77' }],
          projects: [{ name: 'Roadmap 2027', team: 'Design' }, { name: 'Loose' }],
        },
      ],
    });
    expect(w.token).toBe('t0k');
    expect(asanaWorld(w).users.get(asanaWorld(w).meGid)?.email).toBe('robot@acme.com');
    const erin = [...asanaWorld(w).users.values()].find((u) => u.email === 'erin@acme.com');
    expect(erin?.name).toBe('Erin E.');
    for (const ws of asanaWorld(w).workspaces.values()) expect(ws.members.has(erin!.gid)).toBe(false);
    const ws = asanaWorld(w).workspaces.get('42');
    expect(ws?.isOrganization).toBe(false);
    expect(ws?.emailDomains).toEqual(['acme.com', 'acme.io']);
    expect([...asanaWorld(w).teams.values()].filter((t) => t.name === 'Platform')).toHaveLength(2);
    expect(asanaWorld(w).teams.get('77')?.name).toBe('Design');
    const roadmaps = [...asanaWorld(w).projects.values()].filter((p) => p.name === 'Roadmap 2027');
    expect(roadmaps.map((p) => p.teamGid)).toContain('77');
    expect(roadmaps).toHaveLength(2);
  });

  it('defaults email_domains to the domains of the seeded members, and is_organization to true', () => {
    const W = 'asana/workspace:W';
    const w = buildWorld({
      files: [],
      places: [place('workspace', W, 'W', ['a@b.io', 'c@d.org']), place('team', `${W}/team:T`, 'T', ['e@f.net'], W)],
    });
    const ws = byName(asanaWorld(w).workspaces, 'W');
    expect(ws.isOrganization).toBe(true);
    expect(ws.emailDomains).toEqual(['b.io', 'd.org', 'f.net']);
  });

  it('marks the `inactive` emails of a workspace as members whose membership is not active, making them members if needed', () => {
    const w = buildWorld(acmeDesired(), { workspaces: [{ workspace: 'Acme Corp', inactive: ['Bob@Acme.com', 'gone@acme.com'] }] });
    const ws = byName(asanaWorld(w).workspaces, 'Acme Corp');
    const active = (email: string): boolean | undefined => ws.members.get(userGid(w, email))?.isActive;
    expect(active('bob@acme.com')).toBe(false);
    expect(active('gone@acme.com')).toBe(false);
    expect(active('alice@acme.com')).toBe(true);
    expect(ws.members.get(asanaWorld(w).meGid)?.isActive).toBe(true);
  });

  it('derives user names from emails and keeps users global (one gid per email across workspaces)', () => {
    const A = 'asana/workspace:A';
    const B = 'asana/workspace:B';
    const w = buildWorld({
      files: [],
      places: [place('workspace', A, 'A', ['mary.jane@x.io']), place('workspace', B, 'B', ['mary.jane@x.io'])],
    });
    const users = [...asanaWorld(w).users.values()].filter((u) => u.email === 'mary.jane@x.io');
    expect(users).toHaveLength(1);
    expect(users[0]?.name).toBe('Mary Jane');
  });

  it('gives an object named by gid in the file that gid', () => {
    const W = 'asana/workspace:W';
    const w = buildWorld({
      files: [],
      places: [place('workspace', W, 'W', []), place('project', `${W}/project:1209876543210`, '1209876543210', [], W)],
    });
    expect(asanaWorld(w).projects.get('1209876543210')).toBeDefined();
  });

  it('refuses a seed whose gids collide, or whose project names a missing team', () => {
    expect(() =>
      buildWorld(acmeDesired(), { workspaces: [{ workspace: 'Acme Corp', gid: '5', teams: [{ name: 'T', gid: '5' }] }] }),
    ).toThrow(/already used/);
    expect(() =>
      buildWorld(acmeDesired(), { workspaces: [{ workspace: 'Acme Corp', projects: [{ name: 'P', team: 'Nope' }] }] }),
    ).toThrow(/no team named "Nope"/);
  });
});
