// The fewest requests each phase could need, computed from the data the
// sandbox holds, with the reasoning next to each term. The argument is about
// the Asana API as documented (shared/reference/asana_oas.yaml, ../shared/API-FACTS.md),
// not about what Gatehouse happens to send: a term names every route that could
// serve its purpose, and the measured count for the term is the sum over them.
//
// Ground rules of the argument:
// - Every list is paginated at most 100 per page (`limit` 1–100), so reading n
//   items of a list costs ceil(n / 100) requests, and at least 1 (an empty
//   list still has to be asked for).
// - `POST /batch` runs up to 10 actions, but each counts against the rate
//   limit, so it saves round trips, not requests; it is never cheaper here.
// - Only lists the API documents as complete count as a read of a place. Two
//   shortcuts are NOT counted: `opt_fields=members` on `GET /projects` (an
//   unpaginated array whose completeness for large projects is not documented)
//   and `.email` sub-fields (API-FACTS: "do not depend on .email sub-fields").
//   `GET /teams/{gid}/users` IS counted where it is complete: it answers up to
//   2000 users in one request (oas:63407), so a team of 101–1999 members can
//   be read in one request instead of ceil(n / 100).
// - The generated file prunes nothing, so no GET /users/me (the token's own
//   user, never removed) is needed; with prune it would add 1.

import { WORKSPACE } from './org.mjs';

const pages = (n) => Math.max(1, Math.ceil(n / 100));

/**
 * The reads of one plan (and of the plan `apply` makes first) against Asana's `world`,
 * for the places the generated organisation's file manages.
 * @returns {{ what: string, routes: string[], bound: number, why: string }[]}
 */
export function planBound(world, org) {
  const ws = world.workspaces.get(WORKSPACE.gid);
  if (!ws) throw new Error(`bench: the sandbox has no workspace ${WORKSPACE.gid}`);
  const teams = [...world.teams.values()].filter((t) => t.workspaceGid === ws.gid);
  const projects = [...world.projects.values()].filter((p) => p.workspaceGid === ws.gid);
  const teamByName = new Map(teams.map((t) => [t.name, t]));
  const projectByName = new Map(projects.map((p) => [p.name, p]));
  const managedTeams = org.teams.map((t) => teamByName.get(t.name));
  const managedProjects = org.projects.filter((p) => p.managed).map((p) => projectByName.get(p.name));
  if (managedTeams.includes(undefined) || managedProjects.includes(undefined)) throw new Error('bench: a managed place is missing from the sandbox');
  const workspaceLevel = org.projects.filter((p) => p.managed && p.workspaceLevel).length;
  const visibleWorkspaces = [...world.workspaces.values()].filter((w) => w.members.has(world.meGid)).length;

  // Projects named under a team can be found in that team's list or in the
  // workspace's list; projects named at workspace level ("found by name
  // anywhere in the workspace") only in the workspace's list. The workspace
  // list (opt_fields name,team) resolves both kinds at once.
  const teamsWithNamedProjects = new Set(org.projects.filter((p) => p.managed && !p.workspaceLevel).map((p) => teamByName.get(org.teams[p.team].name)));
  const perTeamLists = [...teamsWithNamedProjects].reduce((n, t) => n + pages(projects.filter((p) => p.teamGid === t.gid).length), 0);
  const workspaceList = pages(projects.length);
  const projectLookup = Math.min(workspaceList, perTeamLists + (workspaceLevel > 0 ? workspaceList : 0));

  const teamReads = managedTeams.reduce((n, t) => n + (t.members.size < 2000 ? 1 : pages(t.members.size)), 0);
  const projectReads = managedProjects.reduce((n, p) => n + pages(p.members.size + p.teamMembers.size), 0);

  return [
    {
      what: 'workspace lookup',
      routes: ['GET /workspaces'],
      bound: pages(visibleWorkspaces),
      why: `the file names the workspace by name; ${visibleWorkspaces} visible workspace(s)`,
    },
    {
      what: 'team lookup',
      routes: ['GET /workspaces/{workspace_gid}/teams'],
      bound: pages(teams.length),
      why: `the file names ${managedTeams.length} teams by name; the workspace has ${teams.length}`,
    },
    {
      what: 'project lookup',
      routes: ['GET /projects', 'GET /teams/{team_gid}/projects'],
      bound: projectLookup,
      why: `${managedProjects.length} projects named (${workspaceLevel} at workspace level): the workspace's list of ${projects.length} is ${workspaceList} pages; per-team lists would be ${perTeamLists}`,
    },
    {
      what: 'directory (emails)',
      routes: ['GET /users', 'GET /workspaces/{workspace_gid}/users'],
      bound: pages(ws.members.size),
      why: `${ws.members.size} workspace members: memberships name users by gid, and GET /users?workspace= is the one complete list with emails (/workspaces/{gid}/users stops at 2000)`,
    },
    {
      what: 'workspace memberships',
      routes: ['GET /workspaces/{workspace_gid}/workspace_memberships'],
      bound: pages(ws.members.size),
      why: `the file manages the workspace, and whether a member is a guest or has not accepted an invite (is_guest, is_active) is only on its memberships (oas:65437), whose documented opt_fields give user.name but no email`,
    },
    {
      what: 'team members',
      routes: ['GET /teams/{team_gid}/team_memberships', 'GET /teams/{team_gid}/users'],
      bound: teamReads,
      why: `${managedTeams.length} teams, ${managedTeams.reduce((n, t) => n + t.members.size, 0)} live members; one request per team under 2000 members (/teams/{gid}/users)`,
    },
    {
      what: 'project members',
      routes: ['GET /memberships', 'GET /projects/{project_gid}/project_memberships'],
      bound: projectReads,
      why:
        `${managedProjects.length} projects, Σ ceil((users + teams) / 100), at least 1 each: a membership list is the only read that ` +
        `gives each member's access level and the teams (GET /memberships?parent=, oas:22351, or the deprecated project_memberships)`,
    },
  ];
}

/**
 * The writes of an apply that adds `missing` (the plan's adds) and changes
 * levels: the workspace and team endpoints take one user per request; a
 * project's addMembers takes every user of that project in one request, but
 * gives only the project's default level (oas:5204) and takes users only
 * (AddMembersRequest, oas:1970); POST /memberships takes one member (a user
 * or a team) at any level (oas:22563); PUT /memberships/{gid} changes one
 * membership (oas:22706). No route takes a list of levels or of teams, and
 * adding at the default level and then changing it costs two requests where
 * one POST does.
 * @param {ReturnType<typeof import('./org.mjs').missingCounts>} missing
 */
export function applyWriteBound(missing) {
  return [
    {
      what: 'workspace adds',
      routes: ['POST /workspaces/{workspace_gid}/addUser'],
      bound: missing.workspace,
      why: `${missing.workspace} people join the workspace; addUser takes one user (oas:66181), and a team or project add needs them in the organisation first`,
    },
    {
      what: 'team adds',
      routes: ['POST /teams/{team_gid}/addUser'],
      bound: missing.team,
      why: `${missing.team} team memberships; addUser takes one user (oas:58649)`,
    },
    {
      what: 'project adds at the default level',
      routes: ['POST /projects/{project_gid}/addMembers'],
      bound: missing.projectsWithDefaultAdds,
      why: `${missing.projectMembers - missing.levelAdds} users at the default level in ${missing.projectsWithDefaultAdds} projects; addMembers takes a list (oas:37049)`,
    },
    {
      what: 'project adds at another level, and teams',
      routes: ['POST /memberships'],
      bound: missing.levelAdds + missing.teamAdds,
      why: `${missing.levelAdds} users as admin or commenter and ${missing.teamAdds} teams; one member per request`,
    },
    {
      what: 'level changes',
      routes: ['PUT /memberships/{membership_gid}'],
      bound: missing.changes,
      why: `${missing.changes} members (users and teams) at another level live; one membership per request`,
    },
  ];
}

export const total = (terms) => terms.reduce((n, t) => n + t.bound, 0);
