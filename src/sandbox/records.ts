/**
 * Full records as the OAS schemas describe them; `fields.ts` cuts them down
 * to what a request asked for. Nested records are full too, so dot paths
 * (`user.name`) can reach into them; costly fields are getters, computed only
 * when asked for.
 */
import type { Project, ProjectMember, Team, TeamMember, User, Workspace, WorkspaceMember, World } from './world.js';
import { compareGids } from './world.js';
import type { Rec } from './fields.js';

/** UserResponse (oas 8965): gid, resource_type, name, email, photo, workspaces. */
export function userRecord(world: World, user: User): Rec {
  return {
    gid: user.gid,
    resource_type: 'user',
    name: user.name,
    email: user.email,
    photo: null,
    // Only workspaces that also contain the authenticated user (oas UserResponse.workspaces).
    get workspaces() {
      return [...world.workspaces.values()]
        .filter((ws) => ws.members.has(user.gid) && ws.members.has(world.meGid))
        .map((ws) => workspaceRecord(ws));
    },
  };
}

/** WorkspaceResponse: gid, resource_type, name, is_organization, email_domains. */
export function workspaceRecord(ws: Workspace): Rec {
  return {
    gid: ws.gid,
    resource_type: 'workspace',
    name: ws.name,
    is_organization: ws.isOrganization,
    email_domains: [...ws.emailDomains],
  };
}

export function teamRecord(world: World, team: Team): Rec {
  const ws = world.workspaces.get(team.workspaceGid);
  return {
    gid: team.gid,
    resource_type: 'team',
    name: team.name,
    organization: ws ? workspaceRecord(ws) : null,
  };
}

/** ProjectResponse, the fields the sandbox models: members, team, workspace. */
export function projectRecord(world: World, project: Project): Rec {
  const ws = world.workspaces.get(project.workspaceGid);
  const team = project.teamGid !== null ? world.teams.get(project.teamGid) : undefined;
  return {
    gid: project.gid,
    resource_type: 'project',
    name: project.name,
    archived: false,
    get members() {
      return [...project.members.keys()]
        .sort(compareGids)
        .map((gid) => world.users.get(gid))
        .filter((u): u is User => u !== undefined)
        .map((u) => userRecord(world, u));
    },
    team: team ? teamRecord(world, team) : null,
    workspace: ws ? workspaceRecord(ws) : null,
  };
}

/** WorkspaceMembershipResponse (oas 9268-9330). */
export function workspaceMembershipRecord(world: World, ws: Workspace, user: User, m: WorkspaceMember): Rec {
  return {
    gid: m.membershipGid,
    resource_type: 'workspace_membership',
    user: userRecord(world, user),
    workspace: workspaceRecord(ws),
    is_active: m.isActive,
    is_admin: m.isAdmin,
    is_guest: m.isGuest,
    is_view_only: false,
  };
}

/** TeamMembershipCompact (oas TeamMembershipCompact): user, team, is_guest, is_admin, is_limited_access. */
export function teamMembershipRecord(world: World, team: Team, user: User, m: TeamMember): Rec {
  const ws = world.workspaces.get(team.workspaceGid);
  return {
    gid: m.membershipGid,
    resource_type: 'team_membership',
    user: userRecord(world, user),
    team: teamRecord(world, team),
    is_guest: ws?.members.get(user.gid)?.isGuest ?? false,
    is_admin: m.isAdmin,
    is_limited_access: false,
  };
}

/** ProjectMembershipCompact (oas 5527): member is a user (or a team; the sandbox only has users). */
export function projectMembershipRecord(world: World, project: Project, user: User, m: ProjectMember): Rec {
  return {
    gid: m.membershipGid,
    resource_type: 'project_membership',
    get parent() {
      return projectRecord(world, project);
    },
    member: userRecord(world, user),
    access_level: m.accessLevel,
  };
}
