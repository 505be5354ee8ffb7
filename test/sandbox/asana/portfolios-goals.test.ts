/**
 * Portfolios (GET /portfolios oas:24603, GET /portfolios/{gid} oas:25393,
 * addMembers / removeMembers oas:27353, 27733) and goals (GET /goals
 * oas:18958, GET /goals/{gid} oas:17986) over HTTP, with the seed's own
 * token (a personal access token) and the service account's.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asanaWorld, buildWorld, type RunningSandbox, startSandbox } from '../../support/sandbox.js';
import { api, errorMessage, SERVICE_TOKEN, sharedDesired, sharedSection, walk } from '../helpers.js';

const SA = SERVICE_TOKEN;

let sb: RunningSandbox;
let ws: string;
let side: string;
const gid = <T extends { name: string; gid: string }>(m: Map<string, T>, name: string): string => [...m.values()].find((x) => x.name === name)!.gid;
const user = (email: string): string => asanaWorld(sb).gidByEmail.get(email)!;
const names = (a: { body: { data: { name: string }[] } }): string[] => a.body.data.map((x) => x.name);
const asSA = (path: string) => api(sb, 'GET', path, undefined, SA);

beforeAll(async () => {
  sb = await startSandbox(buildWorld(sharedDesired(), sharedSection()));
  ws = gid(asanaWorld(sb).workspaces, 'Acme Corp');
  side = gid(asanaWorld(sb).workspaces, 'Side');
});
afterAll(async () => {
  await sb.close();
});

describe('GET /portfolios', () => {
  it('with the seed token lists only the portfolios its own user owns, as compact records', async () => {
    const a = await api(sb, 'GET', `/portfolios?workspace=${ws}`);
    expect(a.status).toBe(200);
    expect(a.body).toEqual({
      data: [
        { gid: '4242', resource_type: 'portfolio', name: 'Ops' },
        { gid: gid(asanaWorld(sb).portfolios, 'Q1 Bets'), resource_type: 'portfolio', name: 'Q1 Bets' },
      ],
    });
    expect(names(await api(sb, 'GET', `/portfolios?workspace=${side}`))).toEqual(['Side P']);
  });

  it('with the service account token lists every portfolio of the workspace, or those of owner=', async () => {
    expect(names(await asSA(`/portfolios?workspace=${ws}`))).toEqual(['Board', 'Ops', 'Q1 Bets']);
    expect(names(await asSA(`/portfolios?workspace=${ws}&owner=boss@acme.com`))).toEqual(['Board']);
    expect(names(await asSA(`/portfolios?workspace=${ws}&owner=${user('boss@acme.com')}`))).toEqual(['Board']);
    expect(names(await asSA(`/portfolios?workspace=${ws}&owner=nobody@acme.com`))).toEqual([]);
  });

  it('with the seed token, owner= anyone but the caller lists nothing; owner=me lists its own', async () => {
    expect(names(await api(sb, 'GET', `/portfolios?workspace=${ws}&owner=boss@acme.com`))).toEqual([]);
    expect(names(await api(sb, 'GET', `/portfolios?workspace=${ws}&owner=me`))).toEqual(['Ops', 'Q1 Bets']);
  });

  it('answers name and default_access_level when asked (both in the enum)', async () => {
    const a = await asSA(`/portfolios?workspace=${ws}&opt_fields=name,default_access_level`);
    expect(a.body.data.map((p: { name: string; default_access_level: string }) => [p.name, p.default_access_level])).toEqual([
      ['Board', 'viewer'],
      ['Ops', 'editor'],
      ['Q1 Bets', 'viewer'],
    ]);
    expect(a.body.data[0]).toEqual({ gid: expect.any(String), name: 'Board', default_access_level: 'viewer' });
  });

  it('pages with limit/offset like every list', async () => {
    const pages = await walk(sb, `/portfolios?workspace=${ws}`, 1, SA);
    expect(pages.map((p) => [p.status, names(p)])).toEqual([
      [200, ['Board']],
      [200, ['Ops']],
      [200, ['Q1 Bets']],
    ]);
    expect(pages.at(-1)!.body.next_page).toBeNull();
  });

  it('refuses a missing workspace (400), one that is not a gid (400), and an unknown one (404)', async () => {
    const missing = await api(sb, 'GET', '/portfolios');
    expect([missing.status, errorMessage(missing)]).toEqual([400, expect.stringMatching(/^workspace: Missing input/)]);
    expect((await api(sb, 'GET', '/portfolios?workspace=abc')).status).toBe(400);
    expect((await api(sb, 'GET', '/portfolios?workspace=999')).status).toBe(404);
  });
});

describe('GET /portfolios/{gid}', () => {
  it('answers the full record to any token, whoever owns the portfolio', async () => {
    const board = gid(asanaWorld(sb).portfolios, 'Board');
    const a = await api(sb, 'GET', `/portfolios/${board}`);
    expect(a.status).toBe(200);
    expect(a.body.data).toEqual({
      gid: board,
      resource_type: 'portfolio',
      name: 'Board',
      color: expect.any(String),
      start_on: null,
      due_on: null,
      default_access_level: 'viewer',
      created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      created_by: { gid: user('boss@acme.com'), resource_type: 'user', name: 'Boss' },
      custom_field_settings: [],
      current_status_update: null,
      custom_fields: [],
      members: [],
      owner: { gid: user('boss@acme.com'), resource_type: 'user', name: 'Boss' },
      workspace: { gid: ws, resource_type: 'workspace', name: 'Acme Corp' },
      permalink_url: expect.stringMatching(/^https:\/\//),
      public: false,
      privacy_setting: expect.stringMatching(/^(public_to_domain|members_only)$/),
      project_templates: [],
    });
    expect((await asSA(`/portfolios/${board}`)).body.data.name).toBe('Board');
  });

  it('answers name, workspace and default_access_level when asked; the file’s members are its members', async () => {
    const q1 = gid(asanaWorld(sb).portfolios, 'Q1 Bets');
    const a = await api(sb, 'GET', `/portfolios/${q1}?opt_fields=name,workspace,default_access_level,members.email,archived`);
    expect(a.body.data).toEqual({
      gid: q1,
      name: 'Q1 Bets',
      workspace: { gid: ws, resource_type: 'workspace', name: 'Acme Corp' },
      default_access_level: 'viewer',
      members: [{ gid: user('alice@acme.com'), email: 'alice@acme.com' }],
      archived: false,
    });
  });

  it('is 404 for an unknown gid or another object’s, and 400 for a gid that is not one', async () => {
    const roadmap = gid(asanaWorld(sb).projects, 'Roadmap 2027');
    expect((await api(sb, 'GET', '/portfolios/999')).status).toBe(404);
    expect((await api(sb, 'GET', `/portfolios/${roadmap}`)).status).toBe(404);
    expect((await api(sb, 'GET', '/portfolios/abc')).status).toBe(400);
  });
});

describe('GET /goals', () => {
  it('lists a workspace’s goals as compact records (GoalCompact: name and owner), to either token', async () => {
    const a = await api(sb, 'GET', `/goals?workspace=${ws}`);
    expect(a.status).toBe(200);
    expect(a.body.data).toEqual([
      { gid: gid(asanaWorld(sb).goals, 'Hire'), resource_type: 'goal', name: 'Hire', owner: null },
      { gid: gid(asanaWorld(sb).goals, 'Grow'), resource_type: 'goal', name: 'Grow', owner: null },
    ]);
    expect((await asSA(`/goals?workspace=${ws}`)).body).toEqual(a.body);
    expect(names(await api(sb, 'GET', `/goals?workspace=${side}`))).toEqual(['Side G']);
  });

  it('answers default_access_level when asked, and pages', async () => {
    const a = await api(sb, 'GET', `/goals?workspace=${ws}&opt_fields=name,default_access_level`);
    expect(a.body.data.map((g: { name: string; default_access_level: string }) => [g.name, g.default_access_level])).toEqual([
      ['Hire', 'viewer'],
      ['Grow', 'commenter'],
    ]);
    const pages = await walk(sb, `/goals?workspace=${ws}`, 1);
    expect(pages.map(names)).toEqual([['Hire'], ['Grow']]);
  });

  it('is_workspace_level: true keeps every goal (all are workspace-level), false none; it needs workspace', async () => {
    expect(names(await api(sb, 'GET', `/goals?workspace=${ws}&is_workspace_level=true`))).toEqual(['Hire', 'Grow']);
    expect(names(await api(sb, 'GET', `/goals?workspace=${ws}&is_workspace_level=false`))).toEqual([]);
    const team = gid(asanaWorld(sb).teams, 'Platform');
    expect((await api(sb, 'GET', `/goals?team=${team}&is_workspace_level=true`)).status).toBe(400);
    expect((await api(sb, 'GET', `/goals?workspace=${ws}&is_workspace_level=maybe`)).status).toBe(400);
  });

  it('the filters it has no data for (team, supporting portfolio or project) match nothing, after checking the gid', async () => {
    const team = gid(asanaWorld(sb).teams, 'Platform');
    expect(names(await api(sb, 'GET', `/goals?team=${team}`))).toEqual([]);
    expect(names(await api(sb, 'GET', '/goals?portfolio=4242'))).toEqual([]);
    expect(names(await api(sb, 'GET', `/goals?project=${gid(asanaWorld(sb).projects, 'Website')}`))).toEqual([]);
    expect((await api(sb, 'GET', '/goals?portfolio=999')).status).toBe(404);
    expect((await api(sb, 'GET', '/goals?task=999')).status).toBe(404);
  });

  it('refuses a request with no filter (400), as /projects does', async () => {
    const a = await api(sb, 'GET', '/goals');
    expect(a.status).toBe(400);
    expect(errorMessage(a)).toMatch(/workspace/);
    expect((await api(sb, 'GET', '/goals?workspace=abc')).status).toBe(400);
    expect((await api(sb, 'GET', '/goals?workspace=999')).status).toBe(404);
  });
});

describe('GET /goals/{gid}', () => {
  it('answers the full record: its member users are its followers; is_workspace_level only in an organisation', async () => {
    const grow = gid(asanaWorld(sb).goals, 'Grow');
    const a = await api(sb, 'GET', `/goals/${grow}`);
    expect(a.status).toBe(200);
    expect(a.body.data).toEqual({
      gid: grow,
      resource_type: 'goal',
      name: 'Grow',
      html_notes: expect.any(String),
      notes: expect.any(String),
      due_on: null,
      start_on: null,
      is_workspace_level: true,
      liked: false,
      likes: [],
      num_likes: 0,
      team: null,
      workspace: { gid: ws, resource_type: 'workspace', name: 'Acme Corp' },
      followers: [{ gid: user('bob@acme.com'), resource_type: 'user', name: 'Bob' }],
      time_period: null,
      metric: null,
      owner: null,
      current_status_update: null,
      status: null,
      privacy_setting: expect.stringMatching(/^(public_to_workspace|members_only)$/),
      default_access_level: 'commenter',
      custom_fields: [],
      custom_field_settings: [],
    });
    const sideGoal = await api(sb, 'GET', `/goals/${gid(asanaWorld(sb).goals, 'Side G')}`);
    expect(sideGoal.body.data).not.toHaveProperty('is_workspace_level');
    expect((await api(sb, 'GET', '/goals/999')).status).toBe(404);
    expect((await api(sb, 'GET', '/goals/4242')).status).toBe(404);
  });
});

describe('POST /portfolios/{gid}/addMembers and removeMembers', () => {
  it('adds users at the portfolio’s default level and removes them, answering the portfolio', async () => {
    const levels = async (portfolio: string) =>
      (await api(sb, 'GET', `/memberships?parent=${portfolio}&opt_fields=member.email,access_level`)).body.data
        .filter((m: { member: { email?: string } }) => m.member.email !== undefined)
        .map((m: { member: { email: string }; access_level: string }) => [m.member.email, m.access_level]);
    const added = await api(sb, 'POST', '/portfolios/4242/addMembers?opt_fields=name,members.email', {
      data: { members: `carol@acme.com,${user('dan@acme.com')}` },
    });
    expect(added.status).toBe(200);
    expect(added.body.data).toEqual({
      gid: '4242',
      name: 'Ops',
      members: expect.arrayContaining([
        { gid: user('carol@acme.com'), email: 'carol@acme.com' },
        { gid: user('dan@acme.com'), email: 'dan@acme.com' },
      ]),
    });
    expect(await levels('4242')).toEqual([
      ['carol@acme.com', 'editor'],
      ['dan@acme.com', 'editor'],
    ]);
    const removed = await api(sb, 'POST', '/portfolios/4242/removeMembers', { data: { members: 'carol@acme.com,dan@acme.com' } });
    expect([removed.status, removed.body.data.resource_type, removed.body.data.members]).toEqual([200, 'portfolio', []]);
    expect(await levels('4242')).toEqual([]);
  });

  it('refuses a user who is not a workspace member (403), and members given as an array (400)', async () => {
    const outsider = await api(sb, 'POST', '/portfolios/4242/addMembers', { data: { members: 'erin@acme.com' } });
    expect([outsider.status, errorMessage(outsider)]).toEqual([
      403,
      'members: erin@acme.com is not a member of the workspace of portfolio 4242; add them to the workspace first',
    ]);
    expect((await api(sb, 'POST', '/portfolios/4242/addMembers', { data: { members: ['bob@acme.com'] } })).status).toBe(400);
    expect((await api(sb, 'POST', '/portfolios/999/addMembers', { data: { members: 'bob@acme.com' } })).status).toBe(404);
  });
});

describe('the service account', () => {
  it('GET /users/me with its token answers its own user, whose workspaces are all of them', async () => {
    const a = await asSA('/users/me');
    expect(a.status).toBe(200);
    expect(a.body.data).toEqual({
      gid: asanaWorld(sb).serviceAccount!.userGid,
      resource_type: 'user',
      name: 'Service Account',
      email: 'service-account@sandbox.invalid',
      photo: null,
      workspaces: [
        { gid: ws, resource_type: 'workspace', name: 'Acme Corp' },
        { gid: side, resource_type: 'workspace', name: 'Side' },
      ],
    });
    expect((await api(sb, 'GET', '/users/me')).body.data.email).toBe('gatehouse-bot@sandbox.invalid');
  });

  it('is listed among no workspace’s members, but sees and lists every workspace', async () => {
    const saGid = asanaWorld(sb).serviceAccount!.userGid;
    const directory = await asSA(`/users?workspace=${ws}&limit=100`);
    expect(directory.body.data.map((u: { gid: string }) => u.gid)).not.toContain(saGid);
    const memberships = await asSA(`/workspaces/${ws}/workspace_memberships?limit=100&opt_fields=user`);
    expect(memberships.body.data.map((m: { user: { gid: string } }) => m.user.gid)).not.toContain(saGid);
    expect(names(await asSA('/workspaces'))).toEqual(['Acme Corp', 'Side']);
  });

  it('acts with an admin’s rights: adds to a team it is not in, and removes a workspace member', async () => {
    const own = await startSandbox(buildWorld(sharedDesired(), sharedSection()));
    try {
      const w = asanaWorld(own);
      const design = gid(w.teams, 'Design');
      const acme = gid(w.workspaces, 'Acme Corp');
      w.teams.get(design)!.members.delete(w.meGid);
      const byMe = await api(own, 'POST', `/teams/${design}/addUser`, { data: { user: 'bob@acme.com' } });
      expect(byMe.status).toBe(403);
      const bySA = await api(own, 'POST', `/teams/${design}/addUser`, { data: { user: 'bob@acme.com' } }, SA);
      expect([bySA.status, bySA.body.data.user.name]).toEqual([200, 'Bob']);
      w.workspaces.get(acme)!.members.get(w.meGid)!.isAdmin = false;
      expect((await api(own, 'POST', `/workspaces/${acme}/removeUser`, { data: { user: 'bob@acme.com' } })).status).toBe(403);
      expect((await api(own, 'POST', `/workspaces/${acme}/removeUser`, { data: { user: 'bob@acme.com' } }, SA)).status).toBe(200);
      expect(w.workspaces.get(acme)!.members.get(w.gidByEmail.get('bob@acme.com')!)?.isActive).toBe(false);
    } finally {
      await own.close();
    }
  });
});
