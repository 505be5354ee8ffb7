/**
 * The Memberships API (oas:22351, oas:22706) for portfolios and goals: the
 * same routes as for projects, each kind with its own levels (oas:9513),
 * resource_subtype and parent record. Each test starts its own sandbox.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { asanaWorld, buildWorld, type RunningSandbox, startSandbox } from '../../support/sandbox.js';
import { api, errorMessage, sharedDesired, sharedSection } from '../helpers.js';

let sb: RunningSandbox;
afterEach(async () => {
  await sb.close();
});

async function start() {
  sb = await startSandbox(buildWorld(sharedDesired(), sharedSection()));
  const w = asanaWorld(sb);
  const find = <T extends { name: string; gid: string }>(m: Map<string, T>, n: string): string => [...m.values()].find((x) => x.name === n)!.gid;
  return {
    ws: find(w.workspaces, 'Acme Corp'),
    q1: find(w.portfolios, 'Q1 Bets'),
    ops: find(w.portfolios, 'Ops'),
    grow: find(w.goals, 'Grow'),
    hire: find(w.goals, 'Hire'),
    roadmap: find(w.projects, 'Roadmap 2027'),
    platform: find(w.teams, 'Platform'),
    design: find(w.teams, 'Design'),
    elsewhere: find(w.teams, 'Elsewhere'),
    user: (email: string): string => w.gidByEmail.get(email)!,
  };
}

const create = (data: Record<string, unknown>) => api(sb, 'POST', '/memberships', { data });
const levels = async (parent: string): Promise<[string, string][]> =>
  (await api(sb, 'GET', `/memberships?parent=${parent}`)).body.data.map((m: { member: { name: string }; access_level: string }) => [m.member.name, m.access_level]);

describe('GET /memberships of a portfolio or a goal', () => {
  it('lists a portfolio’s users and teams as portfolio_membership records, the parent a portfolio', async () => {
    const { q1, platform, user } = await start();
    const a = await api(sb, 'GET', `/memberships?parent=${q1}`);
    expect(a.status).toBe(200);
    expect(a.body.data).toEqual([
      {
        gid: expect.stringMatching(/^\d+$/),
        resource_type: 'membership',
        resource_subtype: 'portfolio_membership',
        member: { gid: user('alice@acme.com'), resource_type: 'user', name: 'Alice' },
        access_level: 'admin',
      },
      {
        gid: expect.stringMatching(/^\d+$/),
        resource_type: 'membership',
        resource_subtype: 'portfolio_membership',
        member: { gid: platform, resource_type: 'team', name: 'Platform' },
        access_level: 'viewer',
      },
    ]);
    const withParent = await api(sb, 'GET', `/memberships?parent=${q1}&member=${platform}&opt_fields=parent,parent.workspace.name`);
    expect(withParent.body.data).toEqual([{ gid: a.body.data[1].gid, parent: { gid: q1, workspace: { gid: expect.any(String), name: 'Acme Corp' } } }]);
  });

  it('lists a goal’s as goal_membership records, the parent a goal', async () => {
    const { grow, user } = await start();
    const a = await api(sb, 'GET', `/memberships?parent=${grow}&opt_fields=resource_subtype,parent,member.email,access_level`);
    expect(a.body.data).toEqual([
      {
        gid: expect.any(String),
        resource_subtype: 'goal_membership',
        parent: { gid: grow, resource_type: 'goal', name: 'Grow' },
        member: { gid: user('bob@acme.com'), email: 'bob@acme.com' },
        access_level: 'commenter',
      },
    ]);
  });
});

describe('POST /memberships to a portfolio or a goal', () => {
  it('adds at each kind’s levels: viewer on a portfolio and a goal, commenter on a goal', async () => {
    const { q1, grow, user } = await start();
    const pv = await create({ parent: q1, member: user('bob@acme.com'), access_level: 'viewer' });
    expect(pv.status).toBe(201);
    expect(pv.body.data).toEqual({
      gid: expect.stringMatching(/^\d+$/),
      resource_type: 'membership',
      resource_subtype: 'portfolio_membership',
      parent: { gid: q1, resource_type: 'portfolio', name: 'Q1 Bets' },
      member: { gid: user('bob@acme.com'), resource_type: 'user', name: 'Bob' },
      access_level: 'viewer',
    });
    for (const [email, level] of [['alice@acme.com', 'viewer'], ['carol@acme.com', 'commenter'], ['dan@acme.com', 'admin']]) {
      const g = await create({ parent: grow, member: user(email!), access_level: level });
      expect([g.status, g.body.data.resource_subtype, g.body.data.parent.resource_type, g.body.data.access_level]).toEqual([201, 'goal_membership', 'goal', level]);
    }
    expect(await levels(grow)).toEqual([['Bob', 'commenter'], ['Alice', 'viewer'], ['Carol', 'commenter'], ['Dan', 'admin']]);
  });

  it('refuses a level the kind does not have, naming the kind’s levels', async () => {
    const { q1, grow, user } = await start();
    const commenter = await create({ parent: q1, member: user('bob@acme.com'), access_level: 'commenter' });
    expect([commenter.status, errorMessage(commenter)]).toEqual([400, 'access_level: "commenter" is not a portfolio access level (one of admin, editor, viewer)']);
    const owner = await create({ parent: grow, member: user('alice@acme.com'), access_level: 'owner' });
    expect([owner.status, errorMessage(owner)]).toEqual([400, 'access_level: "owner" is not a goal access level (one of admin, editor, commenter, viewer)']);
    const role = await create({ parent: q1, member: user('bob@acme.com'), role: 'commenter' });
    expect([role.status, errorMessage(role)]).toEqual([400, 'role: "commenter" is not a portfolio access level (one of admin, editor, viewer)']);
    expect(await levels(q1)).toEqual([['Alice', 'admin'], ['Platform', 'viewer']]);
  });

  it('with no level: a goal’s new member is a commenter (oas:9540) whatever its default; a portfolio’s gets its default', async () => {
    const { hire, ops, user } = await start();
    expect(asanaWorld(sb).goals.get(hire)!.defaultAccessLevel).toBe('viewer');
    expect((await create({ parent: hire, member: user('alice@acme.com') })).body.data.access_level).toBe('commenter');
    // The deprecated role still sets the level when access_level is absent.
    expect((await create({ parent: hire, member: user('bob@acme.com'), role: 'editor' })).body.data.access_level).toBe('editor');
    expect((await create({ parent: ops, member: user('alice@acme.com') })).body.data.access_level).toBe('editor');
  });

  it('shares with a team of the workspace; refuses a foreign team (400), a second membership (400), an inactive user (403)', async () => {
    const { ws, q1, grow, design, elsewhere, user } = await start();
    const shared = await create({ parent: grow, member: design, access_level: 'viewer' });
    expect([shared.status, shared.body.data.member]).toEqual([201, { gid: design, resource_type: 'team', name: 'Design' }]);
    const foreign = await create({ parent: q1, member: elsewhere });
    expect([foreign.status, errorMessage(foreign)]).toEqual([400, `member: team ${elsewhere} is not in the workspace of portfolio ${q1}`]);
    const again = await create({ parent: q1, member: user('alice@acme.com'), access_level: 'editor' });
    expect(again.status).toBe(400);
    expect(errorMessage(again)).toMatch(new RegExp(`already has membership \\d+ of portfolio ${q1}; change its level with PUT /memberships/\\d+$`));
    const outsider = await create({ parent: grow, member: user('erin@acme.com') });
    expect([outsider.status, errorMessage(outsider)]).toEqual([
      403,
      `member: ${user('erin@acme.com')} is not a member of the workspace of goal ${grow}; add them to the workspace first`,
    ]);
    expect((await api(sb, 'POST', `/workspaces/${ws}/removeUser`, { data: { user: 'carol@acme.com' } })).status).toBe(200);
    expect((await create({ parent: q1, member: user('carol@acme.com') })).status).toBe(403);
  });

  it('refuses a parent that is none of the three (400) and an unknown one (404)', async () => {
    const { ws, user } = await start();
    const notOne = await create({ parent: ws, member: user('bob@acme.com') });
    expect([notOne.status, errorMessage(notOne)]).toEqual([400, `parent: ${ws} is not a goal, project or portfolio`]);
    expect((await create({ parent: '999', member: user('bob@acme.com') })).status).toBe(404);
  });
});

describe('GET, PUT and DELETE /memberships/{gid} of a portfolio or a goal', () => {
  it('changes a goal member to any goal level, reads it back with its goal parent, and deletes it', async () => {
    const { grow } = await start();
    const [bob] = (await api(sb, 'GET', `/memberships?parent=${grow}`)).body.data;
    for (const level of ['viewer', 'admin', 'editor']) {
      const put = await api(sb, 'PUT', `/memberships/${bob.gid}`, { data: { access_level: level } });
      expect([put.status, put.body.data.access_level, put.body.data.resource_subtype]).toEqual([200, level, 'goal_membership']);
    }
    const read = await api(sb, 'GET', `/memberships/${bob.gid}`);
    expect(read.body.data).toMatchObject({ access_level: 'editor', parent: { gid: grow, resource_type: 'goal', name: 'Grow' } });
    expect((await api(sb, 'DELETE', `/memberships/${bob.gid}`)).body).toEqual({ data: {} });
    expect(await levels(grow)).toEqual([]);
    expect((await api(sb, 'GET', `/memberships/${bob.gid}`)).status).toBe(404);
  });

  it('refuses a portfolio member a level portfolios do not have; a team share of a portfolio changes and goes', async () => {
    const { q1 } = await start();
    const [alice, platform] = (await api(sb, 'GET', `/memberships?parent=${q1}`)).body.data;
    const bad = await api(sb, 'PUT', `/memberships/${alice.gid}`, { data: { access_level: 'commenter' } });
    expect([bad.status, errorMessage(bad)]).toEqual([400, 'access_level: "commenter" is not a portfolio access level (one of admin, editor, viewer)']);
    expect((await api(sb, 'PUT', `/memberships/${platform.gid}`, { data: { access_level: 'editor' } })).body.data.access_level).toBe('editor');
    expect((await api(sb, 'DELETE', `/memberships/${platform.gid}`)).status).toBe(200);
    expect(await levels(q1)).toEqual([['Alice', 'admin']]);
  });
});

describe('leaving the workspace', () => {
  it('ends a user’s portfolio and goal memberships there; team shares stay', async () => {
    const { ws, q1, grow, user } = await start();
    expect((await create({ parent: grow, member: user('alice@acme.com'), access_level: 'editor' })).status).toBe(201);
    expect((await api(sb, 'POST', `/workspaces/${ws}/removeUser`, { data: { user: 'alice@acme.com' } })).status).toBe(200);
    expect(await levels(q1)).toEqual([['Platform', 'viewer']]);
    expect(await levels(grow)).toEqual([['Bob', 'commenter']]);
    const portfolio = await api(sb, 'GET', `/portfolios/${q1}?opt_fields=members`);
    expect(portfolio.body.data.members).toEqual([]);
    const goal = await api(sb, 'GET', `/goals/${grow}?opt_fields=followers.email`);
    expect(goal.body.data.followers).toEqual([{ gid: user('bob@acme.com'), email: 'bob@acme.com' }]);
  });
});
