/**
 * Reads, checked against Asana's documented behaviour (line numbers are
 * /work/shared/reference/asana_oas.yaml, "oas:N").
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asanaWorld, buildWorld, type RunningSandbox, startSandbox } from '../../support/sandbox.js';
import { shareProjectWithTeam } from '../../../src/providers/asana/sandbox/world.js';
import { acmeDesired, api, errorMessage, fullProject } from '../helpers.js';

let sb: RunningSandbox;
let wsGid: string;
let teamGid: string;
let roadmapGid: string;
const gidOf = (email: string): string => [...asanaWorld(sb.world).users.values()].find((u) => u.email === email)!.gid;

beforeAll(async () => {
  sb = await startSandbox(
    buildWorld(acmeDesired(), {
      workspaces: [{ workspace: 'Acme Corp', email_domains: ['acme.com'] }, { workspace: 'Side', is_organization: false }],
    }),
  );
  const ws = await api(sb, 'GET', '/workspaces');
  wsGid = ws.body.data.find((w: { name: string }) => w.name === 'Acme Corp').gid;
  teamGid = [...asanaWorld(sb.world).teams.values()].find((t) => t.name === 'Platform')!.gid;
  roadmapGid = [...asanaWorld(sb.world).projects.values()].find((p) => p.name === 'Roadmap 2027')!.gid;
});
afterAll(async () => {
  await sb.close();
});

describe('addresses and auth', () => {
  it('listens on 127.0.0.1 and serves the API under /api/1.0', () => {
    expect(sb.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(sb.connection('asana').baseUrl).toBe(`${sb.url}/api/1.0`);
  });

  it('answers 401 with the error envelope without a bearer token, or with a wrong one (oas:1660, ErrorResponse oas:3612)', async () => {
    for (const token of [null, 'wrong']) {
      const a = await api(sb, 'GET', '/users/me', undefined, token);
      expect(a.status).toBe(401);
      errorMessage(a);
      expect(a.body.errors[0].phrase).toBeUndefined();
    }
    const basic = await fetch(`${sb.connection('asana').baseUrl}/users/me`, { headers: { authorization: `Basic ${sb.connection('asana').token}` } });
    expect(basic.status).toBe(401);
  });

  it('answers 404 for an unknown route (NotFound oas:1685)', async () => {
    const a = await api(sb, 'GET', '/nothing/here');
    expect(a.status).toBe(404);
    errorMessage(a);
    expect((await api(sb, 'GET', '/workspaces/1/addUser')).status).toBe(404);
  });

  it('answers 404 for an unknown gid and 400 for a gid that is not a gid', async () => {
    for (const path of ['/workspaces/999', '/teams/999/users', '/projects/999', '/projects/999/project_memberships?limit=5']) {
      const a = await api(sb, 'GET', path);
      expect(a.status, path).toBe(404);
      errorMessage(a);
    }
    const bad = await api(sb, 'GET', '/teams/abc/team_memberships?limit=5');
    expect(bad.status).toBe(400);
    expect(errorMessage(bad)).toMatch(/abc/);
  });
});

describe('records and opt_fields', () => {
  it('GET /users/me answers the full user record, UserResponse with email and workspaces (oas:62522, 8965)', async () => {
    const a = await api(sb, 'GET', '/users/me');
    expect(a.status).toBe(200);
    expect(a.body).toEqual({
      data: {
        gid: asanaWorld(sb.world).meGid,
        resource_type: 'user',
        name: 'Gatehouse Bot',
        email: 'gatehouse-bot@sandbox.invalid',
        photo: null,
        workspaces: expect.arrayContaining([{ gid: wsGid, resource_type: 'workspace', name: 'Acme Corp' }]),
      },
    });
    expect(a.body.data.workspaces.map((w: { name: string }) => w.name).sort()).toEqual(['Acme Corp', 'Side']);
  });

  it('GET /users/me?opt_fields=email,name answers gid and the asked fields', async () => {
    const a = await api(sb, 'GET', '/users/me?opt_fields=email,name');
    expect(a.body.data).toEqual({ gid: asanaWorld(sb.world).meGid, email: 'gatehouse-bot@sandbox.invalid', name: 'Gatehouse Bot' });
  });

  it('GET /workspaces lists compact workspaces; opt_fields is_organization,email_domains (oas:65643)', async () => {
    const plain = await api(sb, 'GET', '/workspaces');
    expect(plain.body.data).toEqual([
      { gid: wsGid, resource_type: 'workspace', name: 'Acme Corp' },
      { gid: expect.any(String), resource_type: 'workspace', name: 'Side' },
    ]);
    expect('next_page' in plain.body).toBe(false);
    const rich = await api(sb, 'GET', '/workspaces?opt_fields=name,is_organization,email_domains');
    expect(rich.body.data[0]).toEqual({ gid: wsGid, name: 'Acme Corp', is_organization: true, email_domains: ['acme.com'] });
    expect(rich.body.data[1].is_organization).toBe(false);
  });

  it('GET /users?workspace= lists the directory sorted by user gid, with email on request (oas:62266)', async () => {
    const a = await api(sb, 'GET', `/users?workspace=${wsGid}&limit=100&opt_fields=email,name`);
    expect(a.status).toBe(200);
    const gids = a.body.data.map((u: { gid: string }) => u.gid);
    expect(gids).toEqual([...gids].sort());
    expect(a.body.data.map((u: { email: string }) => u.email).sort()).toEqual([
      'alice@acme.com',
      'bob@acme.com',
      'carol@acme.com',
      'dan@acme.com',
      'gatehouse-bot@sandbox.invalid',
    ]);
    expect(a.body.next_page).toBeNull();
  });

  it('GET /workspaces/{gid}/users and /teams/{gid}/users answer compact users sorted alphabetically, without next_page (oas:63159, oas:63407)', async () => {
    const ws = await api(sb, 'GET', `/workspaces/${wsGid}/users`);
    expect(ws.body.data.map((u: { name: string }) => u.name)).toEqual(['Alice', 'Bob', 'Carol', 'Dan', 'Gatehouse Bot']);
    expect(ws.body.data[0]).toEqual({ gid: gidOf('alice@acme.com'), resource_type: 'user', name: 'Alice' });
    expect('next_page' in ws.body).toBe(false);
    const team = await api(sb, 'GET', `/teams/${teamGid}/users?limit=1`);
    expect(team.body.data.map((u: { name: string }) => u.name)).toEqual(['Carol', 'Dan', 'Gatehouse Bot']);
    expect('next_page' in team.body).toBe(false);
  });

  it('GET /workspaces/{gid}/teams and /teams/{gid}/projects list compact records (oas:58005, oas:34041)', async () => {
    const teams = await api(sb, 'GET', `/workspaces/${wsGid}/teams?limit=10`);
    expect(teams.body.data).toEqual([{ gid: teamGid, resource_type: 'team', name: 'Platform' }]);
    const projects = await api(sb, 'GET', `/teams/${teamGid}/projects?limit=10`);
    expect(projects.body.data).toEqual([{ gid: roadmapGid, resource_type: 'project', name: 'Roadmap 2027' }]);
  });

  it('GET /projects?workspace= lists the workspace projects; team= narrows them (oas:31483)', async () => {
    const all = await api(sb, 'GET', `/projects?workspace=${wsGid}&limit=10`);
    expect(all.body.data.map((p: { name: string }) => p.name).sort()).toEqual(['Roadmap 2027', 'Website']);
    const team = await api(sb, 'GET', `/projects?workspace=${wsGid}&team=${teamGid}&limit=10`);
    expect(team.body.data.map((p: { name: string }) => p.name)).toEqual(['Roadmap 2027']);
    const none = await api(sb, 'GET', '/projects?limit=10');
    expect(none.status).toBe(400);
  });

  it('GET /projects/{gid} answers the full ProjectResponse by default (oas:32680 → ProjectResponse oas:5756, ProjectBase oas:5014); opt_fields members, members.name, team, workspace (oas:32380)', async () => {
    const plain = await api(sb, 'GET', `/projects/${roadmapGid}`);
    expect(plain.body.data).toEqual(fullProject(roadmapGid, 'Roadmap 2027', [gidOf('carol@acme.com'), 'Carol']));
    // Opt-in fields stay out (ProjectBase.html_notes oas:5146, ProjectResponse.project_brief oas:5821).
    expect(plain.body.data).not.toHaveProperty('html_notes');
    expect(plain.body.data).not.toHaveProperty('project_brief');
    const rich = await api(sb, 'GET', `/projects/${roadmapGid}?opt_fields=name,members,team,workspace.name`);
    expect(rich.body.data).toEqual({
      gid: roadmapGid,
      name: 'Roadmap 2027',
      members: [{ gid: gidOf('carol@acme.com'), resource_type: 'user', name: 'Carol' }],
      team: { gid: teamGid, resource_type: 'team', name: 'Platform' },
      workspace: { gid: wsGid, name: 'Acme Corp' },
    });
    const names = await api(sb, 'GET', `/projects/${roadmapGid}?opt_fields=members.name`);
    expect(names.body.data.members).toEqual([{ gid: gidOf('carol@acme.com'), name: 'Carol' }]);
  });

  it('GET /workspaces/{gid} answers WorkspaceResponse with email_domains and is_organization (oas:65870 → oas:9380)', async () => {
    const a = await api(sb, 'GET', `/workspaces/${wsGid}`);
    expect(a.body.data).toEqual({
      gid: wsGid,
      resource_type: 'workspace',
      name: 'Acme Corp',
      email_domains: ['acme.com'],
      is_organization: true,
    });
    const named = await api(sb, 'GET', `/workspaces/${wsGid}?opt_fields=name`);
    expect(named.body.data).toEqual({ gid: wsGid, name: 'Acme Corp' });
  });

  it('GET /teams/{gid} answers TeamResponse without the opt-in description fields (oas:57573 → oas:8677)', async () => {
    const a = await api(sb, 'GET', `/teams/${teamGid}`);
    expect(a.body.data).toMatchObject({
      gid: teamGid,
      resource_type: 'team',
      name: 'Platform',
      organization: { gid: wsGid, resource_type: 'workspace', name: 'Acme Corp' },
      permalink_url: expect.stringMatching(/^https:\/\//),
      visibility: expect.stringMatching(/^(secret|request_to_join|public)$/),
      endorsed: false,
      custom_field_settings: [],
    });
    expect(a.body.data).not.toHaveProperty('description');
    expect(a.body.data).not.toHaveProperty('html_description');
    const asked = await api(sb, 'GET', `/teams/${teamGid}?opt_fields=description,organization.name`);
    expect(asked.body.data).toEqual({ gid: teamGid, description: '', organization: { gid: wsGid, name: 'Acme Corp' } });
  });

  it('answers a dot path into any field of a nested record, such as members.email (API-FACTS: Asana answers more than the enum names)', async () => {
    const a = await api(sb, 'GET', `/projects/${roadmapGid}?opt_fields=members.email`);
    expect(a.status).toBe(200);
    expect(a.body.data).toEqual({ gid: roadmapGid, members: [{ gid: expect.any(String), email: 'carol@acme.com' }] });
  });

  it('GET /projects/{gid}/project_memberships: member is a user compact with resource_type "user"; access_level on request (oas:5527)', async () => {
    const plain = await api(sb, 'GET', `/projects/${roadmapGid}/project_memberships?limit=10`);
    expect(plain.body.data).toEqual([
      {
        gid: expect.stringMatching(/^\d+$/),
        resource_type: 'project_membership',
        member: { gid: gidOf('carol@acme.com'), resource_type: 'user', name: 'Carol' },
      },
    ]);
    const rich = await api(sb, 'GET', `/projects/${roadmapGid}/project_memberships?limit=10&opt_fields=member,access_level`);
    expect(rich.body.data[0].access_level).toBe('editor');
    expect(rich.body.data[0].member.resource_type).toBe('user');
  });

  it('GET /teams/{gid}/team_memberships: user compact; is_guest, is_admin, is_limited_access on request (oas:56691)', async () => {
    const a = await api(
      sb,
      'GET',
      `/teams/${teamGid}/team_memberships?limit=10&opt_fields=user,user.name,is_guest,is_admin,is_limited_access`,
    );
    const carol = a.body.data.find((m: { user: { gid: string } }) => m.user.gid === gidOf('carol@acme.com'));
    expect(carol).toEqual({
      gid: expect.stringMatching(/^\d+$/),
      user: { gid: gidOf('carol@acme.com'), name: 'Carol' },
      is_guest: false,
      is_admin: false,
      is_limited_access: false,
    });
  });

  it('GET /workspaces/{gid}/workspace_memberships: user, is_active, is_admin, is_guest on request; user= filter (oas:65437)', async () => {
    const a = await api(
      sb,
      'GET',
      `/workspaces/${wsGid}/workspace_memberships?limit=10&user=alice@acme.com&opt_fields=user,is_active,is_admin,is_guest`,
    );
    expect(a.body.data).toEqual([
      {
        gid: expect.stringMatching(/^\d+$/),
        user: { gid: gidOf('alice@acme.com'), resource_type: 'user', name: 'Alice' },
        is_active: true,
        is_admin: false,
        is_guest: false,
      },
    ]);
    const plain = await api(sb, 'GET', `/workspaces/${wsGid}/workspace_memberships?limit=1`);
    expect(Object.keys(plain.body.data[0]).sort()).toEqual(['gid', 'resource_type', 'user', 'workspace']);
  });

  it('counts requests by method and route pattern', () => {
    const s = sb.stats();
    expect(s.total).toBeGreaterThan(10);
    expect(s.byRoute['GET /projects/{project_gid}']).toBeGreaterThanOrEqual(4);
    expect(s.byRoute['GET /users/{user_gid}']).toBeGreaterThanOrEqual(2);
    expect(s.byMethod['GET']).toBe(s.total);
  });
});

describe('a team as a project member (ProjectMembershipCompact.member "can be a user or a team", oas:5553; MemberCompact oas:4413)', () => {
  let shared: RunningSandbox;
  let project: string;
  let design: string;
  beforeAll(async () => {
    const world = buildWorld(acmeDesired(), { workspaces: [{ workspace: 'Acme Corp', teams: [{ name: 'Design' }] }] });
    const roadmap = [...asanaWorld(world).projects.values()].find((p) => p.name === 'Roadmap 2027')!;
    const team = [...asanaWorld(world).teams.values()].find((t) => t.name === 'Design')!;
    shareProjectWithTeam(asanaWorld(world), roadmap, team);
    project = roadmap.gid;
    design = team.gid;
    shared = await startSandbox(world);
  });
  afterAll(async () => {
    await shared.close();
  });

  it('lists the team among the project memberships with member.resource_type "team" (oas:29150)', async () => {
    const a = await api(shared, 'GET', `/projects/${project}/project_memberships?limit=10&opt_fields=member,access_level`);
    expect(a.body.data.map((m: { member: unknown }) => m.member)).toEqual([
      { gid: [...asanaWorld(shared.world).users.values()].find((u) => u.email === 'carol@acme.com')!.gid, resource_type: 'user', name: 'Carol' },
      { gid: design, resource_type: 'team', name: 'Design' },
    ]);
    const filtered = await api(shared, 'GET', `/projects/${project}/project_memberships?limit=10&user=carol@acme.com`);
    expect(filtered.body.data.map((m: { member: { resource_type: string } }) => m.member.resource_type)).toEqual(['user']);
  });

  it('leaves the team out of ProjectResponse.members, "Array of users" (oas:5152)', async () => {
    const a = await api(shared, 'GET', `/projects/${project}?opt_fields=members`);
    expect(a.body.data.members.map((m: { resource_type: string }) => m.resource_type)).toEqual(['user']);
  });

  it('answers member.resource_type (a dot path into member) and ignores a top-level field the enum does not list (oas:29184-29193)', async () => {
    const a = await api(shared, 'GET', `/projects/${project}/project_memberships?limit=10&opt_fields=member.resource_type,resource_type`);
    expect(a.status).toBe(200);
    expect(a.body.data.map((m: { member: { resource_type: string } }) => Object.keys(m).join(',') + ' ' + m.member.resource_type).sort()).toEqual([
      'gid,member team',
      'gid,member user',
    ]);
  });
});
