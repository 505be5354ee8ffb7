// A large organisation for the API benchmark, as plain data: who the file
// wants where, and who is there live. Deterministic: same size and seed, same
// organisation. org-files.mjs writes it as a sandbox seed and a desired state.

import { seeded } from './random.mjs';

export const ORG_SIZE = {
  /** People the file lists (all of them workspace members). */
  users: 5000,
  /** Live workspace members the file does not list (contractors, leavers). */
  liveOnly: 150,
  teams: 400,
  projects: 3000,
  /** Managed projects: the first `managedProjects` gids' worth, spread over every team. */
  managedProjects: 1000,
  /** Of the managed projects, every n-th is declared at workspace level (found by name anywhere). */
  workspaceLevelEvery: 10,
  /** People the file lists who are not in the workspace yet (they join it, and all their teams and projects). */
  joinerShare: 0.02,
  /** Other memberships the file asks for that are missing live. */
  missingShare: 0.04,
  /** Live members of a team or project that the file does not list there, per member the file lists. */
  extraShare: 0.03,
  /** Sizes of the largest teams and managed projects, so some lists take several pages. */
  bigTeams: [400, 250, 180, 120],
  bigProjects: [220, 130],
  /** Of a managed project's members, the share the file lists as commenters (the first is an admin, the rest editors). */
  commenterShare: 0.2,
  /** Of the members present live at the right place, the share whose live access level differs (a ~ change). */
  levelDriftShare: 0.03,
  /** Every n-th managed project is shared with a team, at a level. */
  teamShareEvery: 2,
};

/** A project's access levels (oas:9513); editor is the projects' default here (the sandbox's default_access_level). */
export const LEVELS = ['admin', 'editor', 'commenter'];
export const DEFAULT_LEVEL = 'editor';

export const WORKSPACE = { name: 'Acme', gid: '1200000000000001', domain: 'acme.com' };
export const ME = 'gatehouse-bot@acme.com';

const pad = (n, width) => String(n).padStart(width, '0');
const range = (n) => Array.from({ length: n }, (_, i) => i);

/**
 * @typedef {{ name: string, wanted: string[], live: string[] }} Team
 * @typedef {{ member: string, level: string }} Grant  a user's email or `team:NAME`, at an access level
 * @typedef {{
 *   name: string, team: number, managed: boolean, workspaceLevel: boolean, wanted: string[], live: string[],
 *   levels: Map<string, string>, liveLevels: Map<string, string>, teamsWanted: Grant[], teamsLive: Grant[],
 * }} Project
 * @typedef {{
 *   size: typeof ORG_SIZE, seed: number,
 *   users: string[], liveOnly: string[], joiners: string[], joinersWithAccount: string[],
 *   workspace: { wanted: string[], live: string[] },
 *   teams: Team[], projects: Project[],
 * }} Org
 */

/**
 * @param {typeof ORG_SIZE} size
 * @param {number} seed
 * @returns {Org}
 */
export function generateOrg(size = ORG_SIZE, seed = 6) {
  const r = seeded(seed);
  const users = range(size.users).map((i) => `user${pad(i, 4)}@${WORKSPACE.domain}`);
  const liveOnly = range(size.liveOnly).map((i) => `contractor${pad(i, 3)}@${WORKSPACE.domain}`);
  const joiners = r.sample(users, Math.round(users.length * size.joinerShare));
  const isJoiner = new Set(joiners);
  // Half the joiners already have an Asana account (another workspace); the others are invited by email.
  const joinersWithAccount = joiners.filter((_, i) => i % 2 === 0);
  const inWorkspace = [...users.filter((u) => !isJoiner.has(u)), ...liveOnly];

  /** Who is there live, for a place where the file wants `wanted`. */
  const liveOf = (wanted) => {
    const live = wanted.filter((u) => !isJoiner.has(u) && !r.chance(size.missingShare));
    const listed = new Set(wanted);
    const extras = Math.round(wanted.length * size.extraShare + r.next());
    for (let i = 0; i < extras; i++) {
      const who = inWorkspace[r.int(0, inWorkspace.length - 1)];
      if (!listed.has(who)) {
        listed.add(who);
        live.push(who);
      }
    }
    return live;
  };

  const teams = range(size.teams).map((t) => {
    const wanted = r.sample(users, size.bigTeams[t] ?? r.int(8, 40));
    return { name: `Team ${pad(t, 3)}`, wanted, live: liveOf(wanted) };
  });

  // Project p belongs to team p % teams; the managed ones are p < managedProjects,
  // so every team has two or three of them.
  const projects = range(size.projects).map((p) => {
    const teamIndex = p % size.teams;
    const team = teams[teamIndex];
    const name = `Project ${pad(p, 4)}`;
    const managed = p < size.managedProjects;
    if (!managed) {
      const live = r.sample(team.live, r.int(2, 12));
      return { name, team: teamIndex, managed, workspaceLevel: false, wanted: [], live, levels: new Map(), liveLevels: new Map(live.map((u) => [u, DEFAULT_LEVEL])), teamsWanted: [], teamsLive: [] };
    }
    const big = size.bigProjects[p];
    const wanted =
      big !== undefined
        ? r.sample(users, big)
        : [...new Set([...r.sample(team.wanted, r.int(3, Math.min(25, team.wanted.length))), ...r.sample(users, r.int(0, 2))])];
    const workspaceLevel = p % size.workspaceLevelEvery === size.workspaceLevelEvery - 1;
    const live = liveOf(wanted);
    const levels = new Map(wanted.map((u, i) => [u, i === 0 ? 'admin' : r.chance(size.commenterShare) ? 'commenter' : 'editor']));
    // Live: the level the file wants, now and then another one; extras at the default.
    const drift = (level) => (r.chance(size.levelDriftShare) ? LEVELS[(LEVELS.indexOf(level) + 1) % LEVELS.length] : level);
    const liveLevels = new Map(live.map((u) => [u, levels.has(u) ? drift(levels.get(u)) : DEFAULT_LEVEL]));
    const teamsWanted = p % size.teamShareEvery === 0 ? [{ member: `team:${teams[(p * 7 + 3) % size.teams].name}`, level: p % 3 === 0 ? 'commenter' : 'editor' }] : [];
    const teamsLive = teamsWanted.filter(() => !r.chance(size.missingShare)).map((g) => ({ ...g, level: drift(g.level) }));
    return { name, team: teamIndex, managed, workspaceLevel, wanted, live, levels, liveLevels, teamsWanted, teamsLive };
  });

  return {
    size,
    seed,
    users,
    liveOnly,
    joiners,
    joinersWithAccount,
    workspace: { wanted: users, live: inWorkspace },
    teams,
    projects,
  };
}

/**
 * Wanted members missing live, per kind of place, and in all (`total`: the
 * plan's adds); for projects, split by what apply must send, and the members
 * whose live level differs (`changes`: the plan's ~ lines).
 */
export function missingCounts(org) {
  const missingOf = (place) => {
    const live = new Set(place.live);
    return place.wanted.filter((u) => !live.has(u));
  };
  const managed = org.projects.filter((p) => p.managed);
  const workspace = missingOf(org.workspace).length;
  const team = org.teams.reduce((n, t) => n + missingOf(t).length, 0);
  const atDefault = (p) => missingOf(p).filter((u) => p.levels.get(u) === DEFAULT_LEVEL);
  const projectMembers = managed.reduce((n, p) => n + missingOf(p).length, 0);
  const projectsWithDefaultAdds = managed.filter((p) => atDefault(p).length > 0).length;
  const levelAdds = managed.reduce((n, p) => n + missingOf(p).length - atDefault(p).length, 0);
  const teamAdds = managed.reduce((n, p) => n + p.teamsWanted.filter((g) => !p.teamsLive.some((l) => l.member === g.member)).length, 0);
  const userChanges = managed.reduce((n, p) => n + p.wanted.filter((u) => p.liveLevels.has(u) && p.liveLevels.get(u) !== p.levels.get(u)).length, 0);
  const teamChanges = managed.reduce((n, p) => n + p.teamsLive.filter((l) => p.teamsWanted.some((g) => g.member === l.member && g.level !== l.level)).length, 0);
  const wanted =
    org.workspace.wanted.length +
    org.teams.reduce((n, t) => n + t.wanted.length, 0) +
    managed.reduce((n, p) => n + p.wanted.length + p.teamsWanted.length, 0);
  return {
    workspace,
    team,
    projectMembers,
    projectsWithDefaultAdds,
    levelAdds,
    teamAdds,
    changes: userChanges + teamChanges,
    wanted,
    total: workspace + team + projectMembers + teamAdds,
  };
}
