/**
 * Asana's full records, as the OAS schemas describe them; `fields.ts` cuts
 * them down to what a request asked for. Nested records are full too, so dot
 * paths (`user.name`) can reach into them; costly fields are getters,
 * computed only when asked for.
 */
import { SANDBOX_EPOCH } from '../../../sandbox/epoch.js';
import type {
  AsanaWorld,
  Goal,
  MembershipParent,
  Parent,
  ParentMember,
  Portfolio,
  Project,
  Team,
  TeamMember,
  User,
  Workspace,
  WorkspaceMember,
} from './world.js';
import { actsIn, compareGids } from './world.js';
import type { Rec } from './fields.js';

/**
 * UserResponse (oas 8965): gid, resource_type, name, email, photo, workspaces.
 * `viewer` is the authenticated user (the seed token's `me` unless a route
 * says otherwise); the service account is in every workspace's list of its
 * own, though no workspace lists it as a member.
 */
export function userRecord(world: AsanaWorld, user: User, viewer: string = world.meGid): Rec {
  return {
    gid: user.gid,
    resource_type: 'user',
    name: user.name,
    email: user.email,
    photo: null,
    // Only workspaces that also contain the authenticated user (oas UserResponse.workspaces).
    get workspaces() {
      return [...world.workspaces.values()]
        .filter((ws) => actsIn(world, ws, user.gid) && actsIn(world, ws, viewer))
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

/** A permalink in the shape of the OAS examples; it does not lead anywhere. */
const permalink = (...parts: string[]): string => `https://app.asana.com/1/${parts.join('/')}`;

/**
 * TeamResponse (oas 8677-8777). The sandbox has data for gid, name and
 * organization; the settings below are sensible constants (the OAS marks them
 * all optional and gives no defaults). `description` and `html_description`
 * are opt-in (oas 8682-8696).
 */
export function teamRecord(world: AsanaWorld, team: Team): Rec {
  const ws = world.workspaces.get(team.workspaceGid);
  return {
    gid: team.gid,
    resource_type: 'team',
    name: team.name,
    description: '',
    html_description: '<body></body>',
    organization: ws ? workspaceRecord(ws) : null,
    permalink_url: permalink(team.workspaceGid, 'team', team.gid),
    visibility: 'request_to_join',
    edit_team_name_or_description_access_level: 'all_team_members',
    edit_team_visibility_or_trash_team_access_level: 'all_team_members',
    member_invite_management_access_level: 'all_team_members',
    guest_invite_management_access_level: 'all_team_members',
    join_request_management_access_level: 'all_team_members',
    team_member_removal_access_level: 'all_team_members',
    team_content_management_access_level: 'no_restriction',
    endorsed: false,
    custom_field_settings: [],
  };
}

/**
 * ProjectResponse (oas 5756 = ProjectBase 5014 + ProjectCompact 5302). The
 * sandbox has data for name, members, team and workspace; the rest are
 * sensible constants for a plain, open, unfinished project (every field is
 * optional in the OAS, none has a documented default). Opt-in fields
 * (html_notes, project_brief, created_from_template) are not modelled.
 */
export function projectRecord(world: AsanaWorld, project: Project): Rec {
  const ws = world.workspaces.get(project.workspaceGid);
  const team = project.teamGid !== null ? world.teams.get(project.teamGid) : undefined;
  return {
    gid: project.gid,
    resource_type: 'project',
    name: project.name,
    archived: false,
    color: 'none',
    icon: 'list',
    created_at: SANDBOX_EPOCH,
    modified_at: SANDBOX_EPOCH,
    current_status: null,
    current_status_update: null,
    custom_field_settings: [],
    custom_fields: [],
    default_view: 'list',
    due_date: null,
    due_on: null,
    start_on: null,
    notes: '',
    public: false,
    privacy_setting: 'private',
    default_access_level: project.defaultAccessLevel,
    minimum_access_level_for_customization: 'admin',
    minimum_access_level_for_sharing: 'admin',
    completed: false,
    completed_at: null,
    completed_by: null,
    followers: [],
    owner: null,
    permalink_url: permalink(project.workspaceGid, 'project', project.gid),
    get members() {
      return userMembers(world, project);
    },
    team: team ? teamRecord(world, team) : null,
    workspace: ws ? workspaceRecord(ws) : null,
  };
}

/** The user members of a project, portfolio or goal (teams are not among them, oas:5152, 4928), as user records in gid order. */
function userMembers(world: AsanaWorld, parent: MembershipParent): Rec[] {
  return [...parent.members.keys()]
    .sort(compareGids)
    .map((gid) => world.users.get(gid))
    .filter((u): u is User => u !== undefined)
    .map((u) => userRecord(world, u));
}

/**
 * PortfolioResponse (oas:4893 = PortfolioBase oas:4654 + PortfolioCompact
 * oas:4718). The sandbox has data for name, owner, members, workspace and
 * default_access_level; the rest are sensible constants for a plain,
 * members-only portfolio with no dates (none has a documented default).
 * created_by is the owner. `archived` is opt-in (oas:4659).
 */
export function portfolioRecord(world: AsanaWorld, portfolio: Portfolio): Rec {
  const ws = world.workspaces.get(portfolio.workspaceGid);
  const owner = world.users.get(portfolio.ownerGid);
  return {
    gid: portfolio.gid,
    resource_type: 'portfolio',
    name: portfolio.name,
    archived: false,
    color: 'light-green',
    start_on: null,
    due_on: null,
    default_access_level: portfolio.defaultAccessLevel,
    created_at: SANDBOX_EPOCH,
    created_by: owner ? userRecord(world, owner) : null,
    custom_field_settings: [],
    current_status_update: null,
    custom_fields: [],
    get members() {
      return userMembers(world, portfolio);
    },
    owner: owner ? userRecord(world, owner) : null,
    workspace: ws ? workspaceRecord(ws) : null,
    permalink_url: permalink(portfolio.workspaceGid, 'portfolio', portfolio.gid),
    public: false,
    privacy_setting: 'members_only',
    project_templates: [],
  };
}

/**
 * GoalResponse (oas:4167 = GoalBase oas:3810). The sandbox has data for
 * name, workspace, default_access_level and the members: the OAS describes
 * `followers` as the goal's member users (oas:4197).
 * The rest are constants for an open goal with no dates, metric, time period
 * or owner (owner is nullable, oas:4225). Every goal is workspace-level: no
 * team; `is_workspace_level` is there only in an organisation (oas:3858).
 */
export function goalRecord(world: AsanaWorld, goal: Goal): Rec {
  const ws = world.workspaces.get(goal.workspaceGid);
  return {
    gid: goal.gid,
    resource_type: 'goal',
    name: goal.name,
    html_notes: '<body></body>',
    notes: '',
    due_on: null,
    start_on: null,
    ...(ws?.isOrganization === true ? { is_workspace_level: true } : {}),
    liked: false,
    likes: [],
    num_likes: 0,
    team: null,
    workspace: ws ? workspaceRecord(ws) : null,
    get followers() {
      return userMembers(world, goal);
    },
    time_period: null,
    metric: null,
    owner: null,
    current_status_update: null,
    status: null,
    privacy_setting: 'public_to_workspace',
    default_access_level: goal.defaultAccessLevel,
    custom_fields: [],
    custom_field_settings: [],
  };
}

/** The full record of a membership's parent. */
export function parentRecord(world: AsanaWorld, parent: Parent): Rec {
  switch (parent.kind) {
    case 'project':
      return projectRecord(world, parent);
    case 'portfolio':
      return portfolioRecord(world, parent);
    case 'goal':
      return goalRecord(world, parent);
  }
}

/** WorkspaceMembershipResponse (oas 9268-9330). */
export function workspaceMembershipRecord(world: AsanaWorld, ws: Workspace, user: User, m: WorkspaceMember): Rec {
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
export function teamMembershipRecord(world: AsanaWorld, team: Team, user: User, m: TeamMember): Rec {
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

/** ProjectMembershipCompact (oas 5527): member is a user or a team (MemberCompact, oas 4413). */
export function projectMembershipRecord(world: AsanaWorld, project: Project, member: User | Team, m: ParentMember): Rec {
  return {
    gid: m.membershipGid,
    resource_type: 'project_membership',
    get parent() {
      return projectRecord(world, project);
    },
    member: 'workspaceGid' in member ? teamRecord(world, member) : userRecord(world, member),
    access_level: m.accessLevel,
  };
}

/**
 * A membership as the Memberships API answers it: resource_type
 * "membership", resource_subtype by its parent's kind —
 * project_membership (ProjectMembershipCompactResponse, oas:5568),
 * portfolio_membership (PortfolioMembershipCompactResponse, oas:4826) or
 * goal_membership (GoalMembershipBase, oas:9397). The goal schema's
 * deprecated fields (role, goal, is_commenter, is_editor) are left out.
 */
export function membershipRecord(world: AsanaWorld, parent: Parent, member: User | Team, m: ParentMember): Rec {
  return {
    gid: m.membershipGid,
    resource_type: 'membership',
    resource_subtype: `${parent.kind}_membership`,
    get parent() {
      return parentRecord(world, parent);
    },
    member: 'workspaceGid' in member ? teamRecord(world, member) : userRecord(world, member),
    access_level: m.accessLevel,
  };
}
