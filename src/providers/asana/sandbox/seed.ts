/**
 * The Asana part of the seed: a DesiredState (and the optional `sandbox:`
 * section of the file) becomes an Asana world in which every place and user
 * the file names exists, with the memberships the file asks for. Pure and
 * deterministic: same input, same world, same gids.
 *
 * Guesses (the OAS documents no default for default_access_level), for an
 * object whose seed names none: a project's is editor, Asana's usual one; a
 * portfolio's viewer, the OAS example (oas:4717) and its lowest level; a
 * goal's commenter, the level a goal's member added without one gets
 * (CreateMembershipRequest.role, oas:9540), so a goal the seed makes and a
 * member the API adds agree.
 */
import type { DesiredState, DesiredPlaceState } from '../../../model/index.js';
import type { SandboxCore } from '../../../config/schema-types.js';
import type { AsanaSeed } from '../section-types.js';
import type { SeedCore } from '../../../sandbox/part.js';

import { isTeamMember, TEAM_PREFIX } from '../team-members.js';

type SandboxSection = SandboxCore & AsanaSeed;
import {
  addMember,
  allocateGid,
  claimGid,
  emailDomain,
  emptyAsanaWorld,
  ensureUser,
  isLevelOf,
  joinTeam,
  joinWorkspace,
  LEVELS,
  shareWithTeam,
  teamsOf,
  type AccessLevel,
  type AsanaWorld,
  type Goal,
  type Parent,
  type ParentKind,
  type Portfolio,
  type Project,
  type Team,
  type User,
  type Workspace,
} from './world.js';

type SectionWorkspace = NonNullable<SandboxSection['workspaces']>[number];

const ALL_DIGITS = /^[0-9]{1,19}$/;

/** An object's default_access_level when the seed gives none (see the guesses above). */
export const DEFAULT_LEVEL: Record<ParentKind, AccessLevel> = { project: 'editor', portfolio: 'viewer', goal: 'commenter' };

/** The service account's user (seed key `service_account_token`): its own user, in no workspace's member list. */
export const SERVICE_ACCOUNT_EMAIL = 'service-account@sandbox.invalid';
export const SERVICE_ACCOUNT_NAME = 'Service Account';

/** What a file's place is in the world. */
type Target = Workspace | Team | Parent;
const isParent = (t: Target): t is Parent => 'kind' in t;

/** `core.me` is the token's own user, who joins every workspace and team; the API accepts `core.token`. */
export function seedAsana(desired: DesiredState, section: SandboxSection, core: SeedCore): AsanaWorld {
  const world = emptyAsanaWorld();
  world.token = core.token;
  const places = desired.places.filter((p) => p.place.provider === 'asana');
  const sectionWorkspaces = section.workspaces ?? [];

  // Explicit gids first, so hashed gids can never take one of them.
  // A ref written as a gid (all digits) becomes that object's gid (and its name):
  // the file may name an object by gid, and the sandbox must then have it.
  const explicit = new Set<string>();
  const claim = (gid: string, what: string): void => {
    if (explicit.has(gid)) return;
    claimGid(world, gid, what);
    explicit.add(gid);
  };
  for (const sw of sectionWorkspaces) {
    if (sw.gid !== undefined) claim(sw.gid, `workspace ${sw.workspace}`);
    for (const t of sw.teams ?? []) if (t.gid !== undefined) claimGid(world, t.gid, `team ${t.name}`);
    for (const p of sw.projects ?? []) if (p.gid !== undefined) claimGid(world, p.gid, `project ${p.name}`);
    // A file's portfolio or goal named by one of these gids is that object (claim takes a gid once).
    for (const p of sw.portfolios ?? []) if (p.gid !== undefined) claim(p.gid, `portfolio ${p.name}`);
    for (const g of sw.goals ?? []) if (g.gid !== undefined) claim(g.gid, `goal ${g.name}`);
  }
  for (const p of places) {
    const sw = p.place.kind === 'workspace' ? sectionFor(sectionWorkspaces, p.place.ref) : undefined;
    if (ALL_DIGITS.test(p.place.ref) && sw?.gid === undefined) claim(p.place.ref, `${p.place.kind} ${p.place.ref}`);
  }

  const me = ensureUser(world, core.me);
  world.meGid = me.gid;
  for (const u of section.users ?? []) ensureUser(world, u.email, u.name);

  // Workspaces: the file's, then any extra ones the sandbox section names.
  const byKey = new Map<string, Target>();
  const wsOfKey = new Map<string, Workspace>();
  const seedWorkspace = (name: string, sw: SectionWorkspace | undefined): Workspace => {
    const gid = sw?.gid ?? (ALL_DIGITS.test(name) ? name : allocateGid(world, 'workspace', name));
    const ws: Workspace = {
      gid,
      name,
      isOrganization: sw?.is_organization ?? true,
      emailDomains: (sw?.email_domains ?? []).map((d) => d.toLowerCase()),
      members: new Map(),
    };
    world.workspaces.set(gid, ws);
    return ws;
  };
  for (const p of places) {
    if (p.place.kind !== 'workspace') continue;
    const ws = seedWorkspace(p.place.ref, sectionFor(sectionWorkspaces, p.place.ref));
    byKey.set(p.place.key, ws);
    wsOfKey.set(p.place.key, ws);
  }
  for (const sw of sectionWorkspaces) {
    if (!places.some((p) => p.place.kind === 'workspace' && p.place.ref === sw.workspace)) {
      seedWorkspace(sw.workspace, sw);
    }
  }

  // Teams named in the file.
  for (const p of places) {
    if (p.place.kind !== 'team') continue;
    const ws = parentWorkspace(p, wsOfKey);
    const ref = p.place.ref;
    const team: Team = {
      gid: ALL_DIGITS.test(ref) ? ref : allocateGid(world, 'team', `${ws.gid}/${ref}`),
      name: ref,
      workspaceGid: ws.gid,
      members: new Map(),
    };
    world.teams.set(team.gid, team);
    byKey.set(p.place.key, team);
    wsOfKey.set(p.place.key, ws);
  }

  // Projects: a team's projects first, then workspace-level projects, which
  // reuse a project of the same name already in the workspace (the file finds
  // those by name anywhere in the workspace).
  const newProject = (ref: string, ws: Workspace, team: Team | null): Project => {
    const project: Project = {
      kind: 'project',
      gid: ALL_DIGITS.test(ref) ? ref : allocateGid(world, 'project', `${ws.gid}/${team?.gid ?? '-'}/${ref}`),
      name: ref,
      workspaceGid: ws.gid,
      teamGid: team?.gid ?? null,
      defaultAccessLevel: DEFAULT_LEVEL.project,
      members: new Map(),
      teamMembers: new Map(),
    };
    world.projects.set(project.gid, project);
    return project;
  };
  const newPortfolio = (gid: string, name: string, ws: Workspace, owner: User, level?: AccessLevel): Portfolio => {
    const portfolio: Portfolio = {
      kind: 'portfolio',
      gid,
      name,
      workspaceGid: ws.gid,
      ownerGid: owner.gid,
      defaultAccessLevel: level ?? DEFAULT_LEVEL.portfolio,
      members: new Map(),
      teamMembers: new Map(),
    };
    world.portfolios.set(gid, portfolio);
    return portfolio;
  };
  const newGoal = (gid: string, name: string, ws: Workspace, level?: AccessLevel): Goal => {
    const goal: Goal = {
      kind: 'goal',
      gid,
      name,
      workspaceGid: ws.gid,
      defaultAccessLevel: level ?? DEFAULT_LEVEL.goal,
      members: new Map(),
      teamMembers: new Map(),
    };
    world.goals.set(gid, goal);
    return goal;
  };
  for (const p of places) {
    if (p.place.kind !== 'project') continue;
    const parent = p.place.parentKey !== undefined ? byKey.get(p.place.parentKey) : undefined;
    if (parent === undefined || !('workspaceGid' in parent) || isParent(parent)) continue;
    const ws = parentWorkspace(p, wsOfKey);
    byKey.set(p.place.key, newProject(p.place.ref, ws, parent));
    wsOfKey.set(p.place.key, ws);
  }
  for (const p of places) {
    if (p.place.kind !== 'project' || byKey.has(p.place.key)) continue;
    const ws = parentWorkspace(p, wsOfKey);
    const existing = [...world.projects.values()].find(
      (x) => x.workspaceGid === ws.gid && (x.name === p.place.ref || x.gid === p.place.ref),
    );
    byKey.set(p.place.key, existing ?? newProject(p.place.ref, ws, null));
    wsOfKey.set(p.place.key, ws);
  }

  // Extra teams and projects from the sandbox section (names may repeat).
  for (const sw of sectionWorkspaces) {
    const ws = [...world.workspaces.values()].find((w) => w.name === sw.workspace);
    if (!ws) continue;
    (sw.teams ?? []).forEach((t, i) => {
      const team: Team = {
        gid: t.gid ?? allocateGid(world, 'team', `${ws.gid}/${t.name}/extra#${i}`),
        name: t.name,
        workspaceGid: ws.gid,
        members: new Map(),
      };
      world.teams.set(team.gid, team);
    });
    (sw.projects ?? []).forEach((pr, i) => {
      let teamGid: string | null = null;
      if (pr.team !== undefined) {
        const team = [...world.teams.values()].find((t) => t.workspaceGid === ws.gid && t.name === pr.team);
        if (!team) {
          throw new Error(`sandbox seed: project ${pr.name}: no team named "${pr.team}" in workspace ${ws.name}`);
        }
        teamGid = team.gid;
      }
      const project: Project = {
        kind: 'project',
        gid: pr.gid ?? allocateGid(world, 'project', `${ws.gid}/${pr.name}/extra#${i}`),
        name: pr.name,
        workspaceGid: ws.gid,
        teamGid,
        defaultAccessLevel: pr.default_access_level ?? DEFAULT_LEVEL.project,
        members: new Map(),
        teamMembers: new Map(),
      };
      world.projects.set(project.gid, project);
    });
    // Guess: an owner is made a user, but not a member of the workspace or
    // the portfolio; the seed's places and `users` say who else belongs.
    (sw.portfolios ?? []).forEach((pf, i) => {
      const owner = pf.owner !== undefined ? ensureUser(world, pf.owner) : me;
      newPortfolio(pf.gid ?? allocateGid(world, 'portfolio', `${ws.gid}/${pf.name}/extra#${i}`), pf.name, ws, owner, pf.default_access_level);
    });
    (sw.goals ?? []).forEach((g, i) => {
      newGoal(g.gid ?? allocateGid(world, 'goal', `${ws.gid}/${g.name}/extra#${i}`), g.name, ws, g.default_access_level);
    });
  }

  // The file's portfolios and goals, after the extras: one the sandbox
  // section already made in the workspace (by gid or name) is the file's,
  // so the section can give it an owner or a default level. A new one is
  // owned by `me`, so the seed's token lists it.
  for (const p of places) {
    if (p.place.kind !== 'portfolio' && p.place.kind !== 'goal') continue;
    const ws = parentWorkspace(p, wsOfKey);
    const ref = p.place.ref;
    const kind: ParentKind = p.place.kind;
    const pool: Parent[] = kind === 'portfolio' ? [...world.portfolios.values()] : [...world.goals.values()];
    const existing = pool.find((x) => x.workspaceGid === ws.gid && (x.gid === ref || x.name === ref));
    const gid = (): string => (ALL_DIGITS.test(ref) ? ref : allocateGid(world, kind, `${ws.gid}/${ref}`));
    byKey.set(p.place.key, existing ?? (kind === 'portfolio' ? newPortfolio(gid(), ref, ws, me) : newGoal(gid(), ref, ws)));
    wsOfKey.set(p.place.key, ws);
  }

  // Users: everyone the file names exists (global: one gid per email); a team member is not a user.
  for (const p of places) for (const m of people(p)) ensureUser(world, m.email);

  // Default email domains: the domains of the workspace's seeded members
  // (direct or through its teams and projects), not counting `me`.
  for (const sw of world.workspaces.values()) {
    if (sectionFor(sectionWorkspaces, sw.name)?.email_domains !== undefined) continue;
    const domains = new Set<string>();
    for (const p of places) {
      if (wsOfKey.get(p.place.key) !== sw) continue;
      for (const m of people(p)) domains.add(emailDomain(m.email));
    }
    sw.emailDomains = [...domains].sort();
  }

  // Memberships: `me` in every workspace and team, then what the file says;
  // a member of a team or project is a member of its workspace.
  for (const ws of world.workspaces.values()) joinWorkspace(world, ws, me);
  for (const team of world.teams.values()) joinTeam(world, team, me);
  for (const p of places) {
    const target = byKey.get(p.place.key);
    const ws = wsOfKey.get(p.place.key);
    if (!target || !ws) continue;
    for (const m of p.members) {
      // A team of the same workspace, by name or gid (made when missing), shares the project, portfolio or goal at the level asked.
      if (isTeamMember(m.email) && isParent(target)) {
        shareWithTeam(world, target, teamNamed(world, ws, m.email.slice(TEAM_PREFIX.length)), levelFor(target, m.role));
        continue;
      }
      const user = ensureUser(world, m.email);
      joinWorkspace(world, ws, user);
      if (target === ws) continue;
      if (isParent(target)) addMember(world, target, user, levelFor(target, m.role));
      else if ('workspaceGid' in target) joinTeam(world, target, user);
    }
  }

  // Members whose membership is not active (`is_active: false`, oas
  // WorkspaceMembershipResponse): a user whose membership record stays but who
  // is no longer associated with the workspace. One the file does not already
  // make a member is made one, so the record exists.
  for (const sw of sectionWorkspaces) {
    const ws = [...world.workspaces.values()].find((w) => w.name === sw.workspace);
    if (!ws) continue;
    for (const email of sw.inactive ?? []) joinWorkspace(world, ws, ensureUser(world, email)).isActive = false;
  }

  // The service account: a second token with its own user, made last so its
  // gid takes none of the others'. It joins nothing (world.ts actsIn).
  const saToken = section.service_account_token;
  if (saToken !== undefined) {
    if (saToken === core.token) throw new Error('sandbox seed: service_account_token must differ from token');
    const sa = ensureUser(world, SERVICE_ACCOUNT_EMAIL, SERVICE_ACCOUNT_NAME);
    if (sa.gid === me.gid) throw new Error(`sandbox seed: me must not be ${SERVICE_ACCOUNT_EMAIL}, the service account's user`);
    world.serviceAccount = { token: saToken, userGid: sa.gid };
    world.moreTokens = [saToken];
  }
  return world;
}

/** The people a place lists: its members but teams. */
const people = (p: DesiredPlaceState) => p.members.filter((m) => !isTeamMember(m.email));

/** A file's access level for a member of `target`; none means its default. A level its kind lacks is an error in the seed. */
function levelFor(target: Parent, role: string | undefined): AccessLevel | undefined {
  if (role === undefined || isLevelOf(target.kind, role)) return role;
  throw new Error(`sandbox seed: ${target.kind} ${target.name}: "${role}" is not a ${target.kind} access level (one of ${LEVELS[target.kind].join(', ')})`);
}

/** The workspace's team with this name or gid; one is made when none exists. */
function teamNamed(world: AsanaWorld, ws: Workspace, ref: string): Team {
  const existing = teamsOf(world, ws.gid).find((t) => t.gid === ref || t.name === ref);
  if (existing) return existing;
  const team: Team = { gid: allocateGid(world, 'team', `${ws.gid}/${ref}`), name: ref, workspaceGid: ws.gid, members: new Map() };
  world.teams.set(team.gid, team);
  return team;
}

function sectionFor(list: SectionWorkspace[], name: string): SectionWorkspace | undefined {
  return list.find((w) => w.workspace === name);
}

function parentWorkspace(p: DesiredPlaceState, wsOfKey: Map<string, Workspace>): Workspace {
  const parentKey = p.place.parentKey;
  const ws = parentKey !== undefined ? wsOfKey.get(parentKey) : undefined;
  if (!ws) {
    throw new Error(`sandbox seed: ${p.place.kind} ${p.place.ref} (${p.place.key}) has no enclosing workspace`);
  }
  return ws;
}
