/**
 * The sandbox's in-memory Asana: users, workspaces, teams, projects,
 * portfolios, goals and their memberships. Plain data (Maps keep insertion order and survive
 * structuredClone) plus the few mutations the write endpoints need, so the
 * seed and the routes share one set of rules. It is the World's
 * `providers.asana` (part.ts).
 */
import { createHash } from 'node:crypto';
import type { ProviderWorld } from '../../../sandbox/world.js';

export interface User {
  gid: string;
  /** Lower-case email. */
  email: string;
  name: string;
}

export interface WorkspaceMember {
  /** gid of the workspace_membership record. */
  membershipGid: string;
  isGuest: boolean;
  isAdmin: boolean;
  /** True for joined and for invited users (oas WorkspaceMembershipResponse.is_active). */
  isActive: boolean;
}

export interface Workspace {
  gid: string;
  name: string;
  isOrganization: boolean;
  /** Lower-case domains; in an organisation, emails outside them join as guests. */
  emailDomains: string[];
  /** By user gid, in join order. */
  members: Map<string, WorkspaceMember>;
}

export interface TeamMember {
  membershipGid: string;
  isAdmin: boolean;
}

export interface Team {
  gid: string;
  name: string;
  workspaceGid: string;
  members: Map<string, TeamMember>;
}

export type AccessLevel = 'admin' | 'editor' | 'commenter' | 'viewer';

/** The objects whose members the Memberships API manages (CreateMembershipRequest.parent, oas:9534). */
export type ParentKind = 'project' | 'portfolio' | 'goal';

/**
 * The levels each kind's members can hold (MembershipRequest.access_level,
 * oas:9513): projects admin/editor/commenter; portfolios admin/editor/viewer
 * (PortfolioMembershipCompact.access_level, oas:4815); goals all four
 * (GoalMembershipBase.access_level, oas:9433). MembershipUpdateRequest
 * (oas:9503) names only editor and commenter for goals; the sandbox accepts
 * all four there too, as the create schema and the membership record do.
 */
export const LEVELS: Record<ParentKind, readonly AccessLevel[]> = {
  project: ['admin', 'editor', 'commenter'],
  portfolio: ['admin', 'editor', 'viewer'],
  goal: ['admin', 'editor', 'commenter', 'viewer'],
};

export const isLevelOf = (kind: ParentKind, value: unknown): value is AccessLevel =>
  typeof value === 'string' && (LEVELS[kind] as readonly string[]).includes(value);

/** One member (a user or a team) of a project, portfolio or goal. */
export interface ParentMember {
  membershipGid: string;
  accessLevel: AccessLevel;
}

/** What projects, portfolios and goals share: members (users and teams) at access levels. */
export interface MembershipParent {
  kind: ParentKind;
  gid: string;
  name: string;
  workspaceGid: string;
  /** The level a member added without one gets (ProjectBase.default_access_level oas:5204, PortfolioBase oas:4709, GoalResponse oas:4254). */
  defaultAccessLevel: AccessLevel;
  /** Users, by user gid, in join order. */
  members: Map<string, ParentMember>;
  /**
   * Teams it is shared with, by team gid: a membership's member "can be a
   * user or a team" (MemberCompact; e.g. ProjectMembershipCompact.member,
   * oas:5553). Not in the record's `members` ("Array of users", oas:5152).
   */
  teamMembers: Map<string, ParentMember>;
}

export interface Project extends MembershipParent {
  kind: 'project';
  /** null for a project that belongs to no team (a workspace-level project in the seed). */
  teamGid: string | null;
}

export interface Portfolio extends MembershipParent {
  kind: 'portfolio';
  /** gid of the user who owns it (PortfolioResponse.owner, oas:4933): with a personal access token, GET /portfolios lists only the caller's own. */
  ownerGid: string;
}

/** A goal of its workspace (is_workspace_level; the sandbox models no team goals). */
export interface Goal extends MembershipParent {
  kind: 'goal';
}

export type Parent = Project | Portfolio | Goal;

/** The service account: a second token, acting as its own user (seed key `service_account_token`). */
export interface ServiceAccount {
  token: string;
  userGid: string;
}

export interface AsanaWorld extends ProviderWorld {
  /** gid of the token's own user (`me`). */
  meGid: string;
  users: Map<string, User>;
  /** Lower-case email → gid, kept by ensureUser (the only place users are made). */
  gidByEmail: Map<string, string>;
  workspaces: Map<string, Workspace>;
  teams: Map<string, Team>;
  projects: Map<string, Project>;
  portfolios: Map<string, Portfolio>;
  goals: Map<string, Goal>;
  /** The service account, when the seed gives it a token (its token is also in `moreTokens`). */
  serviceAccount: ServiceAccount | null;
  /** Every gid handed out, to keep gids distinct across all objects. */
  gids: Set<string>;
}

export function emptyAsanaWorld(): AsanaWorld {
  return {
    token: '',
    meGid: '',
    users: new Map(),
    gidByEmail: new Map(),
    workspaces: new Map(),
    teams: new Map(),
    projects: new Map(),
    portfolios: new Map(),
    goals: new Map(),
    serviceAccount: null,
    gids: new Set(),
  };
}

/**
 * A deterministic 16-digit gid for an object, derived from what the object is
 * (its kind and a stable identity such as an email or a name path), so the
 * same seed gives the same gids and an edit to one part of a seed does not
 * renumber the rest. Collisions are resolved by rehashing.
 */
export function allocateGid(world: AsanaWorld, kind: string, identity: string): string {
  for (let attempt = 0; ; attempt++) {
    const digest = createHash('sha256')
      .update(`${kind}\u0000${identity}\u0000${attempt}`)
      .digest();
    // 15 digits from the hash, behind a leading 1: always 16 digits, like real gids.
    const n = digest.readBigUInt64BE(0) % 1_000_000_000_000_000n;
    const gid = `1${n.toString().padStart(15, '0')}`;
    if (!world.gids.has(gid)) {
      world.gids.add(gid);
      return gid;
    }
  }
}

/** Claims a gid given explicitly (in the seed); throws when it is already used. */
export function claimGid(world: AsanaWorld, gid: string, what: string): string {
  if (!/^[0-9]{1,19}$/.test(gid)) throw new Error(`sandbox seed: ${what}: gid "${gid}" is not all digits`);
  if (world.gids.has(gid)) throw new Error(`sandbox seed: ${what}: gid ${gid} is already used by another object`);
  world.gids.add(gid);
  return gid;
}

/** "alice.smith@acme.com" → "Alice Smith". */
export function nameFromEmail(email: string): string {
  const local = email.split('@')[0] ?? email;
  const words = local.split(/[._+-]+/).filter((w) => w.length > 0);
  if (words.length === 0) return email;
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

export function emailDomain(email: string): string {
  const at = email.lastIndexOf('@');
  return at < 0 ? '' : email.slice(at + 1).toLowerCase();
}

export function findUserByEmail(world: AsanaWorld, email: string): User | undefined {
  const gid = world.gidByEmail.get(email.toLowerCase());
  return gid === undefined ? undefined : world.users.get(gid);
}

/** Returns the user with this email, creating it (with a gid) when missing. */
export function ensureUser(world: AsanaWorld, email: string, name?: string): User {
  const lower = email.toLowerCase();
  const existing = findUserByEmail(world, lower);
  if (existing) {
    if (name !== undefined) existing.name = name;
    return existing;
  }
  const user: User = {
    gid: allocateGid(world, 'user', lower),
    email: lower,
    name: name ?? nameFromEmail(lower),
  };
  world.users.set(user.gid, user);
  world.gidByEmail.set(user.email, user.gid);
  return user;
}

/** In an organisation, a user whose email is outside its domains is a guest. */
export function isGuestFor(world: AsanaWorld, ws: Workspace, user: User): boolean {
  if (!ws.isOrganization || user.gid === world.meGid) return false;
  return !ws.emailDomains.includes(emailDomain(user.email));
}

/** The membership of `who` (a user or team gid) in `members`, made by `make` on first join; joining again is a no-op. */
function joinOnce<M>(members: Map<string, M>, who: string, make: () => M): M {
  const existing = members.get(who);
  if (existing) return existing;
  const member = make();
  members.set(who, member);
  return member;
}

/**
 * Adds a user to a workspace: a no-op for an active member; an inactive one
 * (removed earlier) becomes active again on the same record, as Asana does
 * (API-FACTS "Workspace membership lifecycle"). Returns the membership.
 */
export function joinWorkspace(world: AsanaWorld, ws: Workspace, user: User): WorkspaceMember {
  const member = joinOnce(ws.members, user.gid, () => ({
    membershipGid: allocateGid(world, 'workspace_membership', `${ws.gid}/${user.gid}`),
    isGuest: isGuestFor(world, ws, user),
    isAdmin: user.gid === world.meGid,
    isActive: true,
  }));
  member.isActive = true;
  return member;
}

/**
 * True for a workspace member whose membership is active (a removed one stays
 * listed, inactive). The OAS calls an inactive user not "currently associated
 * with the workspace" (oas:9304), so its teams and projects refuse them
 * ("must exist in the same organization", oas:58655).
 */
export function isActiveMember(ws: Workspace, userGid: string): boolean {
  return ws.members.get(userGid)?.isActive === true;
}

export function joinTeam(world: AsanaWorld, team: Team, user: User): TeamMember {
  return joinOnce(team.members, user.gid, () => ({
    membershipGid: allocateGid(world, 'team_membership', `${team.gid}/${user.gid}`),
    isAdmin: false,
  }));
}

/** Adds a user to a project, portfolio or goal at `level` (its default when none); an existing member keeps its level. */
export function addMember(world: AsanaWorld, parent: MembershipParent, user: User, level?: AccessLevel): ParentMember {
  return joinOnce(parent.members, user.gid, () => ({
    membershipGid: allocateGid(world, `${parent.kind}_membership`, `${parent.gid}/${user.gid}`),
    accessLevel: level ?? parent.defaultAccessLevel,
  }));
}

/** Shares a project, portfolio or goal with a team (a team member of it) at `level`; an existing share keeps its level. */
export function shareWithTeam(world: AsanaWorld, parent: MembershipParent, team: Team, level?: AccessLevel): ParentMember {
  return joinOnce(parent.teamMembers, team.gid, () => ({
    membershipGid: allocateGid(world, `${parent.kind}_membership`, `${parent.gid}/team/${team.gid}`),
    accessLevel: level ?? parent.defaultAccessLevel,
  }));
}

/** The names these had when only projects had members; callers outside the sandbox use them. */
export const joinProject = addMember;
export const shareProjectWithTeam = shareWithTeam;

/** Every project, portfolio and goal. */
export function parentsOf(world: AsanaWorld): Parent[] {
  return [...world.projects.values(), ...world.portfolios.values(), ...world.goals.values()];
}

/** The project, portfolio or goal with this gid. */
export function parentAt(world: AsanaWorld, gid: string): Parent | undefined {
  return world.projects.get(gid) ?? world.portfolios.get(gid) ?? world.goals.get(gid);
}

/** A membership by its gid, with its parent and whether its member is a team. */
export interface FoundMembership {
  parent: Parent;
  memberGid: string;
  isTeam: boolean;
  membership: ParentMember;
}

export function findMembership(world: AsanaWorld, membershipGid: string): FoundMembership | undefined {
  for (const parent of parentsOf(world)) {
    for (const [isTeam, members] of [[false, parent.members], [true, parent.teamMembers]] as const) {
      for (const [memberGid, membership] of members) {
        if (membership.membershipGid === membershipGid) return { parent, memberGid, isTeam, membership };
      }
    }
  }
  return undefined;
}

/**
 * Removes a user from a workspace as Asana does: the workspace membership
 * stays, inactive (`is_active: false`), and the user leaves its teams,
 * projects, portfolios and goals.
 */
export function leaveWorkspace(world: AsanaWorld, ws: Workspace, userGid: string): void {
  const member = ws.members.get(userGid);
  if (member !== undefined) member.isActive = false;
  for (const team of world.teams.values()) if (team.workspaceGid === ws.gid) team.members.delete(userGid);
  for (const p of parentsOf(world)) if (p.workspaceGid === ws.gid) p.members.delete(userGid);
}

/**
 * The user a token acts as: the service account's user for its token, `me`
 * for any other (the server lets in only the tokens the world accepts).
 */
export function callerGid(world: AsanaWorld, token: string): string {
  return world.serviceAccount !== null && token === world.serviceAccount.token ? world.serviceAccount.userGid : world.meGid;
}

/**
 * True when `userGid` may act in the workspace as one of its members: an
 * active or invited member, or the service account. Guess: the service
 * account acts across every workspace of the sandbox with an admin's rights
 * without being listed among any workspace's members, so it never shows up
 * as an unmanaged member of a plan.
 */
export function actsIn(world: AsanaWorld, ws: Workspace, userGid: string): boolean {
  return isServiceAccount(world, userGid) || ws.members.has(userGid);
}

export const isServiceAccount = (world: AsanaWorld, userGid: string): boolean => world.serviceAccount?.userGid === userGid;

export function teamsOf(world: AsanaWorld, workspaceGid: string): Team[] {
  return [...world.teams.values()].filter((t) => t.workspaceGid === workspaceGid);
}

export { compareGids } from '../../../util/compare.js';
