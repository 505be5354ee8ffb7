/**
 * Writes (oas:66181 workspaces/addUser, oas:66378 removeUser, oas:58649
 * teams/addUser, oas:58844 removeUser, oas:37049 projects/addMembers,
 * oas:37483 removeMembers). Each test starts its own sandbox so state does
 * not leak between them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { asanaWorld, buildWorld, type RunningSandbox, startSandbox } from '../../support/sandbox.js';
import { acmeDesired, api, errorMessage, fullProject } from '../helpers.js';

let sb: RunningSandbox;
afterEach(async () => {
  await sb.close();
});

async function start(): Promise<{ ws: string; side: string; team: string; roadmap: string }> {
  sb = await startSandbox(
    buildWorld(acmeDesired(), {
      users: [{ email: 'erin@acme.com' }, { email: 'olga@outside.org' }],
      workspaces: [
        { workspace: 'Acme Corp', email_domains: ['acme.com'], teams: [{ name: 'Closed' }] },
        { workspace: 'Side', is_organization: false, email_domains: ['side.io'] },
      ],
    }),
  );
  const find = <T extends { name: string; gid: string }>(m: Map<string, T>, n: string): string =>
    [...m.values()].find((x) => x.name === n)!.gid;
  // `me` leaves team Closed, to test the "caller must be a team member" rule.
  const closed = [...asanaWorld(sb.world).teams.values()].find((t) => t.name === 'Closed')!;
  closed.members.delete(asanaWorld(sb.world).meGid);
  return {
    ws: find(asanaWorld(sb.world).workspaces, 'Acme Corp'),
    side: find(asanaWorld(sb.world).workspaces, 'Side'),
    team: find(asanaWorld(sb.world).teams, 'Platform'),
    roadmap: find(asanaWorld(sb.world).projects, 'Roadmap 2027'),
  };
}
const gidOf = (email: string): string => [...asanaWorld(sb.world).users.values()].find((u) => u.email === email)!.gid;
const membership = async (ws: string, email: string) =>
  (
    await api(sb, 'GET', `/workspaces/${ws}/workspace_memberships?limit=10&user=${email}&opt_fields=user,is_guest,is_active`)
  ).body.data[0];

describe('POST /workspaces/{gid}/addUser (oas:66181)', () => {
  it('adds an existing user by gid, email or "me" and answers UserBaseResponse: gid, resource_type, name, email, photo (oas:66181, 8913)', async () => {
    const { ws } = await start();
    const byGid = await api(sb, 'POST', `/workspaces/${ws}/addUser`, { data: { user: gidOf('erin@acme.com') } });
    expect(byGid.status).toBe(200);
    expect(byGid.body).toEqual({ data: { gid: gidOf('erin@acme.com'), resource_type: 'user', name: 'Erin', email: 'erin@acme.com', photo: null } });
    expect((await membership(ws, 'erin@acme.com')).is_guest).toBe(false);
    const byEmail = await api(sb, 'POST', `/workspaces/${ws}/addUser?opt_fields=email,name`, { data: { user: 'ERIN@acme.com' } });
    expect(byEmail.body.data).toEqual({ gid: gidOf('erin@acme.com'), email: 'erin@acme.com', name: 'Erin' });
    const me = await api(sb, 'POST', `/workspaces/${ws}/addUser`, { data: { user: 'me' } });
    expect(me.body.data.gid).toBe(asanaWorld(sb.world).meGid);
  });

  it('re-adding a member is a harmless success that changes nothing', async () => {
    const { ws } = await start();
    const before = await membership(ws, 'alice@acme.com');
    const a = await api(sb, 'POST', `/workspaces/${ws}/addUser`, { data: { user: 'alice@acme.com' } });
    expect(a.status).toBe(200);
    expect(await membership(ws, 'alice@acme.com')).toEqual(before);
  });

  it('invites an email that has no account: the user is created and joins', async () => {
    const { ws } = await start();
    const a = await api(sb, 'POST', `/workspaces/${ws}/addUser?opt_fields=email`, { data: { user: 'newbie@acme.com' } });
    expect(a.status).toBe(200);
    expect(a.body.data.email).toBe('newbie@acme.com');
    expect(a.body.data.gid).toMatch(/^\d+$/);
    const m = await membership(ws, 'newbie@acme.com');
    expect(m).toMatchObject({ is_guest: false, is_active: true });
  });

  it('in an organisation, an email outside email_domains joins as a guest; in a plain workspace it does not', async () => {
    const { ws, side } = await start();
    await api(sb, 'POST', `/workspaces/${ws}/addUser`, { data: { user: 'olga@outside.org' } });
    expect((await membership(ws, 'olga@outside.org')).is_guest).toBe(true);
    await api(sb, 'POST', `/workspaces/${ws}/addUser`, { data: { user: 'stranger@else.net' } });
    expect((await membership(ws, 'stranger@else.net')).is_guest).toBe(true);
    await api(sb, 'POST', `/workspaces/${side}/addUser`, { data: { user: 'olga@outside.org' } });
    expect((await membership(side, 'olga@outside.org')).is_guest).toBe(false);
  });

  it('refuses a malformed body with 400 and an unknown user gid with 404', async () => {
    const { ws } = await start();
    for (const body of [{}, { user: 'x@y.z' }, { data: {} }, { data: { user: 42 } }, { data: { user: 'not a user' } }]) {
      const a = await api(sb, 'POST', `/workspaces/${ws}/addUser`, body);
      expect(a.status, JSON.stringify(body)).toBe(400);
      errorMessage(a);
    }
    expect((await api(sb, 'POST', `/workspaces/${ws}/addUser`, '{not json')).status).toBe(400);
    expect((await api(sb, 'POST', `/workspaces/${ws}/addUser`, { data: { user: '123' } })).status).toBe(404);
    expect((await api(sb, 'POST', `/workspaces/404/addUser`, { data: { user: 'me' } })).status).toBe(404);
  });
});

describe('request bodies (requestBody content: application/json only, e.g. oas:58698)', () => {
  const post = (path: string, body: string, contentType: string | undefined): Promise<Response> =>
    fetch(`${sb.connection('asana').baseUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sb.connection('asana').token}`, ...(contentType !== undefined ? { 'content-type': contentType } : {}) },
      body,
    });

  it('refuses a body that is not application/json with 400 and the error envelope, and changes nothing', async () => {
    const { ws } = await start();
    const json = JSON.stringify({ data: { user: 'erin@acme.com' } });
    const cases: [string, string | undefined][] = [
      [json, 'text/plain'],
      [json, 'application/x-www-form-urlencoded'],
      ['data[user]=erin@acme.com', 'application/x-www-form-urlencoded'],
      [json, undefined],
    ];
    for (const [body, type] of cases) {
      const res = await post(`/workspaces/${ws}/addUser`, body, type);
      expect(res.status, String(type)).toBe(400);
      // The refusal's wording is the sandbox's own; the Asana error envelope is what is documented.
      errorMessage({ status: res.status, headers: res.headers, body: await res.json() });
    }
    expect(asanaWorld(sb.world).workspaces.get(ws)!.members.has(gidOf('erin@acme.com'))).toBe(false);
  });

  it('accepts application/json with a charset parameter, in any case', async () => {
    const { ws } = await start();
    const json = JSON.stringify({ data: { user: 'erin@acme.com' } });
    for (const type of ['application/json; charset=utf-8', 'Application/JSON;charset=UTF-8']) {
      expect((await post(`/workspaces/${ws}/addUser`, json, type)).status, type).toBe(200);
    }
  });
});

describe('state', () => {
  it('lives in the server: writes change what reads see, never the seed passed to startSandbox', async () => {
    const seed = buildWorld(acmeDesired());
    sb = await startSandbox(seed);
    const ws = [...asanaWorld(seed).workspaces.keys()][0]!;
    const before = asanaWorld(seed).workspaces.get(ws)!.members.size;
    await api(sb, 'POST', `/workspaces/${ws}/addUser`, { data: { user: 'fresh@acme.com' } });
    expect(asanaWorld(seed).workspaces.get(ws)!.members.size).toBe(before);
    expect(asanaWorld(sb.world).workspaces.get(ws)!.members.size).toBe(before + 1);
    const users = await api(sb, 'GET', `/workspaces/${ws}/users?opt_fields=email`);
    expect(users.body.data.map((u: { email: string }) => u.email)).toContain('fresh@acme.com');
  });
});

describe('POST /workspaces/{gid}/removeUser (oas:66378)', () => {
  it('answers {"data": {}}, keeps the workspace membership inactive and takes the user out of its teams and projects', async () => {
    const { ws, team, roadmap } = await start();
    const before = await membership(ws, 'carol@acme.com');
    const a = await api(sb, 'POST', `/workspaces/${ws}/removeUser`, { data: { user: 'carol@acme.com' } });
    expect(a.status).toBe(200);
    expect(a.body).toEqual({ data: {} });
    expect(await membership(ws, 'carol@acme.com')).toEqual({ ...before, is_active: false });
    const tm = await api(sb, 'GET', `/teams/${team}/users`);
    expect(tm.body.data.map((u: { name: string }) => u.name)).not.toContain('Carol');
    const pm = await api(sb, 'GET', `/projects/${roadmap}/project_memberships?limit=10`);
    expect(pm.body.data).toEqual([]);
  });

  it('addUser makes the same record active again; until then the user cannot join a team', async () => {
    const { ws, team } = await start();
    const before = await membership(ws, 'carol@acme.com');
    await api(sb, 'POST', `/workspaces/${ws}/removeUser`, { data: { user: 'carol@acme.com' } });
    expect((await api(sb, 'POST', `/teams/${team}/addUser`, { data: { user: 'carol@acme.com' } })).status).toBe(403);
    expect((await api(sb, 'POST', `/workspaces/${ws}/addUser`, { data: { user: 'carol@acme.com' } })).status).toBe(200);
    expect(await membership(ws, 'carol@acme.com')).toEqual(before);
    expect((await api(sb, 'POST', `/teams/${team}/addUser`, { data: { user: 'carol@acme.com' } })).status).toBe(200);
  });

  it('refuses a caller who is not a workspace admin with 403', async () => {
    const { ws } = await start();
    asanaWorld(sb.world).workspaces.get(ws)!.members.get(asanaWorld(sb.world).meGid)!.isAdmin = false;
    const a = await api(sb, 'POST', `/workspaces/${ws}/removeUser`, { data: { user: 'alice@acme.com' } });
    expect(a.status).toBe(403);
    errorMessage(a);
  });
});

describe('POST /teams/{gid}/addUser (oas:58649)', () => {
  it('adds a workspace member and answers the team membership', async () => {
    const { team } = await start();
    const a = await api(sb, 'POST', `/teams/${team}/addUser?opt_fields=user,team,is_guest,is_admin,is_limited_access`, {
      data: { user: 'alice@acme.com' },
    });
    expect(a.status).toBe(200);
    expect(a.body.data).toEqual({
      gid: expect.stringMatching(/^\d+$/),
      user: { gid: gidOf('alice@acme.com'), resource_type: 'user', name: 'Alice' },
      team: { gid: team, resource_type: 'team', name: 'Platform' },
      is_guest: false,
      is_admin: false,
      is_limited_access: false,
    });
  });

  it('answers TeamMembershipResponse without opt_fields, flags included (oas:58714 → TeamMembershipResponse oas:8577 → TeamMembershipCompact oas:8539)', async () => {
    const { team } = await start();
    const first = await api(sb, 'POST', `/teams/${team}/addUser`, { data: { user: 'alice@acme.com' } });
    expect(first.status).toBe(200);
    expect(first.body.data).toEqual({
      gid: expect.stringMatching(/^\d+$/),
      resource_type: 'team_membership',
      user: { gid: gidOf('alice@acme.com'), resource_type: 'user', name: 'Alice' },
      team: { gid: team, resource_type: 'team', name: 'Platform' },
      is_guest: false,
      is_limited_access: false,
      is_admin: false,
    });
    const again = await api(sb, 'POST', `/teams/${team}/addUser`, { data: { user: 'alice@acme.com' } });
    expect(again.body.data).toEqual(first.body.data); // re-add: same membership, harmless
  });

  it('refuses a user who is not a member of the organisation with 403 ("must exist in the same organization", oas:58656)', async () => {
    const { team } = await start();
    for (const user of ['erin@acme.com', gidOf('erin@acme.com'), 'nobody@acme.com']) {
      const a = await api(sb, 'POST', `/teams/${team}/addUser`, { data: { user } });
      expect(a.status, user).toBe(403);
      errorMessage(a); // the Asana envelope; the wording is the sandbox's own
    }
  });

  it('accepts a guest of the organisation, who is a guest in the team', async () => {
    const { ws, team } = await start();
    await api(sb, 'POST', `/workspaces/${ws}/addUser`, { data: { user: 'olga@outside.org' } });
    const a = await api(sb, 'POST', `/teams/${team}/addUser?opt_fields=is_guest`, { data: { user: 'olga@outside.org' } });
    expect(a.status).toBe(200);
    expect(a.body.data.is_guest).toBe(true);
  });

  it('refuses with 403 when the caller is not a member of the team ("must be a member of the team", oas:58656)', async () => {
    await start();
    const closed = [...asanaWorld(sb.world).teams.values()].find((t) => t.name === 'Closed')!.gid;
    const a = await api(sb, 'POST', `/teams/${closed}/addUser`, { data: { user: 'alice@acme.com' } });
    expect(a.status).toBe(403);
    const r = await api(sb, 'POST', `/teams/${closed}/removeUser`, { data: { user: 'alice@acme.com' } });
    expect(r.status).toBe(403);
  });
});

describe('POST /teams/{gid}/removeUser (oas:58844)', () => {
  it('answers {"data": {}}; removing a non-member is harmless', async () => {
    const { team } = await start();
    const a = await api(sb, 'POST', `/teams/${team}/removeUser`, { data: { user: 'dan@acme.com' } });
    expect(a.body).toEqual({ data: {} });
    const again = await api(sb, 'POST', `/teams/${team}/removeUser`, { data: { user: 'dan@acme.com' } });
    expect(again.status).toBe(200);
    const users = await api(sb, 'GET', `/teams/${team}/users`);
    expect(users.body.data.map((u: { name: string }) => u.name)).toEqual(['Carol', 'Gatehouse Bot']);
  });
});

describe('POST /projects/{gid}/addMembers and removeMembers (oas:37049, oas:37483)', () => {
  it('takes members as a comma-separated string of gids, emails or "me" (AddMembersRequest oas:1970) and answers the project', async () => {
    const { roadmap } = await start();
    const a = await api(sb, 'POST', `/projects/${roadmap}/addMembers?opt_fields=members.name`, {
      data: { members: `${gidOf('alice@acme.com')}, dan@acme.com,me` },
    });
    expect(a.status).toBe(200);
    expect(a.body.data.gid).toBe(roadmap);
    const names = a.body.data.members.map((m: { name: string }) => m.name).sort();
    expect(names).toEqual(['Alice', 'Carol', 'Dan', 'Gatehouse Bot']);
  });

  it('answers the full, updated ProjectResponse without opt_fields: addMembers (oas:37353), removeMembers (oas:37782) → ProjectResponse oas:5756', async () => {
    const { roadmap } = await start();
    const added = await api(sb, 'POST', `/projects/${roadmap}/addMembers`, { data: { members: 'alice@acme.com' } });
    expect(added.body.data).toEqual(
      fullProject(roadmap, 'Roadmap 2027', ...([['alice@acme.com', 'Alice'], ['carol@acme.com', 'Carol']] as const)
        .map(([e, n]): [string, string] => [gidOf(e), n])
        .sort(([a], [b]) => (a.length - b.length) || (a < b ? -1 : a > b ? 1 : 0))),
    );
    const removed = await api(sb, 'POST', `/projects/${roadmap}/removeMembers`, { data: { members: 'alice@acme.com' } });
    expect(removed.body.data).toEqual(fullProject(roadmap, 'Roadmap 2027', [gidOf('carol@acme.com'), 'Carol']));
  });

  it('refuses an array of members with 400: the schema and example say a string', async () => {
    const { roadmap } = await start();
    const a = await api(sb, 'POST', `/projects/${roadmap}/addMembers`, { data: { members: ['alice@acme.com'] } });
    expect(a.status).toBe(400);
    errorMessage(a); // the Asana envelope; the wording is the sandbox's own
    for (const members of ['', 'alice@acme.com,,dan@acme.com', 'not a user']) {
      expect((await api(sb, 'POST', `/projects/${roadmap}/addMembers`, { data: { members } })).status).toBe(400);
    }
    const pm = await api(sb, 'GET', `/projects/${roadmap}/project_memberships?limit=10`);
    expect(pm.body.data).toHaveLength(1);
  });

  it('refuses with 403 a user who is not in the project workspace (guess: safer reading)', async () => {
    const { roadmap } = await start();
    const a = await api(sb, 'POST', `/projects/${roadmap}/addMembers`, { data: { members: 'erin@acme.com' } });
    expect(a.status).toBe(403);
    errorMessage(a);
    expect((await api(sb, 'POST', `/projects/${roadmap}/addMembers`, { data: { members: '999' } })).status).toBe(404);
  });

  it('removeMembers takes the same string form, answers the project, and ignores non-members', async () => {
    const { roadmap } = await start();
    const a = await api(sb, 'POST', `/projects/${roadmap}/removeMembers?opt_fields=members`, {
      data: { members: 'carol@acme.com,bob@acme.com' },
    });
    expect(a.status).toBe(200);
    expect(a.body.data.members).toEqual([]);
    expect((await api(sb, 'POST', `/projects/${roadmap}/removeMembers`, { data: { members: ['x'] } })).status).toBe(400);
  });
});
