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
  /** Portfolios the file manages (all at workspace level), and live ones it does not name. */
  portfolios: 40,
  liveOnlyPortfolios: 80,
  /** Sizes of the largest managed portfolios, so some member lists take several pages. */
  bigPortfolios: [260, 150],
  /**
   * Every n-th managed portfolio is owned by another user: a personal access
   * token does not list it (oas:24603), so the file names it by gid. Of the
   * live-only ones, every n-th too (nobody can see them in the list).
   */
  otherOwnerEvery: 10,
  /** Every n-th managed portfolio's default_access_level is editor (the others' viewer). */
  editorDefaultEvery: 4,
  /** Every n-th managed portfolio and goal is shared with a team, at a level. */
  portfolioTeamEvery: 3,
  goalTeamEvery: 4,
  /** Goals the file manages (workspace goals, by name), and live ones it does not name. */
  goals: 150,
  liveOnlyGoals: 100,
  bigGoals: [180],
  /** Of a portfolio's or goal's members (but the first, an admin), the share the file lists under `members:` (any level). */
  anyLevelShare: 0.1,
};

/** A project's access levels (oas:9513); editor is the projects' default here (the sandbox's default_access_level). */
export const LEVELS = ['admin', 'editor', 'commenter'];
export const DEFAULT_LEVEL = 'editor';

/**
 * Each kind's access levels (MembershipRequest.access_level, oas:9513) and
 * the default_access_level its places have here. The seed states every
 * managed portfolio's and goal's default (org-files.mjs), so nothing rests on
 * the sandbox's own guess; every goal's is commenter, the level a goal's
 * member added without one gets (CreateMembershipRequest.role, oas:9540).
 */
export const KINDS = {
  project: { levels: LEVELS, defaultLevel: DEFAULT_LEVEL },
  portfolio: { levels: ['admin', 'editor', 'viewer'], defaultLevel: 'viewer' },
  goal: { levels: ['admin', 'editor', 'commenter', 'viewer'], defaultLevel: 'commenter' },
};

/** gids of the managed portfolios another user owns (the file names them by gid): this plus the portfolio's index. */
const OTHER_OWNER_GID_BASE = 1300000000000000n;

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
 *   kind: 'portfolio' | 'goal', name: string, gid: string | undefined, owner: string | undefined, defaultLevel: string,
 *   wanted: string[], live: string[], levels: Map<string, string | undefined>, liveLevels: Map<string, string>,
 *   teamsWanted: Grant[], teamsLive: Grant[],
 * }} Shared  a managed portfolio or goal; `levels` maps a user the file lists under `members:` (any level) to undefined;
 *   `gid` is set when the file names it by gid (another user owns it)
 * @typedef {{ name: string, owner: string | undefined }} LiveOnlyPortfolio
 * @typedef {{
 *   size: typeof ORG_SIZE, seed: number,
 *   users: string[], liveOnly: string[], joiners: string[], joinersWithAccount: string[],
 *   workspace: { wanted: string[], live: string[] },
 *   teams: Team[], projects: Project[],
 *   portfolios: Shared[], goals: Shared[], liveOnlyPortfolios: LiveOnlyPortfolio[], liveOnlyGoals: string[],
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

  // Portfolios and goals, drawn after everything above so the rest of the
  // organisation stays as it was. Like managed projects: the first member an
  // admin, the others at the kind's levels (a few at any level), some members
  // missing live, some live extras, level drift, and now and then a team.
  /**
   * @param {'portfolio' | 'goal'} kind
   * @param {{ name: string, size: number, defaultLevel: string, pickLevel: () => string, team: Grant | undefined, teamMissing?: boolean, gid?: string, owner?: string }} o
   *   teamMissing: the team is not sharing it live, whatever the draw (so each kind has a team to add)
   * @returns {Shared}
   */
  const shared = (kind, o) => {
    const { levels: kindLevels } = KINDS[kind];
    const drift = (level) => (r.chance(size.levelDriftShare) ? kindLevels[(kindLevels.indexOf(level) + 1) % kindLevels.length] : level);
    const wanted = r.sample(users, o.size);
    const live = liveOf(wanted);
    /** @type {Map<string, string | undefined>} */
    const levels = new Map(wanted.map((u, k) => [u, k === 0 ? 'admin' : r.chance(size.anyLevelShare) ? undefined : o.pickLevel()]));
    // Live: the level the file wants, now and then another; at any level, some level; extras at the default.
    const liveLevels = new Map(
      live.map((u) => {
        if (!levels.has(u)) return [u, o.defaultLevel];
        const want = levels.get(u);
        return [u, want === undefined ? kindLevels[r.int(0, kindLevels.length - 1)] : drift(want)];
      }),
    );
    const teamsWanted = o.team ? [o.team] : [];
    const teamsLive = teamsWanted.filter(() => !r.chance(size.missingShare) && !o.teamMissing).map((g) => ({ ...g, level: drift(g.level) }));
    return { kind, name: o.name, gid: o.gid, owner: o.owner, defaultLevel: o.defaultLevel, wanted, live, levels, liveLevels, teamsWanted, teamsLive };
  };
  const teamAt = (i) => `team:${teams[i % size.teams].name}`;
  const portfolios = range(size.portfolios).map((i) => {
    const otherOwner = i % size.otherOwnerEvery === size.otherOwnerEvery - 1;
    return shared('portfolio', {
      name: `Portfolio ${pad(i, 3)}`,
      size: size.bigPortfolios[i] ?? r.int(4, 30),
      defaultLevel: i % size.editorDefaultEvery === 0 ? 'editor' : KINDS.portfolio.defaultLevel,
      pickLevel: () => (r.chance(0.6) ? 'viewer' : 'editor'),
      team: i % size.portfolioTeamEvery === 0 ? { member: teamAt(i * 11 + 5), level: i % 2 === 0 ? 'viewer' : 'editor' } : undefined,
      teamMissing: i === size.portfolioTeamEvery,
      ...(otherOwner ? { gid: String(OTHER_OWNER_GID_BASE + BigInt(i)), owner: inWorkspace[(i * 37) % inWorkspace.length] } : {}),
    });
  });
  const goals = range(size.goals).map((i) =>
    shared('goal', {
      name: `Goal ${pad(i, 3)}`,
      size: size.bigGoals[i] ?? r.int(3, 20),
      defaultLevel: KINDS.goal.defaultLevel,
      pickLevel: () => {
        const x = r.next();
        return x < 0.25 ? 'editor' : x < 0.65 ? 'commenter' : 'viewer';
      },
      team: i % size.goalTeamEvery === 0 ? { member: teamAt(i * 13 + 7), level: ['viewer', 'commenter', 'editor'][i % 3] } : undefined,
      teamMissing: i === size.goalTeamEvery,
    }),
  );
  const liveOnlyPortfolios = range(size.liveOnlyPortfolios).map((i) => ({
    name: `Old Portfolio ${pad(i, 3)}`,
    owner: i % size.otherOwnerEvery === size.otherOwnerEvery - 1 ? liveOnly[i % liveOnly.length] : undefined,
  }));
  const liveOnlyGoals = range(size.liveOnlyGoals).map((i) => `Old Goal ${pad(i, 3)}`);

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
    portfolios,
    goals,
    liveOnlyPortfolios,
    liveOnlyGoals,
  };
}

/**
 * Wanted members missing live, per kind of place, and in all (`total`: the
 * plan's adds); for projects, portfolios and goals (`kinds`), split by what
 * apply must send, and the members whose live level differs (`changes`: the
 * plan's ~ lines).
 */
export function missingCounts(org) {
  const missingOf = (place) => {
    const live = new Set(place.live);
    return place.wanted.filter((u) => !live.has(u));
  };
  const workspace = missingOf(org.workspace).length;
  const team = org.teams.reduce((n, t) => n + missingOf(t).length, 0);
  const managedProjects = org.projects.filter((p) => p.managed).map((p) => ({ ...p, defaultLevel: DEFAULT_LEVEL }));
  /** Per kind: user adds, of them at the default level (or any level) and in how many places, teams to add, levels to change. */
  const kindCounts = (places) => {
    const atDefault = (p) => missingOf(p).filter((u) => p.levels.get(u) === undefined || p.levels.get(u) === p.defaultLevel);
    const members = places.reduce((n, p) => n + missingOf(p).length, 0);
    const defaultAdds = places.reduce((n, p) => n + atDefault(p).length, 0);
    const userChanges = places.reduce(
      (n, p) => n + p.wanted.filter((u) => p.liveLevels.has(u) && p.levels.get(u) !== undefined && p.liveLevels.get(u) !== p.levels.get(u)).length,
      0,
    );
    const teamChanges = places.reduce((n, p) => n + p.teamsLive.filter((l) => p.teamsWanted.some((g) => g.member === l.member && g.level !== l.level)).length, 0);
    return {
      places: places.length,
      members,
      defaultAdds,
      placesWithDefaultAdds: places.filter((p) => atDefault(p).length > 0).length,
      levelAdds: members - defaultAdds,
      teamAdds: places.reduce((n, p) => n + p.teamsWanted.filter((g) => !p.teamsLive.some((l) => l.member === g.member)).length, 0),
      changes: userChanges + teamChanges,
      wanted: places.reduce((n, p) => n + p.wanted.length + p.teamsWanted.length, 0),
    };
  };
  const kinds = { project: kindCounts(managedProjects), portfolio: kindCounts(org.portfolios), goal: kindCounts(org.goals) };
  const all = Object.values(kinds);
  const sum = (key) => all.reduce((n, k) => n + k[key], 0);
  return {
    workspace,
    team,
    kinds,
    changes: sum('changes'),
    wanted: org.workspace.wanted.length + org.teams.reduce((n, t) => n + t.wanted.length, 0) + sum('wanted'),
    total: workspace + team + sum('members') + sum('teamAdds'),
  };
}
