/**
 * The `asana:` section: workspaces, their teams, projects, portfolios and
 * goals. One workspace may be spread over many files; everything else is
 * declared exactly once. Users of a team, project, portfolio or goal are
 * implicitly members of its workspace, and apply adds them there first
 * (stage 0, then teams, portfolios and goals, then projects).
 */
import type { DesiredPlace, SourceLocation } from '../../model/index.js';
import { readEntries, where, type DataPath, type Entry, type ListItem, type PlaceDecl, type Problems, type ValidFile } from '../../config/section-kit.js';
import { ALLOW_GUESTS } from './guests.js';
import { GOAL_LEVELS, PORTFOLIO_LEVELS, PROJECT_LEVELS } from './schema.js';
import { TEAM_PREFIX, TEAM_REFS, type TeamRef } from './team-members.js';
import type { AsanaGoal, AsanaPortfolio, AsanaProject, AsanaSection } from './section-types.js';

const PROVIDER = 'asana';
type Kind = 'workspace' | 'team' | SharedKind;
/** The places shared through the Memberships API, each member at an access level. */
type SharedKind = 'project' | 'portfolio' | 'goal';
/** Asana refuses a team, project, portfolio or goal add for a user outside the workspace. */
const STAGE: Record<Kind, number> = { workspace: 0, team: 1, portfolio: 1, goal: 1, project: 2 };
const LEVELS: Record<SharedKind, readonly string[]> = { project: PROJECT_LEVELS, portfolio: PORTFOLIO_LEVELS, goal: GOAL_LEVELS };

/** A project, portfolio or goal entry of the file: its ref under its kind's key, and its lists. */
type SharedEntry = AsanaProject | AsanaPortfolio | AsanaGoal;
/** An entry's value under a key its kind decides (`portfolio`, `viewer`). */
const field = (entry: SharedEntry, key: string): unknown => (entry as unknown as Record<string, unknown>)[key];

interface Container {
  decl: PlaceDecl;
  projects: PlaceDecl[];
  projectsByRef: Map<string, PlaceDecl>;
}

interface WorkspaceDecl extends Container {
  /** Where the `members` key of the workspace was given, once across all files. */
  membersAt?: SourceLocation;
  teams: Container[];
  teamsByRef: Map<string, Container>;
  /** Portfolios and goals, in file order, by `kind:ref`. */
  shared: PlaceDecl[];
  sharedByRef: Map<string, PlaceDecl>;
}

function place(kind: Kind, ref: string, source: SourceLocation, parent?: DesiredPlace): DesiredPlace {
  const p: DesiredPlace = {
    key: `${parent === undefined ? PROVIDER : parent.key}/${kind}:${ref}`,
    provider: PROVIDER,
    kind,
    ref,
    stage: STAGE[kind],
    source,
  };
  // Leaving an Asana workspace takes a user out of its teams, projects, portfolios and goals.
  if (kind === 'workspace') p.removalCovers = true;
  if (parent !== undefined) p.parentKey = parent.key;
  return p;
}

/** A team, project, portfolio or goal: its users are also wanted in the workspace, which they need first. */
function child(kind: Exclude<Kind, 'workspace'>, ref: string, at: SourceLocation, parent: DesiredPlace, workspace: DesiredPlace, entries: Entry[]): PlaceDecl {
  const p = place(kind, ref, at, parent);
  p.requiresKey = workspace.key;
  return { place: p, entries, implies: { key: workspace.key, by: `${kind} ${ref}` } };
}

/** A list as entries; `role` for a level list. */
function listAt(file: ValidFile, path: DataPath, key: string, list: readonly ListItem[], role?: string): Entry[] {
  const listPath = [...path, key];
  const options = role === undefined ? { refPrefixes: [TEAM_PREFIX] } : { role, refPrefixes: [TEAM_PREFIX] };
  return readEntries(list, file.positions, listPath, options);
}

/** A workspace's or team's `members:`: users only; a team there is an error at its line. */
function members(file: ValidFile, path: DataPath, list: readonly ListItem[] | undefined, kind: 'workspace' | 'team', problems: Problems): Entry[] {
  if (list === undefined) return [];
  return listAt(file, path, 'members', list).filter((entry) => {
    if (entry.kind !== 'ref') return true;
    problems.add(entry.at, `${entry.ref}: a team cannot be a member of a ${kind}; teams are members of projects, portfolios and goals only (in their level lists or members)`);
    return false;
  });
}

/** A shared place's `members:` and level lists, in file order (a member listed twice is reported at the later mention). */
function sharedEntries(file: ValidFile, path: DataPath, entry: SharedEntry, levels: readonly string[]): Entry[] {
  const lists: Array<[string, readonly ListItem[] | undefined, string | undefined]> = [
    ['members', entry.members, undefined],
    ...levels.map((level): [string, readonly ListItem[] | undefined, string] => [level, field(entry, level) as readonly ListItem[] | undefined, level]),
  ];
  return lists
    .flatMap(([key, list, role]) => (list === undefined ? [] : listAt(file, path, key, list, role)))
    .sort((a, b) => a.at.line - b.at.line || a.at.col - b.at.col);
}

/** A project, portfolio or goal as a place: its lists, its flags, and the teams the provider resolves (resolve.ts). */
function sharedPlace(kind: SharedKind, file: ValidFile, path: DataPath, entry: SharedEntry, at: SourceLocation, parent: DesiredPlace, workspace: DesiredPlace): PlaceDecl {
  const levels = LEVELS[kind];
  const entries = sharedEntries(file, path, entry, levels);
  const ref = field(entry, kind) as string;
  const decl: PlaceDecl = { ...child(kind, ref, at, parent, workspace, entries), roleNoun: 'access level' };
  if (entry.prune !== undefined) decl.place.prune = entry.prune;
  if (entry.members !== undefined || levels.some((level) => field(entry, level) !== undefined)) decl.place.listsMembers = true;
  // The core only carries the teams as members.
  const teams = entries.filter((e) => e.kind === 'ref');
  if (teams.length > 0) decl.place.settings = { [TEAM_REFS]: teams.map((e): TeamRef => ({ member: e.ref, ref: e.ref.slice(TEAM_PREFIX.length), at: e.at })) };
  return decl;
}

/**
 * A workspace may be spread over files; a flag on it (`prune`, `allow_guests`)
 * may be written in any of them, but two files must not disagree.
 */
function mergeFlag(
  place: DesiredPlace,
  key: 'prune' | 'allow_guests',
  value: boolean | undefined,
  at: SourceLocation,
  flagsAt: Map<string, SourceLocation>,
  problems: Problems,
): void {
  if (value === undefined) return;
  const id = `${place.key}\u0000${key}`;
  const first = flagsAt.get(id);
  const current = key === 'prune' ? place.prune : place.settings?.[ALLOW_GUESTS];
  if (first !== undefined && current !== value) {
    problems.add(at, `${key} of workspace "${place.ref}" is already set to ${String(current)} at ${where(first, at)}; set it once`);
    return;
  }
  if (first === undefined) flagsAt.set(id, at);
  if (key === 'prune') place.prune = value;
  else place.settings = { ...place.settings, [ALLOW_GUESTS]: value };
}

/** The Asana places of all files: each workspace, then its teams each followed by their projects, then its own projects, portfolios and goals. */
export function asanaPlaces(files: readonly ValidFile[], problems: Problems): PlaceDecl[] {
  const workspaces = new Map<string, WorkspaceDecl>();
  const flagsAt = new Map<string, SourceLocation>();

  /** Entries of one kind under `parent`, each declared once there (`declared` holds them by ref). */
  const addShared = (
    kind: SharedKind,
    file: ValidFile,
    path: DataPath,
    list: readonly SharedEntry[] | undefined,
    parent: PlaceDecl,
    workspace: DesiredPlace,
    declared: Map<string, PlaceDecl>,
    into: PlaceDecl[],
  ): void => {
    (list ?? []).forEach((entry, k) => {
      const entryPath = [...path, `${kind}s`, k];
      const at = file.positions.at([...entryPath, kind]);
      const ref = field(entry, kind) as string;
      const id = `${kind}:${ref}`;
      const first = declared.get(id);
      if (first !== undefined) {
        const { kind: parentKind, ref: parentRef } = parent.place;
        problems.add(at, `${kind} "${ref}" is already declared in ${parentKind} "${parentRef}" at ${where(first.place.source, at)}`);
        return;
      }
      const decl = sharedPlace(kind, file, entryPath, entry, at, parent.place, workspace);
      into.push(decl);
      declared.set(id, decl);
    });
  };
  const addProjects = (file: ValidFile, path: DataPath, list: readonly SharedEntry[] | undefined, parent: Container, workspace: DesiredPlace): void =>
    addShared('project', file, path, list, parent.decl, workspace, parent.projectsByRef, parent.projects);

  for (const file of files) {
    const seenHere = new Map<string, SourceLocation>();
    const asana = file.value[PROVIDER] as AsanaSection | undefined;
    (asana?.workspaces ?? []).forEach((ws, i) => {
      const path = ['asana', 'workspaces', i];
      const at = file.positions.at([...path, 'workspace']);
      const sameFile = seenHere.get(ws.workspace);
      if (sameFile !== undefined) {
        problems.add(at, `workspace "${ws.workspace}" is already listed at line ${sameFile.line} of this file`);
      } else {
        seenHere.set(ws.workspace, at);
      }

      let decl = workspaces.get(ws.workspace);
      if (decl === undefined) {
        decl = {
          decl: { place: place('workspace', ws.workspace, at), entries: [] },
          teams: [],
          teamsByRef: new Map(),
          projects: [],
          projectsByRef: new Map(),
          shared: [],
          sharedByRef: new Map(),
        };
        workspaces.set(ws.workspace, decl);
      }
      const workspace = decl.decl.place;
      mergeFlag(workspace, 'prune', ws.prune, file.positions.key([...path, 'prune']), flagsAt, problems);
      mergeFlag(workspace, 'allow_guests', ws.allow_guests, file.positions.key([...path, 'allow_guests']), flagsAt, problems);

      if (ws.members !== undefined) {
        const membersAt = file.positions.key([...path, 'members']);
        if (decl.membersAt === undefined) {
          decl.membersAt = membersAt;
          workspace.listsMembers = true;
          decl.decl.entries = members(file, path, ws.members, 'workspace', problems);
        } else if (sameFile === undefined) {
          problems.add(
            membersAt,
            `members of workspace "${ws.workspace}" are already listed at ${where(decl.membersAt, membersAt)}; list them in one file`,
          );
        }
      }

      (ws.teams ?? []).forEach((t, j) => {
        const teamPath = [...path, 'teams', j];
        const teamAt = file.positions.at([...teamPath, 'team']);
        const first = decl.teamsByRef.get(t.team);
        if (first !== undefined) {
          problems.add(
            teamAt,
            `team "${t.team}" is already declared in workspace "${ws.workspace}" at ${where(first.decl.place.source, teamAt)}`,
          );
          return;
        }
        const teamDecl = child('team', t.team, teamAt, workspace, workspace, members(file, teamPath, t.members, 'team', problems));
        if (t.prune !== undefined) teamDecl.place.prune = t.prune;
        if (t.members !== undefined) teamDecl.place.listsMembers = true;
        const team: Container = {
          decl: teamDecl,
          projects: [],
          projectsByRef: new Map(),
        };
        decl.teams.push(team);
        decl.teamsByRef.set(t.team, team);
        addProjects(file, teamPath, t.projects, team, workspace);
      });

      addProjects(file, path, ws.projects, decl, workspace);
      addShared('portfolio', file, path, ws.portfolios, decl.decl, workspace, decl.sharedByRef, decl.shared);
      addShared('goal', file, path, ws.goals, decl.decl, workspace, decl.sharedByRef, decl.shared);
    });
  }

  return [...workspaces.values()].flatMap((ws) => [
    ws.decl,
    ...ws.teams.flatMap((team) => [team.decl, ...team.projects]),
    ...ws.projects,
    ...ws.shared,
  ]);
}
