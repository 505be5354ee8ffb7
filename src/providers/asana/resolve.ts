/**
 * Find the places a file names among the live workspaces, teams, projects,
 * portfolios and goals.
 * Each list is fetched once per run; lists that do not depend on each other
 * are fetched at the same time. Every problem is collected and reported at
 * once; children of a place that failed to resolve are skipped.
 */
import { ResolveError, type DesiredPlace, type ResolvedPlace, type ResolveProblem } from '../../model/index.js';
import type { HttpClient } from '../../http/index.js';
import type { Named, ProjectRecord, SharedRecord, WorkspaceRecord } from './api.js';
import { groupBy } from '../../util/group-by.js';
import { matchRef, nameOf } from './match-ref.js';
import { Lists } from './resolve-lists.js';
import { findShared } from './resolve-shared.js';
import { sharedKind, SHARED_KIND_NAMES } from './shared-kinds.js';
import { teamRefsOf } from './team-members.js';

export { matchRef } from './match-ref.js';

export interface Resolution {
  places: ResolvedPlace[];
  /** Place key → gid of the workspace the place lives in. */
  workspaceOf: Map<string, string>;
  /** The workspaces the file names, by gid, as listed (with is_organization and email_domains). */
  workspaces: Map<string, WorkspaceRecord>;
  /** Per project, portfolio or goal key, the teams its lists name: the member as written (`team:Design`) → team gid. */
  teams: Map<string, Map<string, string>>;
  /** Per project, portfolio or goal key, the level a member added without one gets (`default_access_level`), when the list said. */
  defaultLevels: Map<string, string>;
}

const KINDS = new Set(['workspace', 'team', ...SHARED_KIND_NAMES]);

/**
 * Where the projects a file declares under teams are looked up, per workspace.
 *
 * Two sources list them: each team's list (GET /teams/{gid}/projects), one
 * walk per team, at least one request each; or the workspace's list (GET
 * /projects?workspace=…&opt_fields=name,team), one walk, a request per 100
 * projects, filtered by `team` here. With n teams holding declared projects,
 * the team lists cost n requests or more; the workspace list costs
 * ⌈P/100⌉ for the workspace's P projects, which nobody knows before reading it.
 *
 * The rule: when the file also declares projects directly in the workspace,
 * its list is fetched anyway, so it serves the teams too (no extra request).
 * Otherwise, with one team, its own list. With n ≥ 2 teams, walk the
 * workspace list for at most n pages: if it ends, it cost no more than the
 * team lists would have (e.g. 400 teams, 3,000 projects: 30 requests, not
 * 400); if it goes on, stop there and read the n team lists after all. At
 * worst that spends twice what the team lists alone cost, and only in a
 * workspace with over 100·n projects, while the gain in a large file is
 * many times over (the rent-or-buy bound: no guess about P is needed).
 *
 * Inferred: a team's list holds exactly the workspace's projects whose `team`
 * is that team (a project belongs to one team; projects merely shared with a
 * team are memberships, not in either list); both list archived projects too.
 */
type TeamProjectSource = { kind: 'workspace'; list: ProjectRecord[] } | { kind: 'teams' };

async function teamProjectSource(lists: Lists, workspace: string, teams: number, workspaceListNeeded: boolean): Promise<TeamProjectSource> {
  if (workspaceListNeeded) return { kind: 'workspace', list: await lists.workspaceProjects(workspace) };
  if (teams < 2) return { kind: 'teams' };
  // A failure here is no failure of the run: the OAS warns this list "may
  // timeout for large domains", and the team lists are the way round it.
  const list = await lists.workspaceProjectsWithin(workspace, teams).catch(() => undefined);
  return list === undefined ? { kind: 'teams' } : { kind: 'workspace', list };
}

export async function resolvePlaces(http: HttpClient, places: readonly DesiredPlace[]): Promise<Resolution> {
  const lists = new Lists(http);
  const byKey = new Map(places.map((p) => [p.key, p]));
  const resolved = new Map<string, ResolvedPlace>();
  const workspaceOf = new Map<string, string>();
  const workspaces = new Map<string, WorkspaceRecord>();
  const problems: ResolveProblem[] = [];

  const fail = (place: DesiredPlace, message: string): void => {
    problems.push({ place, message });
  };
  const defaultLevels = new Map<string, string>();
  const accept = (place: DesiredPlace, found: Named, workspace: string): void => {
    resolved.set(place.key, { ...place, id: found.gid, name: nameOf(found) || place.ref });
    const level = (found as ProjectRecord | SharedRecord).default_access_level;
    if (sharedKind(place.kind) !== undefined && typeof level === 'string') defaultLevels.set(place.key, level);
    lists.names.set(found.gid, `${place.kind} ${JSON.stringify(nameOf(found) || place.ref)} (${found.gid})`);
    workspaceOf.set(place.key, workspace);
  };

  /** The resolved parent, or undefined (after recording why) when the place must be skipped. */
  const parentOf = (place: DesiredPlace, kinds: readonly string[]): ResolvedPlace | undefined => {
    if (place.parentKey === undefined) {
      fail(place, `${place.kind} ${JSON.stringify(place.ref)} has no enclosing ${kinds.join(' or ')}`);
      return undefined;
    }
    const parent = byKey.get(place.parentKey);
    if (parent === undefined || !kinds.includes(parent.kind)) {
      fail(place, `${place.kind} ${JSON.stringify(place.ref)}: enclosing place ${place.parentKey} is not an Asana ${kinds.join(' or ')} being resolved`);
      return undefined;
    }
    // Undefined when the parent failed: its own problem already says why, so skip quietly.
    return resolved.get(parent.key);
  };

  for (const place of places) {
    if (!KINDS.has(place.kind)) fail(place, `unknown Asana place kind ${JSON.stringify(place.kind)} for ${JSON.stringify(place.ref)}`);
  }
  const ofKind = (kind: string): DesiredPlace[] => places.filter((p) => p.kind === kind);

  // 1. Workspaces.
  const workspacePlaces = ofKind('workspace');
  if (workspacePlaces.length > 0) {
    const live = await lists.workspaces(workspacePlaces.map((p) => `workspace ${JSON.stringify(p.ref)}`).join(', '));
    for (const place of workspacePlaces) {
      const m = matchRef('workspace', place.ref, live, '');
      if (m.ok) {
        accept(place, m.found, m.found.gid);
        workspaces.set(m.found.gid, m.found);
      } else fail(place, m.message);
    }
  }

  // 2. Teams, then their projects; at the same time, workspace-level projects.
  const projectPlaces = ofKind('project');
  const underTeam = (p: DesiredPlace): boolean => p.parentKey !== undefined && byKey.get(p.parentKey)?.kind === 'team';
  const inTeams = projectPlaces.filter(underTeam);
  const inWorkspaces = projectPlaces.filter((p) => !underTeam(p));
  /** The resolved workspace a declared place sits in (its own, or its team's), if any. */
  const workspaceGidOf = (p: DesiredPlace): string | undefined => {
    let cur: DesiredPlace | undefined = p;
    for (let i = 0; cur !== undefined && i < 3; i++) {
      if (cur.kind === 'workspace') return resolved.get(cur.key)?.id;
      cur = cur.parentKey === undefined ? undefined : byKey.get(cur.parentKey);
    }
    return undefined;
  };
  // Per workspace, how many teams hold declared projects: it picks the list
  // their projects come from (see teamProjectSource), found while the teams are.
  const teamsWithProjects = groupBy(
    inTeams.flatMap((p) => {
      const workspace = workspaceGidOf(p);
      return workspace === undefined || p.parentKey === undefined ? [] : [{ workspace, team: p.parentKey }];
    }),
    (x) => x.workspace,
  );
  const needed = new Set(inWorkspaces.flatMap((p) => workspaceGidOf(p) ?? []));
  const sources = new Map([...teamsWithProjects].map(([gid, teams]) => [gid, teamProjectSource(lists, gid, new Set(teams.map((x) => x.team)).size, needed.has(gid))] as const));
  // A failed source is reported where it is awaited; do not let it go unhandled meanwhile.
  for (const source of sources.values()) source.catch(() => undefined);

  const teamBranch = async (): Promise<void> => {
    const teamPlaces = ofKind('team');
    const parents = teamPlaces.map((place) => ({ place, parent: parentOf(place, ['workspace']) }));
    const wanted = [...new Set(parents.flatMap((x) => (x.parent ? [x.parent.id] : [])))];
    const teamLists = new Map(await Promise.all(wanted.map(async (gid) => [gid, await lists.teams(gid)] as const)));
    for (const { place, parent } of parents) {
      if (!parent) continue;
      const m = matchRef('team', place.ref, teamLists.get(parent.id) ?? [], ` in workspace ${JSON.stringify(parent.name)}`);
      if (m.ok) accept(place, m.found, parent.id);
      else fail(place, m.message);
    }

    const withTeam = inTeams.map((place) => ({ place, parent: parentOf(place, ['team']) }));
    const teams = [...new Map(withTeam.flatMap((x) => (x.parent ? [[x.parent.id, x.parent] as const] : []))).values()];
    const projectsOf = async (team: ResolvedPlace): Promise<Named[]> => {
      const source = await sources.get(workspaceOf.get(team.key) ?? '');
      return source?.kind === 'workspace' ? source.list.filter((p) => p.team?.gid === team.id) : lists.teamProjects(team.id);
    };
    const projectLists = new Map(await Promise.all(teams.map(async (t) => [t.id, await projectsOf(t)] as const)));
    for (const { place, parent } of withTeam) {
      if (!parent) continue;
      const m = matchRef('project', place.ref, projectLists.get(parent.id) ?? [], ` in team ${JSON.stringify(parent.name)}`);
      if (m.ok) accept(place, m.found, workspaceOf.get(parent.key) ?? '');
      else fail(place, m.message);
    }
  };
  const workspaceProjectBranch = async (): Promise<void> => {
    const withWs = inWorkspaces.map((place) => ({ place, parent: parentOf(place, ['team', 'workspace']) }));
    const wanted = [...new Set(withWs.flatMap((x) => (x.parent ? [x.parent.id] : [])))];
    const projectLists = new Map(await Promise.all(wanted.map(async (gid) => [gid, await lists.workspaceProjects(gid)] as const)));
    for (const { place, parent } of withWs) {
      if (!parent) continue;
      const m = matchRef('project', place.ref, projectLists.get(parent.id) ?? [], ` in workspace ${JSON.stringify(parent.name)}`);
      if (m.ok) accept(place, m.found, parent.id);
      else fail(place, m.message);
    }
  };
  const portfolioGoalBranch = async (): Promise<void> => {
    const withWs = places.filter((p) => p.kind === 'portfolio' || p.kind === 'goal').map((place) => ({ place, parent: parentOf(place, ['workspace']) }));
    await Promise.all(
      withWs.map(async ({ place, parent }) => {
        if (!parent) return;
        const m = await findShared(lists, place, parent);
        if (m.ok) accept(place, m.found, parent.id);
        else fail(place, m.message);
      }),
    );
  };
  await Promise.all([teamBranch(), workspaceProjectBranch(), portfolioGoalBranch()]);

  // 3. Teams named as members of projects, portfolios and goals, among their workspace's teams (the list step 2 may already hold).
  const teams = new Map<string, Map<string, string>>();
  await Promise.all(
    places.filter((p) => sharedKind(p.kind) !== undefined).map(async (place) => {
      const refs = teamRefsOf(place.settings);
      const shared = resolved.get(place.key);
      const workspace = workspaceOf.get(place.key);
      if (refs.length === 0 || shared === undefined || workspace === undefined) return;
      const inPlace = `in ${place.kind} ${JSON.stringify(shared.name)}`;
      const live = await lists.teams(workspace);
      const found = new Map<string, string>();
      const byGid = new Map<string, string>();
      for (const team of refs) {
        const m = matchRef('team', team.ref, live, ` in ${lists.names.get(workspace) ?? `workspace ${workspace}`}`);
        if (!m.ok) {
          problems.push({ place, message: `${team.member} ${inPlace}: ${m.message}`, at: team.at });
          continue;
        }
        const first = byGid.get(m.found.gid);
        if (first !== undefined) {
          problems.push({ place, message: `${team.member} is the same team (${m.found.gid}, "${nameOf(m.found)}") as ${first} ${inPlace}; list each team once`, at: team.at });
          continue;
        }
        byGid.set(m.found.gid, team.member);
        found.set(team.member, m.found.gid);
      }
      teams.set(place.key, found);
    }),
  );

  if (problems.length > 0) {
    // Report in the order the file declares the places, whatever order the lists arrived in.
    const order = new Map(places.map((p, i) => [p.key, i]));
    problems.sort((a, b) => (order.get(a.place.key) ?? 0) - (order.get(b.place.key) ?? 0) || (a.at?.line ?? 0) - (b.at?.line ?? 0));
    throw new ResolveError(problems);
  }
  return { places: places.flatMap((p) => resolved.get(p.key) ?? []), workspaceOf, workspaces, teams, defaultLevels };
}
