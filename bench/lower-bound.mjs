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
// - `GET /workspaces/{gid}/typeahead` finds portfolios and goals by name, but
//   one name per request, and "should not be relied upon for accurate or
//   exhaustive search results" (oas:61602): never a complete lookup.
// - The bench's token is a personal access token, so GET /portfolios lists
//   only the portfolios its own user owns (oas:24603); a service account's
//   token would list them all and change the portfolio lookup term.
// - Where the sandbox's counts cannot tell two purposes apart (one route,
//   e.g. GET /memberships, serves projects, portfolios and goals), the two
//   are one term, and its reasoning gives each part.

import { WORKSPACE } from './org.mjs';

const pages = (n) => Math.max(1, Math.ceil(n / 100));
const fmt = (n) => n.toLocaleString('en');

/**
 * The sandbox's portfolios and goals that the generated file manages, checked
 * against the organisation (each exists, with the default level and owner the
 * organisation gave it), so the bound and the missing counts describe the
 * same places.
 */
function managedShared(world, org, ws) {
  const find = (kind, pool, s) => {
    const found = [...pool.values()].find((x) => x.workspaceGid === ws.gid && (s.gid !== undefined ? x.gid === s.gid : x.name === s.name));
    if (!found) throw new Error(`bench: the sandbox has no ${kind} ${s.gid ?? s.name}`);
    if (found.defaultAccessLevel !== s.defaultLevel) {
      throw new Error(`bench: ${kind} ${s.name}'s default level is ${found.defaultAccessLevel} in the sandbox, ${s.defaultLevel} in the organisation`);
    }
    const ownedByMe = kind === 'portfolio' && found.ownerGid === world.meGid;
    if (kind === 'portfolio' && ownedByMe !== (s.gid === undefined)) throw new Error(`bench: portfolio ${s.name}: owner and the file's name for it disagree`);
    return found;
  };
  return {
    portfolios: org.portfolios.map((s) => find('portfolio', world.portfolios, s)),
    goals: org.goals.map((s) => find('goal', world.goals, s)),
  };
}

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
  const membershipReads = (places) => places.reduce((n, p) => n + pages(p.members.size + p.teamMembers.size), 0);
  const projectReads = membershipReads(managedProjects);

  // Portfolios: the token lists only its own user's (oas:24603). Those the
  // file names by name are found in that list; one it names by gid that the
  // list lacks is read on its own (GET /portfolios/{gid}, oas:25393): only
  // the portfolio's record says which workspace it is in and its default
  // level (PortfolioResponse.workspace, default_access_level), and the
  // file puts it in this workspace. Goals: every goal of the workspace is in
  // GET /goals?workspace= (oas:18958; is_workspace_level=true lists a subset,
  // no fewer pages here, where every goal is a workspace goal).
  const shared = managedShared(world, org, ws);
  const ownPortfolios = [...world.portfolios.values()].filter((p) => p.workspaceGid === ws.gid && p.ownerGid === world.meGid);
  const own = new Set(ownPortfolios.map((p) => p.gid));
  const byName = org.portfolios.filter((s) => s.gid === undefined).length;
  const unlisted = shared.portfolios.filter((p, i) => org.portfolios[i].gid !== undefined && !own.has(p.gid)).length;
  const allPortfolios = [...world.portfolios.values()].filter((p) => p.workspaceGid === ws.gid).length;
  const portfolioLookup = (byName > 0 ? pages(ownPortfolios.length) : 0) + unlisted;
  const goals = [...world.goals.values()].filter((g) => g.workspaceGid === ws.gid);
  const portfolioReads = membershipReads(shared.portfolios);
  const goalReads = membershipReads(shared.goals);
  const liveMembers = (places) => places.reduce((n, p) => n + p.members.size + p.teamMembers.size, 0);

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
      what: 'portfolio lookup',
      routes: ['GET /portfolios', 'GET /portfolios/{portfolio_gid}'],
      bound: portfolioLookup,
      why:
        `${byName} portfolios named by name, found in the ${ownPortfolios.length} the token's user owns (a personal access token lists no others, oas:24603; ` +
        `the workspace has ${allPortfolios}): ${byName > 0 ? pages(ownPortfolios.length) : 0} page(s); ${unlisted} named by gid that the list lacks, ` +
        `one GET /portfolios/{gid} each (oas:25393), the only read that says a portfolio's workspace and default level`,
    },
    {
      what: 'goal lookup',
      routes: ['GET /goals', 'GET /goals/{goal_gid}'],
      bound: pages(goals.length),
      why: `the file names ${org.goals.length} goals by name; GET /goals?workspace= (oas:18958) lists the workspace's ${goals.length}`,
    },
    {
      what: 'project, portfolio and goal members',
      routes: [
        'GET /memberships',
        'GET /projects/{project_gid}/project_memberships',
        'GET /portfolios/{portfolio_gid}/portfolio_memberships',
        'GET /portfolio_memberships',
      ],
      bound: projectReads + portfolioReads + goalReads,
      why:
        `Σ ceil((users + teams) / 100), at least 1 each, over ${managedProjects.length} projects (${fmt(projectReads)}), ` +
        `${shared.portfolios.length} portfolios with ${fmt(liveMembers(shared.portfolios))} live members (${portfolioReads}) and ` +
        `${shared.goals.length} goals with ${fmt(liveMembers(shared.goals))} (${goalReads}): a membership list is the only read that ` +
        `gives each member's access level and the teams (GET /memberships?parent=, oas:22351; the deprecated project_memberships, or ` +
        `portfolio_memberships, which name users only, oas:4750); the \`members\` of GET /portfolios (oas:4928) and a goal's \`followers\` ` +
        `(oas:4202) are unpaginated arrays of users with no level, not counted as complete`,
    },
  ];
}

/**
 * The writes of an apply that adds `missing` (the plan's adds) and changes
 * levels: the workspace and team endpoints take one user per request; a
 * project's or portfolio's addMembers takes every user of that place in one
 * request, but gives only the place's default level (oas:5204, oas:4711)
 * and takes users only (AddMembersRequest, oas:1970); so, read the same way,
 * does a goal's addFollowers (below); POST /memberships takes one member (a
 * user or a team) at any level (oas:22563); PUT /memberships/{gid} changes
 * one membership (oas:22706). No route takes a list of levels or of teams,
 * and adding at the default level and then changing it costs two requests
 * where one POST does.
 * @param {ReturnType<typeof import('./org.mjs').missingCounts>} missing
 */
export function applyWriteBound(missing) {
  const { project, portfolio, goal } = missing.kinds;
  const kinds = [project, portfolio, goal];
  const sum = (key) => kinds.reduce((n, k) => n + k[key], 0);
  const perKind = (key, unit) => `${project[key]} project, ${portfolio[key]} portfolio and ${goal[key]} goal ${unit}`;
  return [
    {
      what: 'workspace adds',
      routes: ['POST /workspaces/{workspace_gid}/addUser'],
      bound: missing.workspace,
      why: `${missing.workspace} people join the workspace; addUser takes one user (oas:66181), and a team, project, portfolio or goal add needs them in the organisation first`,
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
      bound: project.placesWithDefaultAdds,
      why: `${project.defaultAdds} users at the default level in ${project.placesWithDefaultAdds} projects; addMembers takes a list (oas:37049)`,
    },
    {
      what: 'portfolio adds at the default level',
      routes: ['POST /portfolios/{portfolio_gid}/addMembers'],
      bound: portfolio.placesWithDefaultAdds,
      why:
        `${portfolio.defaultAdds} users at their portfolio's default level or listed under members: (any level), in ${portfolio.placesWithDefaultAdds} portfolios; ` +
        `addMembers "adds the specified list of users as members of the portfolio" (oas:27353), a comma-separated list (oas:1970), at its default_access_level (oas:4711)`,
    },
    {
      what: 'goal adds at the default level',
      routes: ['POST /goals/{goal_gid}/addFollowers'],
      bound: goal.placesWithDefaultAdds,
      why:
        `${goal.defaultAdds} users at commenter, every goal's default level here, or under members:, in ${goal.placesWithDefaultAdds} goals. ` +
        `The OAS does not let addFollowers be ruled out: it is "Add a collaborator to a goal" (oas:20693), takes an array of users (TaskAddFollowersRequest, oas:7553), ` +
        `and a goal's followers are the "users who are members of this goal" (GoalResponse.followers, oas:4202; the words of ProjectResponse.members, oas:5153, ` +
        `which addMembers writes). The level it gives is not documented; commenter is both the goal's default_access_level (oas:4256) and what a goal's member added ` +
        `without a level gets (oas:9540), so at either reading these adds take one request per goal`,
    },
    {
      what: 'adds at another level, and teams',
      routes: ['POST /memberships'],
      bound: sum('levelAdds') + sum('teamAdds'),
      why: `${perKind('levelAdds', 'users at a level other than the default')}, and ${perKind('teamAdds', 'teams')}; one member per request (oas:22563)`,
    },
    {
      what: 'level changes',
      routes: ['PUT /memberships/{membership_gid}'],
      bound: missing.changes,
      why: `${perKind('changes', 'members (users and teams)')} at another level live; one membership per request (oas:22706)`,
    },
  ];
}

export const total = (terms) => terms.reduce((n, t) => n + t.bound, 0);
