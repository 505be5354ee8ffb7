/**
 * Find the places a file names among the live workspaces, teams and projects.
 * Each list is fetched once per run; lists that do not depend on each other
 * are fetched at the same time. Every problem is collected and reported at
 * once; children of a place that failed to resolve are skipped.
 */
import { ResolveError, type DesiredPlace, type ResolvedPlace, type ResolveProblem } from '../../model/index.js';
import type { HttpClient } from '../../http/index.js';
import { listAll, paths, type Named, type WorkspaceRecord } from './api.js';
import { closeMatches, orList } from '../../text/suggest.js';

export interface Resolution {
  places: ResolvedPlace[];
  /** Place key → gid of the workspace the place lives in. */
  workspaceOf: Map<string, string>;
  /** The workspaces the file names, by gid, as listed (with is_organization and email_domains). */
  workspaces: Map<string, WorkspaceRecord>;
}

const KINDS = new Set(['workspace', 'team', 'project']);
const isGid = (ref: string): boolean => /^\d+$/.test(ref);

/** Fetch each list at most once, sharing the in-flight promise. */
class Lists {
  private readonly cache = new Map<string, Promise<Named[]>>();
  constructor(private readonly http: HttpClient) {}

  private once(key: string, path: string, query: Record<string, string> = {}, fields = 'name'): Promise<Named[]> {
    let p = this.cache.get(key);
    if (!p) {
      p = listAll<Named>(this.http, path, { ...query, opt_fields: fields });
      this.cache.set(key, p);
    }
    return p;
  }

  // The organisation facts ride along on the one list (oas:65658), saving a request per workspace in read.
  workspaces = (): Promise<WorkspaceRecord[]> =>
    this.once('workspaces', paths.workspaces(), {}, 'name,is_organization,email_domains');
  teams = (workspace: string): Promise<Named[]> => this.once(`teams:${workspace}`, paths.workspaceTeams(workspace));
  teamProjects = (team: string): Promise<Named[]> => this.once(`team-projects:${team}`, paths.teamProjects(team));
  workspaceProjects = (workspace: string): Promise<Named[]> =>
    this.once(`projects:${workspace}`, paths.projects(), { workspace });
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
  const accept = (place: DesiredPlace, found: Named, workspace: string): void => {
    resolved.set(place.key, { ...place, id: found.gid, name: nameOf(found) || place.ref });
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
    const live = await lists.workspaces();
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

    const inTeams = projectPlaces.filter((p) => p.parentKey !== undefined && byKey.get(p.parentKey)?.kind === 'team');
    const withTeam = inTeams.map((place) => ({ place, parent: parentOf(place, ['team']) }));
    const teams = [...new Set(withTeam.flatMap((x) => (x.parent ? [x.parent.id] : [])))];
    const projectLists = new Map(await Promise.all(teams.map(async (gid) => [gid, await lists.teamProjects(gid)] as const)));
    for (const { place, parent } of withTeam) {
      if (!parent) continue;
      const m = matchRef('project', place.ref, projectLists.get(parent.id) ?? [], ` in team ${JSON.stringify(parent.name)}`);
      if (m.ok) accept(place, m.found, workspaceOf.get(parent.key) ?? '');
      else fail(place, m.message);
    }
  };
  const workspaceProjectBranch = async (): Promise<void> => {
    const inWorkspaces = projectPlaces.filter((p) => p.parentKey === undefined || byKey.get(p.parentKey)?.kind !== 'team');
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

  if (problems.length > 0) {
    // Report in the order the file declares the places, whatever order the lists arrived in.
    const order = new Map(places.map((p, i) => [p.key, i]));
    problems.sort((a, b) => (order.get(a.place.key) ?? 0) - (order.get(b.place.key) ?? 0));
    throw new ResolveError(problems);
  }
  return { places: places.flatMap((p) => resolved.get(p.key) ?? []), workspaceOf, workspaces };
}
