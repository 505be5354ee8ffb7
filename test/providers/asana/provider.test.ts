import { afterEach, describe, expect, it } from 'vitest';
import type { SandboxCore } from '../../../src/config/schema-types.js';
import type { AsanaSeed } from '../../../src/providers/asana/section-types.js';
import { ResolveError, type DesiredPlace, type Provider, type ResolvedPlace } from '../../../src/model/index.js';
import { createAsanaHttpClient, createAsanaProvider, type AsanaProvider } from '../../../src/providers/asana/index.js';
import { asanaWorld, buildWorld, type FaultOptions, type RunningSandbox, startSandbox } from '../../support/sandbox.js';
import { shareProjectWithTeam } from '../../../src/providers/asana/sandbox/world.js';
import { change, project, state, team, ws } from './fixtures.js';

type SandboxSection = SandboxCore & AsanaSeed;

const range = (n: number, f: (i: number) => string): string[] => Array.from({ length: n }, (_, i) => f(i));
const pad = (i: number): string => String(i).padStart(3, '0');

// The world used by most tests.
const acme = ws('Acme Corp');
const platform = team(acme, 'Platform');
const roadmap = project(platform, acme, 'Roadmap 2027');
const launch = project(acme, acme, 'Launch');
const byGid = project(acme, acme, '1209876543210');
const big = ws('Big Co');
const everyone = team(big, 'Everyone');
const bigProject = project(everyone, big, 'Big Project');

const desired = state([
  [acme, ['alice@acme.com', 'bob@acme.com']],
  [platform, ['alice@acme.com', 'carol@acme.com']],
  [roadmap, ['carol@acme.com', 'dan@acme.com']],
  [launch, ['bob@acme.com']],
  [byGid, ['alice@acme.com']],
  [big, range(250, (i) => `user${pad(i)}@big.co`)],
  [everyone, range(120, (i) => `user${pad(i)}@big.co`)],
  [bigProject, range(130, (i) => `user${pad(i + 100)}@big.co`)],
]);

const section: SandboxSection = {
  token: 'sbx-3f9c2a7e-provider-test-token',
  users: [{ email: 'outsider@elsewhere.org' }, { email: 'erin@acme.com' }],
  workspaces: [
    {
      workspace: 'Acme Corp',
      teams: [
        { name: 'Infra', gid: '1201' },
        { name: 'Infra', gid: '1202' },
        { name: 'Design' },
      ],
    },
  ],
};

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((x) => x.close()));
});

async function setup(faults?: FaultOptions): Promise<{ sandbox: RunningSandbox; provider: AsanaProvider }> {
  const sandbox = await startSandbox(buildWorld(desired, section), faults ? { port: 0, faults } : { port: 0 });
  opened.push(sandbox);
  const provider = createAsanaProvider({ baseUrl: sandbox.connection('asana').baseUrl, token: sandbox.connection('asana').token, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  opened.push(provider);
  return { sandbox, provider };
}

const allPlaces = desired.places.map((p) => p.place);

async function resolveError(provider: Provider, places: DesiredPlace[]): Promise<ResolveError> {
  const err = await provider.resolve(places).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ResolveError);
  return err as ResolveError;
}

describe('resolve', () => {
  it('finds workspaces, teams and projects by name and by gid', async () => {
    const { sandbox, provider } = await setup();
    const resolved = await provider.resolve(allPlaces);
    expect(resolved.map((p) => p.key)).toEqual(allPlaces.map((p) => p.key));
    const live = asanaWorld(sandbox);
    const acmeWs = [...live.workspaces.values()].find((w) => w.name === 'Acme Corp');
    expect(resolved[0]).toMatchObject({ key: acme.key, id: acmeWs?.gid, name: 'Acme Corp', stage: 0 });
    const platformTeam = [...live.teams.values()].find((t) => t.name === 'Platform');
    expect(resolved[1]).toMatchObject({ id: platformTeam?.gid, name: 'Platform', parentKey: acme.key, requiresKey: acme.key });
    expect(resolved[4]).toMatchObject({ key: byGid.key, id: '1209876543210' });
    // Each list once: workspaces, the teams of both workspaces, Acme's
    // projects (fetched for its workspace-level projects, and serving
    // Platform's too), Everyone's projects (Big Co names no workspace-level one).
    const routes = sandbox.stats().byRoute;
    expect(routes['GET /workspaces']).toBe(1);
    expect(routes['GET /workspaces/{workspace_gid}/teams']).toBe(2);
    expect(routes['GET /teams/{team_gid}/projects']).toBe(1);
    expect(routes['GET /projects']).toBe(1);
  });

  it('suggests close names for a misspelling, and lists the rest when nothing is close', async () => {
    const { provider } = await setup();
    const typo = ws('Acme Crop');
    const err = await resolveError(provider, [typo, team(typo, 'Platform'), ws('Zebra Holdings')]);
    expect(err.problems.map((p) => p.message)).toEqual([
      'workspace "Acme Crop" not found; did you mean "Acme Corp"?',
      'workspace "Zebra Holdings" not found; existing workspaces: "Acme Corp", "Big Co"',
    ]);
    expect(err.problems[0]?.place.key).toBe(typo.key);
  });

  it('collects every problem at once: team typos, ambiguous names, unknown gids, project typos', async () => {
    const { provider } = await setup();
    const err = await resolveError(provider, [
      acme,
      team(acme, 'Platfrom'),
      team(acme, 'Infra'),
      team(acme, '999999'),
      platform,
      project(platform, acme, 'Roadmap 2072'),
      project(acme, acme, 'Lunch'),
      // children of a failed team are skipped quietly
      project(team(acme, 'Platfrom'), acme, 'Anything'),
    ]);
    const messages = err.problems.map((p) => p.message);
    expect(messages).toEqual([
      'team "Platfrom" not found in workspace "Acme Corp"; did you mean "Platform"?',
      'team name "Infra" is ambiguous in workspace "Acme Corp": 1201 (Infra), 1202 (Infra); write the gid instead',
      expect.stringMatching(/^team with gid 999999 not found in workspace "Acme Corp"; existing teams: \d+ \(Design\), 1201 \(Infra\), 1202 \(Infra\), \d+ \(Platform\)$/),
      'project "Roadmap 2072" not found in team "Platform"; did you mean "Roadmap 2027"?',
      'project "Lunch" not found in workspace "Acme Corp"; did you mean "Launch"?',
    ]);
  });

  it('accepts a gid to pick one of two teams with the same name', async () => {
    const { provider } = await setup();
    const resolved = await provider.resolve([acme, team(acme, '1202')]);
    expect(resolved[1]).toMatchObject({ id: '1202', name: 'Infra' });
  });
});

describe('read', () => {
  it('reads workspace, team and project members with emails, sorted', async () => {
    const { provider } = await setup();
    const places = await provider.resolve([acme, platform, roadmap, launch]);
    const live = await provider.read(places);
    const emails = (i: number): string[] => live.places[i]?.members.map((m) => m.email) ?? [];
    expect(live.places.map((p) => p.place.key)).toEqual([acme.key, platform.key, roadmap.key, launch.key]);
    // The workspace: the file's members, members implied by teams/projects, the token's user, users seeded in the workspace.
    expect(emails(0)).toEqual(['alice@acme.com', 'bob@acme.com', 'carol@acme.com', 'dan@acme.com', 'gatehouse-bot@sandbox.invalid']);
    expect(emails(1)).toEqual(['alice@acme.com', 'carol@acme.com', 'gatehouse-bot@sandbox.invalid']);
    expect(emails(2)).toEqual(['carol@acme.com', 'dan@acme.com']);
    expect(emails(3)).toEqual(['bob@acme.com']);
    for (const p of live.places) for (const m of p.members) expect(m.userId).toMatch(/^\d+$/);
  });

  it('lower-cases emails, and looks up by gid a member the directory does not list', async () => {
    const { sandbox, provider } = await setup();
    const places = await provider.resolve([acme, platform]);
    const alice = [...asanaWorld(sandbox.world).users.values()].find((u) => u.email === 'alice@acme.com');
    if (!alice) throw new Error('seed has no alice');
    alice.email = 'Alice@ACME.com';
    // A team member that the workspace directory does not list.
    const platformTeam = asanaWorld(sandbox.world).teams.get(places[1]?.id ?? '');
    const ghost = { gid: '7777777', email: 'ghost@acme.com', name: 'Ghost' };
    asanaWorld(sandbox.world).users.set(ghost.gid, ghost);
    platformTeam?.members.set(ghost.gid, { membershipGid: '7777778', isAdmin: false });
    const live = await provider.read(places);
    const teamEmails = live.places[1]?.members.map((m) => m.email);
    expect(teamEmails).toEqual(['alice@acme.com', 'carol@acme.com', 'gatehouse-bot@sandbox.invalid', 'ghost@acme.com']);
    expect(live.places[0]?.members.find((m) => m.userId === alice.gid)?.email).toBe('alice@acme.com');
    expect(sandbox.stats().byRoute['GET /users/{user_gid}']).toBe(1);
  });

  it('reads a team shared with a project as the member team:NAME at its level (member.resource_type "team", oas:5553), through GET /memberships', async () => {
    const sandbox = await startSandbox(buildWorld(desired, section), { port: 0 });
    opened.push(sandbox);
    // Record the path and opt_fields of each list the provider walks for a project.
    const http = createAsanaHttpClient({ baseUrl: sandbox.connection('asana').baseUrl, token: sandbox.connection('asana').token });
    const asked: string[] = [];
    const spy = new Proxy(http, {
      get(target, key) {
        const value: unknown = Reflect.get(target, key, target);
        if (key === 'collect') {
          return (o: { first: { path: string; query?: Record<string, unknown> } }) => {
            if (o.first.path.includes('membership') && !o.first.path.includes('team') && !o.first.path.includes('workspace')) {
              asked.push(`${o.first.path} ${JSON.stringify(o.first.query ?? {})}`);
            }
            return (value as (x: unknown) => unknown).call(target, o);
          };
        }
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const provider = createAsanaProvider({ http: spy });
    opened.push(provider);
    const places = await provider.resolve([acme, platform, roadmap]);
    const live = asanaWorld(sandbox);
    const project = live.projects.get(places[2]?.id ?? '');
    const design = [...live.teams.values()].find((t) => t.name === 'Design');
    if (!project || !design) throw new Error('seed has no Roadmap 2027 or Design');
    shareProjectWithTeam(live, project, design, 'commenter');

    const state = await provider.read(places);
    expect(state.places[2]?.members.map((m) => [m.email, m.role])).toEqual([
      ['carol@acme.com', 'editor'],
      ['dan@acme.com', 'editor'],
      ['team:Design', 'commenter'],
    ]);
    // The member's id is the team's gid, which POST /memberships takes.
    expect(state.places[2]?.members.at(-1)?.userId).toBe(design.gid);
    expect(asked).toEqual([`/memberships ${JSON.stringify({ parent: project.gid, limit: 100 })}`]);
  });

  it('walks every page: 251 workspace users, 121 team members, 130 project members', async () => {
    const { sandbox, provider } = await setup();
    const places = await provider.resolve([big, everyone, bigProject]);
    const live = await provider.read(places);
    expect(live.places.map((p) => p.members.length)).toEqual([251, 121, 130]);
    expect(live.places[2]?.members[0]?.email).toBe('user100@big.co');
    expect(live.places[2]?.members.at(-1)?.email).toBe('user229@big.co');
    const routes = sandbox.stats().byRoute;
    // The directory is fetched once (3 pages) and shared by all three places;
    // the workspace's memberships (for their flags) are 3 pages more.
    expect(routes['GET /users']).toBe(3);
    expect(routes['GET /workspaces/{workspace_gid}/workspace_memberships']).toBe(3);
    // The lists agree, so no user is looked up one by one; the organisation's
    // domains came with resolve's workspace list; nothing prunes, so no /users/me.
    expect(routes['GET /users/{user_gid}']).toBeUndefined();
    expect(routes['GET /workspaces/{workspace_gid}']).toBeUndefined();
    expect(live.self).toBeUndefined();
    expect(routes['GET /teams/{team_gid}/team_memberships']).toBe(2);
    expect(routes['GET /memberships']).toBe(2);
    expect(routes['GET /projects/{project_gid}/project_memberships']).toBeUndefined();
    expect(routes['GET /workspaces/{workspace_gid}/users']).toBeUndefined();
    expect(routes['GET /teams/{team_gid}/users']).toBeUndefined();
    // The client's counters agree with the server's.
    expect(provider.httpStats().byMethod['GET']).toBe(sandbox.stats().byMethod['GET']);
  });

  it('still reads everything through a storm of 429s, 500s and dropped connections', async () => {
    const { sandbox, provider } = await setup({ rate429: 0.2, rate500: 0.1, resetRate: 0.1, retryAfterSeconds: 0, seed: 7 });
    const places = await provider.resolve([big, everyone, bigProject]);
    const live = await provider.read(places);
    expect(live.places.map((p) => p.members.length)).toEqual([251, 121, 130]);
    const f = sandbox.stats().faults;
    expect(f['429'] + f['500'] + f.reset).toBeGreaterThan(0);
  });

  it('throws when a read fails instead of returning an empty place', async () => {
    const { sandbox, provider } = await setup();
    const places = await provider.resolve([acme, platform]);
    asanaWorld(sandbox.world).teams.delete(places[1]?.id ?? '');
    await expect(provider.read(places)).rejects.toThrow(
      /^cannot read the members of team "Platform" \(\d+\): GET \/teams\/\d+\/team_memberships: 404 Not Found: /,
    );
  });
});

describe('apply', () => {
  it('adds to a workspace, a team and a project; a re-read shows them', async () => {
    const { sandbox, provider } = await setup();
    const places = await provider.resolve([acme, platform, roadmap]);
    const [acmeP, platformP, roadmapP] = places as [ResolvedPlace, ResolvedPlace, ResolvedPlace];
    await provider.read(places);

    const wsOut = await provider.apply([change(acmeP, 'newbie@acme.com'), change(acmeP, 'erin@acme.com')]);
    expect(wsOut.map((o) => o.ok)).toEqual([true, true]);
    const teamOut = await provider.apply([change(platformP, 'newbie@acme.com'), change(platformP, 'bob@acme.com')]);
    expect(teamOut).toEqual([
      { change: change(platformP, 'newbie@acme.com'), ok: true },
      { change: change(platformP, 'bob@acme.com'), ok: true },
    ]);
    const before = sandbox.stats().byRoute['POST /projects/{project_gid}/addMembers'] ?? 0;
    const projOut = await provider.apply([
      change(roadmapP, 'alice@acme.com'),
      change(roadmapP, 'erin@acme.com'),
      change(roadmapP, 'newbie@acme.com'),
    ]);
    expect(projOut.every((o) => o.ok)).toBe(true);
    expect((sandbox.stats().byRoute['POST /projects/{project_gid}/addMembers'] ?? 0) - before).toBe(1);

    const live = await provider.read(places);
    const emails = (i: number): string[] => live.places[i]?.members.map((m) => m.email) ?? [];
    expect(emails(0)).toContain('newbie@acme.com');
    expect(emails(0)).toContain('erin@acme.com');
    expect(emails(1)).toEqual(['alice@acme.com', 'bob@acme.com', 'carol@acme.com', 'gatehouse-bot@sandbox.invalid', 'newbie@acme.com']);
    expect(emails(2)).toEqual(['alice@acme.com', 'carol@acme.com', 'dan@acme.com', 'erin@acme.com', 'newbie@acme.com']);
  });

  it('turns a refused team add into a failed outcome with a readable line', async () => {
    const { sandbox, provider } = await setup();
    const [, platformP] = (await provider.resolve([acme, platform])) as [ResolvedPlace, ResolvedPlace];
    const out = await provider.apply([change(platformP, 'outsider@elsewhere.org'), change(platformP, 'bob@acme.com')]);
    expect(out[0]).toMatchObject({ ok: false });
    // The request and its 4xx status, then Asana's own message (whose wording is
    // the server's, not ours: the sandbox's prose is not asserted).
    expect(out[0]?.error).toMatch(new RegExp(`^POST /teams/${platformP.id}/addUser: 4\\d\\d [A-Za-z ]+: \\S`));
    expect(out[0]?.error).not.toMatch(/\n/);
    expect(out[1]).toMatchObject({ ok: true });
    expect(JSON.stringify(out)).not.toContain(sandbox.connection('asana').token);
    // Not retried: one request per user.
    expect(sandbox.stats().byRoute['POST /teams/{team_gid}/addUser']).toBe(2);
  });

  it('when a project batch is refused (4xx), adds each user on their own: one refused user does not block the others', async () => {
    const { sandbox, provider } = await setup();
    const places = await provider.resolve([acme, platform, roadmap]);
    const roadmapP = places[2] as ResolvedPlace;
    await provider.read(places);
    const out = await provider.apply([
      change(roadmapP, 'alice@acme.com'),
      change(roadmapP, 'outsider@elsewhere.org'),
      change(roadmapP, 'bob@acme.com'),
    ]);
    expect(out.map((o) => o.ok)).toEqual([true, false, true]);
    expect(out[0]?.error).toBeUndefined();
    expect(out[1]?.error).toMatch(new RegExp(`^POST /projects/${roadmapP.id}/addMembers: 4\\d\\d [A-Za-z ]+: .+`));
    // The batch, then one request per user.
    expect(sandbox.stats().byRoute['POST /projects/{project_gid}/addMembers']).toBe(1 + 3);
    const live = await provider.read([roadmapP]);
    expect(live.places[0]?.members.map((m) => m.email)).toEqual(['alice@acme.com', 'bob@acme.com', 'carol@acme.com', 'dan@acme.com']);
  });

  it('does not split a project batch that failed for a reason other than a refusal (5xx after retries)', async () => {
    const { sandbox, provider } = await setup({ rate500: 1, only: { method: 'POST', pathPrefix: '/api/1.0/projects/' } });
    const places = await provider.resolve([acme, platform, roadmap]);
    const roadmapP = places[2] as ResolvedPlace;
    const out = await provider.apply([change(roadmapP, 'alice@acme.com'), change(roadmapP, 'bob@acme.com')]);
    expect(out.map((o) => o.ok)).toEqual([false, false]);
    expect(out[0]?.error).toMatch(new RegExp(`^POST /projects/${roadmapP.id}/addMembers: 500 `));
    expect(out[1]?.error).toBe(out[0]?.error);
    // Only the batch's own attempts (retries included); no per-user requests.
    expect(sandbox.stats().byRoute['POST /projects/{project_gid}/addMembers']).toBe(1 + (provider.httpStats().retriesByMethod['POST'] ?? 0));
  });

  it('refuses a change of level on a team without a request: team memberships have no access level', async () => {
    const { sandbox, provider } = await setup();
    const [, platformP] = (await provider.resolve([acme, platform])) as [ResolvedPlace, ResolvedPlace];
    const out = await provider.apply([change(platformP, 'alice@acme.com', 'change')]);
    expect(out).toEqual([{ change: change(platformP, 'alice@acme.com', 'change'), ok: false, error: 'change on Asana team "Platform": its memberships have no access level to change' }]);
    expect(sandbox.stats().byMethod['POST']).toBeUndefined();
  });

  it('lands adds through injected faults on writes (retries are safe: adds are idempotent)', async () => {
    const { sandbox, provider } = await setup({ rate500: 0.15, resetRate: 0.15, seed: 3, only: { method: 'POST' } });
    const places = await provider.resolve([acme, platform]);
    const [acmeP, platformP] = places as [ResolvedPlace, ResolvedPlace];
    const users = range(12, (i) => `temp${i}@acme.com`);
    expect((await provider.apply(users.map((u) => change(acmeP, u)))).every((o) => o.ok)).toBe(true);
    const teamOut = await provider.apply(users.map((u) => change(platformP, u)));
    expect(teamOut.filter((o) => !o.ok)).toEqual([]);
    const live = await provider.read(places);
    for (const u of users) expect(live.places[1]?.members.map((m) => m.email)).toContain(u);
    expect(sandbox.stats().faults.resetAfterApply + sandbox.stats().faults.reset + sandbox.stats().faults['500']).toBeGreaterThan(0);
  });
});
