/**
 * How many requests resolve and read cost, counted by the sandbox: projects
 * declared under many teams come from the workspace's project list (a page per
 * 100 projects) rather than one list per team; with few teams, the teams' lists.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { SandboxCore } from '../../../src/config/schema-types.js';
import type { AsanaSeed } from '../../../src/providers/asana/section-types.js';
import { ResolveError, type DesiredPlace, type DesiredState } from '../../../src/model/index.js';
import { createAsanaProvider, type AsanaProvider } from '../../../src/providers/asana/index.js';
import { asanaWorld, buildWorld, startSandbox, type RunningSandbox } from '../../support/sandbox.js';

type SandboxSection = SandboxCore & AsanaSeed;

const source = { file: 'gatehouse.yaml', line: 1, col: 1 };
const ws = (ref: string): DesiredPlace => ({ key: `asana/workspace:${ref}`, provider: 'asana', kind: 'workspace', ref, stage: 0, source });
const team = (parent: DesiredPlace, ref: string): DesiredPlace => ({
  key: `${parent.key}/team:${ref}`, provider: 'asana', kind: 'team', ref, parentKey: parent.key, requiresKey: parent.key, stage: 1, source,
});
const project = (parent: DesiredPlace, workspace: DesiredPlace, ref: string): DesiredPlace => ({
  key: `${parent.key}/project:${ref}`, provider: 'asana', kind: 'project', ref, parentKey: parent.key, requiresKey: workspace.key, stage: 2, source,
});
const listed = (email: string) => ({ email, reasons: [{ kind: 'listed' as const, ...source }] });

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((x) => x.close()));
});

/**
 * A workspace with `teams` teams; the file manages `managed(i)` projects of
 * team i (each with one member) and the sandbox holds `extra(i)` more per
 * team that the file does not mention, plus `loose` projects in the workspace itself.
 */
async function org(teams: number, managed: (i: number) => number, extra: (i: number) => number, options: { loose?: string[] } = {}) {
  const acme = ws('Acme');
  const entries: DesiredState['places'] = [{ place: acme, members: [listed('owner@acme.com')] }];
  const extras: NonNullable<NonNullable<SandboxSection['workspaces']>[number]['projects']> = [];
  for (let i = 0; i < teams; i++) {
    const t = team(acme, `Team ${i}`);
    entries.push({ place: t, members: [listed(`lead${i % 50}@acme.com`)] });
    for (let k = 0; k < managed(i); k++) entries.push({ place: project(t, acme, `Project ${i}.${k}`), members: [listed(`dev${(i + k) % 50}@acme.com`)] });
    for (let k = 0; k < extra(i); k++) extras.push({ name: `Other ${i}.${k}`, team: `Team ${i}` });
  }
  for (const name of options.loose ?? []) entries.push({ place: project(acme, acme, name), members: [listed('owner@acme.com')] });
  const desired: DesiredState = { files: ['gatehouse.yaml'], places: entries };
  const sandbox = await startSandbox(buildWorld(desired, { workspaces: [{ workspace: 'Acme', projects: extras }] }), { port: 0 });
  opened.push(sandbox);
  // No request budget: this test counts requests, it does not time them.
  const provider = createAsanaProvider({ baseUrl: sandbox.connection('asana').baseUrl, token: sandbox.connection('asana').token, maxRequestsPerMinute: 6_000_000 });
  opened.push(provider);
  return { sandbox, provider, places: entries.map((e) => e.place) };
}

const routes = (sandbox: RunningSandbox) => sandbox.stats().byRoute;

describe('Asana resolve: where the projects of teams come from', () => {
  it('400 teams, 1,000 managed projects in 3,000: the workspace list (30 pages), not 400 team lists', async () => {
    // Teams 0–199 manage 3 projects, 200–399 manage 2: 1,000; 5 more each that the file does not name: 3,000 in all.
    const { sandbox, provider, places } = await org(400, (i) => (i < 200 ? 3 : 2), () => 5);
    const resolved = await provider.resolve(places);
    expect(resolved).toHaveLength(places.length);
    const resolveRoutes = { ...routes(sandbox) };
    expect(resolveRoutes['GET /projects']).toBe(30);
    expect(resolveRoutes['GET /teams/{team_gid}/projects']).toBeUndefined();
    expect(sandbox.stats().total).toBe(1 + 4 + 30); // workspaces, 400 teams in 4 pages, 3,000 projects in 30

    // Each project resolved to the project of that name in its own team.
    const live = asanaWorld(sandbox);
    for (const place of resolved.filter((p) => p.kind === 'project')) {
      const p = live.projects.get(place.id);
      const teamName = place.parentKey?.split('/team:')[1];
      expect(p?.name).toBe(place.ref);
      expect(p?.teamGid === null ? undefined : live.teams.get(p!.teamGid)?.name).toBe(teamName);
    }

    // The read: the directory and workspace memberships once, then one list per managed team and project.
    const before = sandbox.stats().total;
    const state = await provider.read(resolved);
    expect(state.places).toHaveLength(places.length);
    const r = routes(sandbox);
    expect(r['GET /teams/{team_gid}/team_memberships']).toBe(400);
    expect(r['GET /memberships']).toBe(1000);
    // The directory: a page per 100 users (owner, 50 leads, 50 developers and the token's user: 102).
    expect(r['GET /users']).toBe(2);
    expect(r['GET /workspaces/{workspace_gid}/workspace_memberships']).toBe(2);
    expect(sandbox.stats().total - before).toBe(400 + 1000 + 2 + 2);
  });

  it('a few teams in a workspace of many projects: gives up on the workspace list after as many pages as there are teams, and reads the teams\' lists', async () => {
    // 3 teams with managed projects, 200 projects each: the workspace list would be 6 pages.
    const { sandbox, provider, places } = await org(3, () => 1, () => 199);
    await provider.resolve(places);
    const r = routes(sandbox);
    expect(r['GET /projects']).toBe(3);
    // Each team's list: 200 projects, 2 pages.
    expect(r['GET /teams/{team_gid}/projects']).toBe(6);
  });

  it('a few teams in a workspace of few projects: the workspace list, when it ends within that many pages', async () => {
    // 3 teams, 50 projects each: 150 in 2 pages, fewer than the 3 team lists.
    const { sandbox, provider, places } = await org(3, () => 2, () => 48);
    await provider.resolve(places);
    const r = routes(sandbox);
    expect(r['GET /projects']).toBe(2);
    expect(r['GET /teams/{team_gid}/projects']).toBeUndefined();
  });

  it('one team: its own list', async () => {
    const { sandbox, provider, places } = await org(1, () => 2, () => 300);
    await provider.resolve(places);
    const r = routes(sandbox);
    expect(r['GET /projects']).toBeUndefined();
    expect(r['GET /teams/{team_gid}/projects']).toBe(4);
  });

  it('when the file names projects of the workspace itself, that one list serves the teams too', async () => {
    const { sandbox, provider, places } = await org(1, () => 2, () => 3, { loose: ['Launch'] });
    const resolved = await provider.resolve(places);
    const r = routes(sandbox);
    expect(r['GET /projects']).toBe(1);
    expect(r['GET /teams/{team_gid}/projects']).toBeUndefined();
    expect(resolved.at(-1)?.name).toBe('Launch');
    expect(resolved).toHaveLength(places.length);
  });

  it('a project name is looked up in its own team only, whichever list it came from', async () => {
    // "Project 1.0" exists, but in Team 1, not Team 0: an error under Team 0, with Team 0's projects suggested.
    const { provider, places } = await org(2, () => 1, () => 1);
    const acme = places[0]!;
    const team0 = places.find((p) => p.ref === 'Team 0')!;
    const wrong = project(team0, acme, 'Project 1.0');
    const err = await provider.resolve([...places, wrong]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ResolveError);
    expect((err as ResolveError).problems.map((p) => p.message)).toEqual([
      'project "Project 1.0" not found in team "Team 0"; did you mean "Project 0.0"?',
    ]);
  });
});
