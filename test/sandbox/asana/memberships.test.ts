/**
 * The Memberships API for projects (oas:22351 GET/POST /memberships,
 * oas:22706 GET/PUT/DELETE /memberships/{gid}) and nested opt_fields dot
 * paths, over HTTP. Each test starts its own sandbox.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { asanaWorld, buildWorld, type RunningSandbox, startSandbox } from '../../support/sandbox.js';
import { acmeDesired, api, errorMessage, walk } from '../helpers.js';

let sb: RunningSandbox;
afterEach(async () => {
  await sb.close();
});

async function start() {
  sb = await startSandbox(
    buildWorld(acmeDesired(), {
      users: [{ email: 'erin@acme.com' }],
      workspaces: [
        { workspace: 'Acme Corp', email_domains: ['acme.com'], teams: [{ name: 'Design' }] },
        { workspace: 'Side', is_organization: false, teams: [{ name: 'Elsewhere' }] },
      ],
    }),
  );
  const w = asanaWorld(sb.world);
  const find = <T extends { name: string; gid: string }>(m: Map<string, T>, n: string): string => [...m.values()].find((x) => x.name === n)!.gid;
  const user = (email: string): string => w.gidByEmail.get(email)!;
  return {
    ws: find(w.workspaces, 'Acme Corp'),
    roadmap: find(w.projects, 'Roadmap 2027'),
    design: find(w.teams, 'Design'),
    elsewhere: find(w.teams, 'Elsewhere'),
    user,
  };
}

const create = (data: Record<string, unknown>) => api(sb, 'POST', '/memberships', { data });
const listOf = async (parent: string) => (await api(sb, 'GET', `/memberships?parent=${parent}`)).body.data;

describe('GET /memberships', () => {
  it('lists a project’s user members as compact memberships with their access level, parent opt-in', async () => {
    const { roadmap, user } = await start();
    const a = await api(sb, 'GET', `/memberships?parent=${roadmap}`);
    expect(a.status).toBe(200);
    expect(a.body.data).toEqual([
      {
        gid: expect.stringMatching(/^\d+$/),
        resource_type: 'membership',
        resource_subtype: 'project_membership',
        member: { gid: user('carol@acme.com'), resource_type: 'user', name: 'Carol' },
        access_level: 'editor',
      },
    ]);
    const withParent = await api(sb, 'GET', `/memberships?parent=${roadmap}&opt_fields=parent.name,member.email`);
    expect(withParent.body.data[0]).toEqual({
      gid: a.body.data[0].gid,
      parent: { gid: roadmap, name: 'Roadmap 2027' },
      member: { gid: user('carol@acme.com'), email: 'carol@acme.com' },
    });
  });

  it('pages with limit/offset, filters to one member, and lists a team’s project memberships without parent', async () => {
    const { roadmap, design, user } = await start();
    for (const email of ['alice@acme.com', 'bob@acme.com']) expect((await create({ parent: roadmap, member: user(email) })).status).toBe(201);
    expect((await create({ parent: roadmap, member: design, access_level: 'commenter' })).status).toBe(201);

    const pages = await walk(sb, `/memberships?parent=${roadmap}`, 1);
    expect(pages.map((p) => p.body.data.map((m: { member: { name: string } }) => m.member.name))).toEqual([['Carol'], ['Alice'], ['Bob'], ['Design']]);

    const bob = await api(sb, 'GET', `/memberships?parent=${roadmap}&member=${user('bob@acme.com')}`);
    expect(bob.body.data.map((m: { member: { gid: string } }) => m.member.gid)).toEqual([user('bob@acme.com')]);

    const teamShares = await api(sb, 'GET', `/memberships?member=${design}&resource_subtype=project_membership&opt_fields=parent.name,access_level`);
    expect(teamShares.body.data).toEqual([{ gid: expect.any(String), parent: { gid: roadmap, name: 'Roadmap 2027' }, access_level: 'commenter' }]);
  });

  it('refuses a missing parent (400), a parent that is no project (400), and an unknown one (404)', async () => {
    const { ws } = await start();
    expect((await api(sb, 'GET', '/memberships')).status).toBe(400);
    const notAProject = await api(sb, 'GET', `/memberships?parent=${ws}`);
    expect([notAProject.status, errorMessage(notAProject)]).toEqual([400, `parent: ${ws} is not a goal, project or portfolio`]);
    expect((await api(sb, 'GET', '/memberships?parent=999')).status).toBe(404);
    expect((await api(sb, 'GET', '/memberships?parent=abc')).status).toBe(400);
  });
});

describe('POST /memberships', () => {
  it('adds a user at the level asked, or at the project’s default, answering 201 with the full record', async () => {
    const { roadmap, user } = await start();
    const alice = await create({ parent: roadmap, member: user('alice@acme.com'), access_level: 'admin' });
    expect(alice.status).toBe(201);
    expect(alice.body.data).toEqual({
      gid: expect.stringMatching(/^\d+$/),
      resource_type: 'membership',
      resource_subtype: 'project_membership',
      parent: { gid: roadmap, resource_type: 'project', name: 'Roadmap 2027' },
      member: { gid: user('alice@acme.com'), resource_type: 'user', name: 'Alice' },
      access_level: 'admin',
    });
    asanaWorld(sb.world).projects.get(roadmap)!.defaultAccessLevel = 'commenter';
    expect((await create({ parent: roadmap, member: user('bob@acme.com') })).body.data.access_level).toBe('commenter');
    // The deprecated `role` (oas:9545) still sets the level when access_level is absent.
    expect((await create({ parent: roadmap, member: user('dan@acme.com'), role: 'admin' })).body.data.access_level).toBe('admin');
  });

  it('shares a project with a team of its workspace, and refuses one from another workspace', async () => {
    const { roadmap, design, elsewhere } = await start();
    const shared = await create({ parent: roadmap, member: design, access_level: 'editor' });
    expect(shared.status).toBe(201);
    expect(shared.body.data.member).toEqual({ gid: design, resource_type: 'team', name: 'Design' });
    const foreign = await create({ parent: roadmap, member: elsewhere });
    expect([foreign.status, errorMessage(foreign)]).toEqual([400, `member: team ${elsewhere} is not in the workspace of project ${roadmap}`]);
  });

  it('refuses a level the project does not have, a member given as an email, and a second membership', async () => {
    const { roadmap, user } = await start();
    const viewer = await create({ parent: roadmap, member: user('alice@acme.com'), access_level: 'viewer' });
    expect([viewer.status, errorMessage(viewer)]).toEqual([400, 'access_level: "viewer" is not a project access level (one of admin, editor, commenter)']);
    const email = await create({ parent: roadmap, member: 'alice@acme.com' });
    expect([email.status, errorMessage(email)]).toEqual([400, 'member: Not a recognized ID: alice@acme.com']);
    const again = await create({ parent: roadmap, member: user('carol@acme.com'), access_level: 'admin' });
    expect(again.status).toBe(400);
    expect(errorMessage(again)).toMatch(/already has membership \d+ of project \d+; change its level with PUT \/memberships\/\d+$/);
    expect((await create({ parent: roadmap, member: '999' })).status).toBe(404);
    expect((await listOf(roadmap)).map((m: { access_level: string }) => m.access_level)).toEqual(['editor']);
  });

  it('refuses a user whose workspace membership is inactive (403), until they are added again', async () => {
    const { ws, roadmap, user } = await start();
    expect((await api(sb, 'POST', `/workspaces/${ws}/removeUser`, { data: { user: 'alice@acme.com' } })).status).toBe(200);
    const refused = await create({ parent: roadmap, member: user('alice@acme.com') });
    expect(refused.status).toBe(403);
    expect((await api(sb, 'POST', `/workspaces/${ws}/addUser`, { data: { user: 'alice@acme.com' } })).status).toBe(200);
    expect((await create({ parent: roadmap, member: user('alice@acme.com') })).status).toBe(201);
  });
});

describe('PUT and DELETE /memberships/{gid}', () => {
  it('changes a level, reads it back, and deletes the membership with an empty data record', async () => {
    const { roadmap } = await start();
    const [carol] = await listOf(roadmap);
    const put = await api(sb, 'PUT', `/memberships/${carol.gid}`, { data: { access_level: 'commenter' } });
    expect([put.status, put.body.data.access_level]).toEqual([200, 'commenter']);
    expect((await api(sb, 'GET', `/memberships/${carol.gid}`)).body.data.access_level).toBe('commenter');
    const bad = await api(sb, 'PUT', `/memberships/${carol.gid}`, { data: { access_level: 'owner' } });
    expect(bad.status).toBe(400);

    const del = await api(sb, 'DELETE', `/memberships/${carol.gid}`);
    expect([del.status, del.body]).toEqual([200, { data: {} }]);
    expect(await listOf(roadmap)).toEqual([]);
    expect((await api(sb, 'DELETE', `/memberships/${carol.gid}`)).status).toBe(404);
    expect((await api(sb, 'PUT', `/memberships/${carol.gid}`, { data: { access_level: 'admin' } })).status).toBe(404);
  });
});

describe('opt_fields dot paths reach any field of a nested record', () => {
  it('members.email on a project and user.email on a workspace membership', async () => {
    const { ws, roadmap } = await start();
    const project = await api(sb, 'GET', `/projects/${roadmap}?opt_fields=members.email`);
    expect(project.body.data.members.map((m: { email: string }) => m.email)).toEqual(['carol@acme.com']);
    const wm = await api(sb, 'GET', `/workspaces/${ws}/workspace_memberships?limit=100&opt_fields=user.email`);
    expect(wm.body.data.map((m: { user: { email: string } }) => m.user.email)).toContain('alice@acme.com');
    // A field the nested record does not have is left out, not invented.
    const odd = await api(sb, 'GET', `/projects/${roadmap}?opt_fields=members.shoe_size`);
    expect(odd.body.data.members).toEqual([{ gid: expect.any(String) }]);
  });
});
