/**
 * Step 5: merge the files' Asana sections into places. One workspace may be
 * spread over many files; everything else is declared exactly once.
 */
import type { DesiredPlace, SourceLocation } from '../model/index.js';
import { readEntries, type Entry } from './entries.js';
import type { DataPath } from './positions.js';
import { where, type Problems } from './problems.js';
import type { AsanaProject } from './schema-types.js';
import type { ValidFile } from './valid-file.js';

export interface PlaceDecl {
  place: DesiredPlace;
  /** The place's own `members` list (empty when it has none), not yet checked for repeats. */
  entries: Entry[];
  /** For teams and projects: the implied reason they give their workspace, e.g. `team Platform`. */
  impliedBy?: string;
}

export interface WorkspaceDecl extends PlaceDecl {
  /** Where the `members` key of the workspace was given, once across all files. */
  membersAt?: SourceLocation;
  teams: TeamDecl[];
  teamsByRef: Map<string, TeamDecl>;
  projects: PlaceDecl[];
  projectsByRef: Map<string, PlaceDecl>;
}

export interface TeamDecl extends PlaceDecl {
  projects: PlaceDecl[];
  projectsByRef: Map<string, PlaceDecl>;
}

const PROVIDER = 'asana';

function place(
  kind: 'workspace' | 'team' | 'project',
  ref: string,
  source: SourceLocation,
  parent?: DesiredPlace,
  workspace?: DesiredPlace,
): DesiredPlace {
  const key = `${parent === undefined ? PROVIDER : parent.key}/${kind}:${ref}`;
  const p: DesiredPlace = {
    key,
    provider: PROVIDER,
    kind,
    ref,
    stage: kind === 'workspace' ? 0 : kind === 'team' ? 1 : 2,
    source,
  };
  if (parent !== undefined) p.parentKey = parent.key;
  if (workspace !== undefined) p.requiresKey = workspace.key;
  return p;
}

function members(file: ValidFile, path: DataPath, list: readonly string[] | undefined): Entry[] {
  if (list === undefined) return [];
  const membersPath = [...path, 'members'];
  return readEntries(list, file.positions.items(membersPath), file.positions.at(membersPath));
}

/** The workspaces of all files, in order of first appearance. */
export function mergePlaces(files: readonly ValidFile[], problems: Problems): WorkspaceDecl[] {
  const workspaces = new Map<string, WorkspaceDecl>();

  const addProjects = (
    file: ValidFile,
    path: DataPath,
    list: readonly AsanaProject[] | undefined,
    parent: PlaceDecl & { projects: PlaceDecl[]; projectsByRef: Map<string, PlaceDecl> },
    workspace: DesiredPlace,
  ): void => {
    (list ?? []).forEach((p, k) => {
      const projectPath = [...path, 'projects', k];
      const at = file.positions.at([...projectPath, 'project']);
      const first = parent.projectsByRef.get(p.project);
      if (first !== undefined) {
        problems.add(
          at,
          `project "${p.project}" is already declared in ${parent.place.kind} "${parent.place.ref}" at ${where(first.place.source, at)}`,
        );
        return;
      }
      const decl: PlaceDecl = {
        place: place('project', p.project, at, parent.place, workspace),
        entries: members(file, projectPath, p.members),
        impliedBy: `project ${p.project}`,
      };
      parent.projects.push(decl);
      parent.projectsByRef.set(p.project, decl);
    });
  };

  for (const file of files) {
    const seenHere = new Map<string, SourceLocation>();
    (file.value.asana?.workspaces ?? []).forEach((ws, i) => {
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
          place: place('workspace', ws.workspace, at),
          entries: [],
          teams: [],
          teamsByRef: new Map(),
          projects: [],
          projectsByRef: new Map(),
        };
        workspaces.set(ws.workspace, decl);
      }
      const workspace = decl.place;

      if (ws.members !== undefined) {
        const membersAt = file.positions.key([...path, 'members']);
        if (decl.membersAt === undefined) {
          decl.membersAt = membersAt;
          decl.entries = members(file, path, ws.members);
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
            `team "${t.team}" is already declared in workspace "${ws.workspace}" at ${where(first.place.source, teamAt)}`,
          );
          return;
        }
        const team: TeamDecl = {
          place: place('team', t.team, teamAt, workspace, workspace),
          entries: members(file, teamPath, t.members),
          impliedBy: `team ${t.team}`,
          projects: [],
          projectsByRef: new Map(),
        };
        decl.teams.push(team);
        decl.teamsByRef.set(t.team, team);
        addProjects(file, teamPath, t.projects, team, workspace);
      });

      addProjects(file, path, ws.projects, decl, workspace);
    });
  }
  return [...workspaces.values()];
}
