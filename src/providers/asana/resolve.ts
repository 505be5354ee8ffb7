/**
 * Find the places a file names among the live workspaces, teams and projects.
 * Each list is fetched once per run; lists that do not depend on each other
 * are fetched at the same time. Every problem is collected and reported at
 * once; children of a place that failed to resolve are skipped.
 */
import { ResolveError, type DesiredPlace, type ResolvedPlace, type ResolveProblem } from '../../model/index.js';
import type { HttpClient } from '../../http/index.js';
import { listAll, listWithin, paths, PROJECT_FIELDS, TEAM_PROJECT_FIELDS, type Named, type ProjectRecord, type WorkspaceRecord } from './api.js';
import { guarded } from '../failure.js';
import { groupBy } from '../../util/group-by.js';
import { closeMatches, orList } from '../../text/suggest.js';
import { teamRefsOf } from './team-members.js';

export interface Resolution {
  places: ResolvedPlace[];
  /** Place key → gid of the workspace the place lives in. */
  workspaceOf: Map<string, string>;
  /** The workspaces the file names, by gid, as listed (with is_organization and email_domains). */
  workspaces: Map<string, WorkspaceRecord>;
  /** Per project key, the teams its lists name: the member as written (`team:Design`) → team gid. */
  teams: Map<string, Map<string, string>>;
  /** Per project key, the level addMembers gives (`default_access_level`), when the list said. */
  defaultLevels: Map<string, string>;
}

const KINDS = new Set(['workspace', 'team', 'project']);
const isGid = (ref: string): boolean => /^\d+$/.test(ref);

/**
 * Fetch each list at most once, sharing the in-flight promise. A list that
 * fails says which place of the file it was for (`cannot list the teams of
 * workspace "Acme Corp" (123): GET …: 429 …`), not only the request.
 */
class Lists {
  private readonly cache = new Map<string, Promise<unknown>>();
  /** How a resolved place is named in messages, by gid: `workspace "Acme Corp" (123)`. */
  readonly names = new Map<string, string>();
  constructor(private readonly http: HttpClient) {}

  /** The promise `fetch` made for `key`, made on the first call only. */
  private memo<T>(key: string, fetch: () => Promise<T>): Promise<T> {
    let p = this.cache.get(key) as Promise<T> | undefined;
    if (!p) {
      p = fetch();
      this.cache.set(key, p);
    }
    return p;
  }

  private once<T extends Named = Named>(key: string, what: string, path: string, query: Record<string, string> = {}, fields = 'name'): Promise<T[]> {
    return this.memo(key, () => guarded(this.http, what, () => listAll<T>(this.http, path, { ...query, opt_fields: fields })));
  }

  private named = (gid: string): string => this.names.get(gid) ?? gid;

  // The organisation facts ride along on the one list (oas:65658), saving a request per workspace in read.
  workspaces = (lookingFor: string): Promise<WorkspaceRecord[]> =>
    this.once<WorkspaceRecord>('workspaces', `cannot list the Asana workspaces (looking for ${lookingFor})`, paths.workspaces(), {}, 'name,is_organization,email_domains');
  teams = (workspace: string): Promise<Named[]> =>
    this.once(`teams:${workspace}`, `cannot list the teams of ${this.named(workspace)}`, paths.workspaceTeams(workspace));
  teamProjects = (team: string): Promise<ProjectRecord[]> =>
    this.once<ProjectRecord>(`team-projects:${team}`, `cannot list the projects of ${this.named(team)}`, paths.teamProjects(team), {}, TEAM_PROJECT_FIELDS);
  /** Every project of the workspace with its team (`team` is in the opt_fields of GET /projects, oas:31649). */
  workspaceProjects = (workspace: string): Promise<ProjectRecord[]> =>
    this.once<ProjectRecord>(`projects:${workspace}`, `cannot list the projects of ${this.named(workspace)}`, paths.projects(), { workspace }, PROJECT_FIELDS);
  /** The same list if it ends within `maxPages` pages, else undefined; fetched once, like the others. */
  workspaceProjectsWithin = (workspace: string, maxPages: number): Promise<ProjectRecord[] | undefined> =>
    this.memo(`projects-within:${workspace}`, () => listWithin<ProjectRecord>(this.http, paths.projects(), { workspace, opt_fields: PROJECT_FIELDS }, maxPages));
}

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

type Match = { ok: true; found: Named } | { ok: false; message: string };

const nameOf = (n: Named): string => n.name ?? '';

/** Match one ref against a live list; `where` reads like ` in workspace "Acme Corp"`. */
export function matchRef(kind: string, ref: string, list: readonly Named[], where: string): Match {
  if (isGid(ref)) {
    const byGid = list.find((n) => n.gid === ref);
    if (byGid) return { ok: true, found: byGid };
  }
  const exact = list.filter((n) => nameOf(n) === ref);
  if (exact.length === 1 && exact[0]) return { ok: true, found: exact[0] };
  if (exact.length > 1) {
    const listing = exact.map((n) => `${n.gid} (${nameOf(n)})`).join(', ');
    return { ok: false, message: `${kind} name ${JSON.stringify(ref)} is ambiguous${where}: ${listing}; write the gid instead` };
  }
  if (isGid(ref)) {
    return { ok: false, message: `${kind} with gid ${ref} not found${where}${existing(kind, list, where, true)}` };
  }
  const close = closeMatches(ref, list.map(nameOf).filter((n) => n !== ''));
  if (close.length > 0) {
    return { ok: false, message: `${kind} ${JSON.stringify(ref)} not found${where}; did you mean ${orList(close)}?` };
  }
  return { ok: false, message: `${kind} ${JSON.stringify(ref)} not found${where}${existing(kind, list, where, false)}` };
}

function existing(kind: string, list: readonly Named[], where: string, withGids: boolean): string {
  if (list.length === 0) return `; this token sees no ${kind}s${where === '' ? '' : ' there'}`;
  const shown = [...list]
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b)))
    .slice(0, 5)
    .map((n) => (withGids ? `${n.gid} (${nameOf(n)})` : JSON.stringify(nameOf(n))));
  const more = list.length > shown.length ? `, and ${list.length - shown.length} more` : '';
  return `; existing ${kind}s: ${shown.join(', ')}${more}`;
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
    const level = (found as ProjectRecord).default_access_level;
    if (place.kind === 'project' && typeof level === 'string') defaultLevels.set(place.key, level);
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
  await Promise.all([teamBranch(), workspaceProjectBranch()]);

  // 3. Teams named as members of projects, among their workspace's teams (the list step 2 may already hold).
  const teams = new Map<string, Map<string, string>>();
  await Promise.all(
    projectPlaces.map(async (place) => {
      const refs = teamRefsOf(place.settings);
      const project = resolved.get(place.key);
      const workspace = workspaceOf.get(place.key);
      if (refs.length === 0 || project === undefined || workspace === undefined) return;
      const live = await lists.teams(workspace);
      const found = new Map<string, string>();
      const byGid = new Map<string, string>();
      for (const team of refs) {
        const m = matchRef('team', team.ref, live, ` in ${lists.names.get(workspace) ?? `workspace ${workspace}`}`);
        if (!m.ok) {
          problems.push({ place, message: `${team.member} in project ${JSON.stringify(project.name)}: ${m.message}`, at: team.at });
          continue;
        }
        const first = byGid.get(m.found.gid);
        if (first !== undefined) {
          problems.push({ place, message: `${team.member} is the same team (${m.found.gid}, "${nameOf(m.found)}") as ${first} in project ${JSON.stringify(project.name)}; list each team once`, at: team.at });
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
