import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSeed } from '../../../src/pipeline/index.js';
import { asanaWorld, buildWorld, DEFAULT_ME, DEFAULT_TOKEN, type World } from '../../support/sandbox.js';
import { acmeDesired, place, SERVICE_TOKEN, sharedDesired, sharedSection } from '../helpers.js';

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
  ...asanaWorld(w).portfolios.keys(),
  ...asanaWorld(w).goals.keys(),
  ...[...asanaWorld(w).portfolios.values(), ...asanaWorld(w).goals.values()].flatMap((p) =>
    [...p.members.values(), ...p.teamMembers.values()].map((m) => m.membershipGid),
  ),
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

  it('is deterministic with portfolios, goals and the service account too, all gids distinct', () => {
    const a = buildWorld(sharedDesired(), sharedSection());
    expect(a).toEqual(buildWorld(sharedDesired(), sharedSection()));
    const gids = allGids(a);
    expect(new Set(gids).size).toBe(gids.length);
  });

  it('creates the file’s portfolios and goals in their workspace, owned by me, with their members at the levels asked', () => {
    const w = buildWorld(sharedDesired());
    const ws = byName(asanaWorld(w).workspaces, 'Acme Corp');
    const q1 = byName(asanaWorld(w).portfolios, 'Q1 Bets');
    const grow = byName(asanaWorld(w).goals, 'Grow');
    expect([q1.kind, q1.workspaceGid, q1.ownerGid]).toEqual(['portfolio', ws.gid, asanaWorld(w).meGid]);
    expect([grow.kind, grow.workspaceGid]).toEqual(['goal', ws.gid]);
    // Guessed defaults: a portfolio's lowest level, and the level a goal's member added without one gets.
    expect([q1.defaultAccessLevel, grow.defaultAccessLevel]).toEqual(['viewer', 'commenter']);
    expect([...q1.members].map(([g, m]) => [g, m.accessLevel])).toEqual([[userGid(w, 'alice@acme.com'), 'admin']]);
    const platform = byName(asanaWorld(w).teams, 'Platform');
    expect([...q1.teamMembers].map(([g, m]) => [g, m.accessLevel])).toEqual([[platform.gid, 'viewer']]);
    expect([...grow.members].map(([g, m]) => [g, m.accessLevel])).toEqual([[userGid(w, 'bob@acme.com'), 'commenter']]);
  });

  it('makes a portfolio or goal member a member of the workspace; a gid written as ref becomes its gid', () => {
    const W = 'asana/workspace:W';
    const w = buildWorld({
      files: [],
      places: [
        place('workspace', W, 'W', []),
        place('portfolio', `${W}/portfolio:1209876543210`, '1209876543210', ['pat@w.io=editor'], W),
        place('goal', `${W}/goal:1209876543211`, '1209876543211', ['gus@w.io=viewer', 'team:Ghosts=admin'], W),
      ],
    });
    const ws = byName(asanaWorld(w).workspaces, 'W');
    expect(ws.members.has(userGid(w, 'pat@w.io'))).toBe(true);
    expect(ws.members.has(userGid(w, 'gus@w.io'))).toBe(true);
    expect(asanaWorld(w).portfolios.get('1209876543210')?.members.get(userGid(w, 'pat@w.io'))?.accessLevel).toBe('editor');
    const goal = asanaWorld(w).goals.get('1209876543211')!;
    expect(goal.members.get(userGid(w, 'gus@w.io'))?.accessLevel).toBe('viewer');
    // A team the file names that does not exist is made, and shares the goal.
    expect(goal.teamMembers.get(byName(asanaWorld(w).teams, 'Ghosts').gid)?.accessLevel).toBe('admin');
  });

  it('creates the sandbox section’s portfolios and goals; an owner email becomes a user, in no workspace', () => {
    const w = buildWorld(sharedDesired(), sharedSection());
    const board = byName(asanaWorld(w).portfolios, 'Board');
    const boss = userGid(w, 'boss@acme.com');
    expect([board.ownerGid, board.defaultAccessLevel]).toEqual([boss, 'viewer']);
    for (const ws of asanaWorld(w).workspaces.values()) expect(ws.members.has(boss)).toBe(false);
    expect(asanaWorld(w).portfolios.get('4242')).toMatchObject({ name: 'Ops', defaultAccessLevel: 'editor', ownerGid: asanaWorld(w).meGid });
    expect(byName(asanaWorld(w).goals, 'Hire').defaultAccessLevel).toBe('viewer');
    expect(byName(asanaWorld(w).portfolios, 'Side P').workspaceGid).toBe(byName(asanaWorld(w).workspaces, 'Side').gid);
  });

  it('a file’s portfolio named like one of the section’s (by name or gid) is that one, with its owner and level', () => {
    const W = 'asana/workspace:Acme Corp';
    const w = buildWorld(
      {
        files: [],
        places: [
          place('workspace', W, 'Acme Corp', []),
          place('portfolio', `${W}/portfolio:Board`, 'Board', ['ann@acme.com'], W),
          place('portfolio', `${W}/portfolio:4000000000000001`, '4000000000000001', ['ben@acme.com'], W),
          place('goal', `${W}/goal:Hire`, 'Hire', ['cat@acme.com'], W),
        ],
      },
      {
        workspaces: [
          {
            workspace: 'Acme Corp',
            portfolios: [{ name: 'Board', owner: 'ceo@acme.com', default_access_level: 'editor' }, { name: 'Pack', gid: '4000000000000001', owner: 'ceo@acme.com' }],
            goals: [{ name: 'Hire', default_access_level: 'admin' }],
          },
        ],
      },
    );
    const portfolios = [...asanaWorld(w).portfolios.values()];
    expect(portfolios.map((p) => [p.name, p.ownerGid === userGid(w, 'ceo@acme.com')])).toEqual([['Board', true], ['Pack', true]]);
    expect([...byName(asanaWorld(w).portfolios, 'Board').members.values()].map((m) => m.accessLevel)).toEqual(['editor']);
    expect(asanaWorld(w).portfolios.get('4000000000000001')!.members.has(userGid(w, 'ben@acme.com'))).toBe(true);
    expect(asanaWorld(w).goals.size).toBe(1);
    expect([...byName(asanaWorld(w).goals, 'Hire').members.values()].map((m) => m.accessLevel)).toEqual(['admin']);
  });

  it('refuses a level the place’s kind does not have', () => {
    const W = 'asana/workspace:W';
    const seed = (kind: 'portfolio' | 'project', member: string) =>
      buildWorld({ files: [], places: [place('workspace', W, 'W', []), place(kind, `${W}/${kind}:P`, 'P', [member], W)] });
    expect(() => seed('portfolio', 'a@w.io=commenter')).toThrow('sandbox seed: portfolio P: "commenter" is not a portfolio access level (one of admin, editor, viewer)');
    expect(() => seed('project', 'a@w.io=viewer')).toThrow(/"viewer" is not a project access level/);
  });

  it('service_account_token: a second token the world accepts, with its own user in no workspace', () => {
    const w = buildWorld(acmeDesired(), { service_account_token: SERVICE_TOKEN });
    const aw = asanaWorld(w);
    expect(aw.moreTokens).toEqual([SERVICE_TOKEN]);
    const sa = aw.users.get(aw.serviceAccount!.userGid)!;
    expect([sa.email, sa.name, aw.serviceAccount!.token]).toEqual(['service-account@sandbox.invalid', 'Service Account', SERVICE_TOKEN]);
    expect(sa.gid).not.toBe(aw.meGid);
    for (const ws of aw.workspaces.values()) expect(ws.members.has(sa.gid)).toBe(false);
    for (const t of aw.teams.values()) expect(t.members.has(sa.gid)).toBe(false);
    expect(asanaWorld(buildWorld(acmeDesired())).serviceAccount).toBeNull();
    expect(() => buildWorld(acmeDesired(), { token: 'same', service_account_token: 'same' })).toThrow(/must differ/);
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

describe('a seed file with portfolios, goals and a service account token', () => {
  it('seeds them from YAML: levels by list, team shares, owner, extras and the second token', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gatehouse-asana-seed-'));
    try {
      const file = join(dir, 'seed.yaml');
      await writeFile(
        file,
        `version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      teams:
        - team: Design
          members: [dan@acme.com]
      portfolios:
        - portfolio: Q1 Bets
          admin: [alice@acme.com]
          viewer: [team:Design]
          members: [bob@acme.com]
      goals:
        - goal: Grow ARR
          commenter: [carol@acme.com]
sandbox:
  service_account_token: sa-secret
  workspaces:
    - workspace: Acme Corp
      portfolios:
        - { name: Board Pack, gid: "4000000000000001", owner: ceo@acme.com }
      goals:
        - { name: Hire, default_access_level: editor }
`,
      );
      const { desired, sandbox } = await loadSeed(file);
      const w = asanaWorld(buildWorld(desired, sandbox));
      const levels = (p: { members: Map<string, { accessLevel: string }> }) =>
        Object.fromEntries([...p.members].map(([g, m]) => [w.users.get(g)!.email, m.accessLevel]));
      const q1 = byName(w.portfolios, 'Q1 Bets');
      expect(levels(q1)).toEqual({ 'alice@acme.com': 'admin', 'bob@acme.com': 'viewer' });
      expect([...q1.teamMembers].map(([g, m]) => [w.teams.get(g)!.name, m.accessLevel])).toEqual([['Design', 'viewer']]);
      expect(q1.ownerGid).toBe(w.meGid);
      expect(levels(byName(w.goals, 'Grow ARR'))).toEqual({ 'carol@acme.com': 'commenter' });
      expect(w.portfolios.get('4000000000000001')).toMatchObject({ name: 'Board Pack', ownerGid: w.gidByEmail.get('ceo@acme.com') });
      expect(byName(w.goals, 'Hire').defaultAccessLevel).toBe('editor');
      const ws = byName(w.workspaces, 'Acme Corp');
      for (const email of ['alice@acme.com', 'bob@acme.com', 'carol@acme.com']) expect(ws.members.get(w.gidByEmail.get(email)!)?.isActive).toBe(true);
      expect([w.moreTokens, w.serviceAccount?.token]).toEqual([['sa-secret'], 'sa-secret']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
