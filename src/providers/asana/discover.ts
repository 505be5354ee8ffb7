/**
 * Discovery for `gatehouse export`: everything the token sees in the chosen
 * workspaces — their users, teams (members, projects), projects outside
 * teams, portfolios and goals, and who belongs to each of those, at which
 * level — read through the same lists and walks as
 * resolve and read, so a file written from it resolves to the same places.
 *
 * Every list is walked to the end; independent lists are fetched at once (the
 * HTTP client caps what is in flight and keeps the request budget). A failed
 * read fails the whole discovery: an export that silently missed a team would
 * look complete.
 *
 * With a personal access token, Asana lists only the portfolios the token's
 * own user owns (oas:24603): the export holds those; a service account
 * token's holds every one.
 */
import type { HttpClient } from '../../http/index.js';
import type { LiveMember } from '../../model/index.js';
import { compareGids } from '../../util/compare.js';
import { guarded, ProviderFailure } from '../failure.js';
import { quietProgress, type DiscoveryProgress } from '../discovery.js';
import { listAll, paths, PROJECT_FIELDS, SHARED_FIELDS, type Membership, type Named, type ProjectRecord, type SharedRecord, type TeamMembership } from './api.js';
import { fetchDirectory, fetchUser, type Directory } from './directory.js';
import { matchRef } from './resolve.js';
import { sharedMembers, teamMemberGids, unique, type SharedMember } from './memberships.js';
import { readSelf } from './self.js';
import { fetchWorkspaceMemberRecords, type WorkspaceMemberRecord } from './workspace-members.js';

export interface DiscoveredUser {
  gid: string;
  /** Lower case; absent when the API shows no email for the user. */
  email?: string;
  name?: string;
  /** The workspace membership says `is_guest`. */
  guest?: boolean;
  /** The workspace membership says `is_active: false` (a member no longer active: deactivated or deprovisioned). */
  inactive?: boolean;
}

/** A project, portfolio or goal. */
export interface DiscoveredShared {
  gid: string;
  name: string;
  /** Its users (by gid) with their access levels. */
  members: SharedMember[];
  /** The teams it is shared with, with their names and access levels. */
  teams: SharedMember[];
  /** The level addMembers gives, when the list said. */
  defaultLevel?: string;
}

export interface DiscoveredTeam {
  gid: string;
  name: string;
  /** User gids. */
  members: string[];
  /** The team's projects (each project is written under one team only). */
  projects: DiscoveredShared[];
  /**
   * The list a team's project names are matched in: the workspace's projects
   * whose `team` is this team (the Inferred note above resolve.ts's
   * teamProjectSource says why that is GET /teams/{gid}/projects).
   */
  listedProjects: Named[];
}

export interface DiscoveredWorkspace {
  gid: string;
  name: string;
  /** Every user of the workspace's directory, and any other user its lists name, by gid. */
  users: Map<string, DiscoveredUser>;
  /** User gids of the workspace's members: those with a workspace membership record (as read decides). */
  members: string[];
  teams: DiscoveredTeam[];
  /** Projects in no team's list. */
  projects: DiscoveredShared[];
  /** Every project of GET /projects?workspace= (the list a workspace's project names are matched in). */
  allProjects: Named[];
  /** The portfolios the token may list, and the workspace's goals (each its own list to match names in). */
  portfolios: DiscoveredShared[];
  goals: DiscoveredShared[];
}

export interface AsanaDiscovery {
  /** Every workspace the token sees (the list workspace names are matched in). */
  visible: Named[];
  /** The chosen workspaces, fully read. */
  workspaces: DiscoveredWorkspace[];
  /** The token's own user (GET /users/me), when the API says. */
  self?: { gid: string; email?: string };
}

/**
 * Read the workspaces named by `wanted` (names or gids, matched as the file's
 * are), or every visible workspace when `wanted` is undefined.
 */
export async function discoverAsana(
  http: HttpClient,
  wanted: readonly string[] | undefined,
  progress: DiscoveryProgress = quietProgress,
): Promise<AsanaDiscovery> {
  progress.stage('Asana: listing workspaces');
  const [listed, self] = await Promise.all([
    guarded(http, 'cannot list the Asana workspaces', () => listAll<Named>(http, paths.workspaces(), { opt_fields: 'name' })),
    readSelf(http, 'export'),
  ]);
  const visible = dedupe(listed);
  const chosen = choose(visible, wanted);
  progress.stage(`Asana: reading ${chosen.length} workspace${chosen.length === 1 ? '' : 's'}: ${chosen.map((w) => JSON.stringify(w.name ?? w.gid)).join(', ')}`);
  const workspaces = await Promise.all(chosen.map((ws) => discoverWorkspace(http, ws, progress)));
  return self === undefined ? { visible, workspaces } : { visible, workspaces, self };
}

/** The workspaces `wanted` names (every one of them, or an error listing each problem); all when undefined. */
function choose(visible: readonly Named[], wanted: readonly string[] | undefined): Named[] {
  if (wanted === undefined) return [...visible];
  const problems: string[] = [];
  const found = new Map<string, Named>();
  for (const ref of wanted) {
    const m = matchRef('workspace', ref, visible, '');
    if (m.ok) found.set(m.found.gid, m.found);
    else problems.push(`--asana-workspace ${JSON.stringify(ref)}: ${m.message}`);
  }
  if (problems.length === 1) throw new ProviderFailure(problems[0]!);
  if (problems.length > 1) throw new AggregateError(problems.map((p) => new ProviderFailure(p)), `${problems.length} workspaces not found`);
  return [...found.values()];
}

async function discoverWorkspace(http: HttpClient, ws: Named, progress: DiscoveryProgress): Promise<DiscoveredWorkspace> {
  const name = ws.name ?? '';
  const where = `Asana workspace ${JSON.stringify(name)} (${ws.gid})`;
  progress.planned(2);
  // Who is a member: every user with a workspace membership record (as read decides).
  const [directory, records, listedTeams, allProjects, portfolios, goals] = await Promise.all([
    guarded(http, `cannot read the users of ${where}`, () => fetchDirectory(http, ws.gid)).finally(() => progress.done()),
    guarded(http, `cannot read the memberships of ${where}`, () =>
      fetchWorkspaceMemberRecords(http, ws.gid, () => 'a workspace membership names no user gid'),
    ).finally(() => progress.done()),
    guarded(http, `cannot list the teams of ${where}`, () => listAll<Named>(http, paths.workspaceTeams(ws.gid), { opt_fields: 'name' })),
    guarded(http, `cannot list the projects of ${where}`, () =>
      listAll<ProjectRecord>(http, paths.projects(), { workspace: ws.gid, opt_fields: PROJECT_FIELDS }),
    ),
    guarded(http, `cannot list the portfolios of ${where}`, () =>
      listAll<SharedRecord>(http, paths.portfolios(), { workspace: ws.gid, opt_fields: SHARED_FIELDS }),
    ),
    guarded(http, `cannot list the goals of ${where}`, () => listAll<SharedRecord>(http, paths.goals(), { workspace: ws.gid, opt_fields: SHARED_FIELDS })),
  ]);
  const members = unique(records.map((r) => r.gid));
  progress.stage(
    `${where}: ${members.length} members, ${listedTeams.length} teams, ${allProjects.length} projects, ${portfolios.length} portfolios, ${goals.length} goals; reading their members`,
  );
  const teams = dedupe(listedTeams);

  // Each team's projects come from the workspace's list (filtered by `team`),
  // not from a walk of GET /teams/{gid}/projects per team.
  const projectsOf = (team: Named): ProjectRecord[] => allProjects.filter((p) => p?.team?.gid === team.gid);
  progress.planned(teams.length);
  const teamParts = await Promise.all(
    teams.map(async (team) => {
      const what = `Asana team ${JSON.stringify(team.name ?? '')} (${team.gid})`;
      const members = await guarded(http, `cannot read the members of ${what}`, () =>
        listAll<TeamMembership>(http, paths.teamMemberships(team.gid), { opt_fields: 'user' }),
      ).finally(() => progress.done());
      return { team, members: teamMemberGids(members), projects: projectsOf(team) };
    }),
  );

  // Each project once: under the first team (in gid order) that lists it,
  // otherwise outside teams. Writing one twice would name one live place twice.
  const placed = new Set<string>();
  const teamProjects = new Map<string, ProjectRecord[]>();
  for (const { team, projects } of [...teamParts].sort((a, b) => compareGids(a.team.gid, b.team.gid))) {
    teamProjects.set(team.gid, projects.filter((p) => !placed.has(p.gid) && placed.add(p.gid)));
  }
  const outside = (dedupe(allProjects) as ProjectRecord[]).filter((p) => !placed.has(p.gid));

  const shared = [
    ...[...[...teamProjects.values()].flat(), ...outside].map((p) => ({ kind: 'project', p })),
    ...(dedupe(portfolios) as SharedRecord[]).map((p) => ({ kind: 'portfolio', p })),
    ...(dedupe(goals) as SharedRecord[]).map((p) => ({ kind: 'goal', p })),
  ];
  progress.planned(shared.length);
  const membersByGid = new Map(
    await Promise.all(
      shared.map(async ({ kind, p }) => {
        const what = `Asana ${kind} ${JSON.stringify(p.name ?? '')} (${p.gid})`;
        const list = await guarded(http, `cannot read the members of ${what}`, () =>
          listAll<Membership>(http, paths.memberships(), { parent: p.gid }),
        ).finally(() => progress.done());
        return [p.gid, sharedMembers(list, (gid) => directory.byGid.has(gid))] as const;
      }),
    ),
  );
  const discovered = (p: ProjectRecord | SharedRecord): DiscoveredShared => {
    const found = membersByGid.get(p.gid) ?? { users: [], teams: [] };
    const out: DiscoveredShared = { gid: p.gid, name: p.name ?? '', members: found.users, teams: found.teams };
    if (typeof p.default_access_level === 'string') out.defaultLevel = p.default_access_level;
    return out;
  };

  // Members the directory does not list are looked up by gid, as read does.
  const named = [members, ...teamParts.map((t) => t.members), ...[...membersByGid.values()].map((p) => p.users.map((u) => u.gid))].flat();
  const unknown = unique(named.filter((gid) => !directory.byGid.has(gid)));
  if (unknown.length > 0) progress.stage(`${where}: looking up ${unknown.length} member${unknown.length === 1 ? '' : 's'} the directory does not list`);
  const lookedUp = await Promise.all(unknown.map((gid) => guarded(http, `cannot look up Asana user ${gid}`, () => fetchUser(http, gid))));
  const users = usersOf(directory, lookedUp, records);

  return {
    gid: ws.gid,
    name,
    users,
    members,
    teams: teamParts.map(({ team, members, projects }) => ({
      gid: team.gid,
      name: team.name ?? '',
      members,
      projects: (teamProjects.get(team.gid) ?? []).map(discovered),
      listedProjects: projects,
    })),
    projects: outside.map(discovered),
    allProjects,
    portfolios: shared.filter((x) => x.kind === 'portfolio').map((x) => discovered(x.p)),
    goals: shared.filter((x) => x.kind === 'goal').map((x) => discovered(x.p)),
  };
}

/** Every user the lists named, with emails and names (directory, then look-ups) and the flags of their workspace memberships. */
function usersOf(directory: Directory, lookedUp: readonly LiveMember[], records: readonly WorkspaceMemberRecord[]): Map<string, DiscoveredUser> {
  const users = new Map<string, DiscoveredUser>();
  for (const m of [...directory.members, ...lookedUp]) {
    const user: DiscoveredUser = { gid: m.userId };
    if (!m.email.startsWith('gid:')) user.email = m.email;
    if (m.name !== undefined) user.name = m.name;
    users.set(m.userId, user);
  }
  for (const r of records) {
    const user = users.get(r.gid);
    if (user === undefined) continue;
    if (r.guest) user.guest = true;
    if (r.inactive) user.inactive = true;
  }
  return users;
}

function dedupe(list: readonly Named[]): Named[] {
  const seen = new Set<string>();
  return list.filter((n) => typeof n?.gid === 'string' && !seen.has(n.gid) && seen.add(n.gid));
}
