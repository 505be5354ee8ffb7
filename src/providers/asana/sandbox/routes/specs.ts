/**
 * Per-resource field specs of Asana's answers: what comes back without opt_fields, and which
 * documented opt_fields the sandbox honours (the OAS enums of the endpoints it
 * serves, cut to what it models).
 *
 * A list answers compact records (the OAS: "Returns the compact ... records");
 * a single object answers the schema its endpoint documents (`*_FULL`,
 * `USER_BASE`), minus the fields the schema marks opt-in.
 *
 * Guess (the OAS says only "excludes some properties by default"): in a list,
 * memberships come back as gid, resource_type and their references
 * (user/team, user/workspace, member); their flags (is_guest, is_admin,
 * is_limited_access, is_active, access_level) only when asked for, so a
 * client must name every field it reads.
 */
import { fieldSpec } from '../fields.js';

const USER_FIELDS = ['name', 'email', 'photo', 'workspaces', 'workspaces.name'];
/** A user inside a list: compact. */
export const USER = fieldSpec(['resource_type', 'name'], USER_FIELDS);
/** GET /users/{user_gid} answers the full record, UserResponse (oas 62522, 8965): email, photo, workspaces. */
export const USER_FULL = fieldSpec(['resource_type', 'name', 'email', 'photo', 'workspaces'], USER_FIELDS);
/** POST /workspaces/{gid}/addUser answers UserBaseResponse (oas 66181, 8913): email and photo, no workspaces. */
export const USER_BASE = fieldSpec(['resource_type', 'name', 'email', 'photo'], USER_FIELDS);

/** oas 65855-65858 (GET /workspaces/{workspace_gid}). */
const WORKSPACE_FIELDS = ['email_domains', 'is_organization', 'name'];
/** A workspace inside a list: compact. */
export const WORKSPACE = fieldSpec(['resource_type', 'name'], WORKSPACE_FIELDS);
/** GET /workspaces/{gid} answers WorkspaceResponse (oas 65870, 9380): email_domains, is_organization. */
export const WORKSPACE_FULL = fieldSpec(['resource_type', 'name', 'email_domains', 'is_organization'], WORKSPACE_FIELDS);

/** The part of the oas enum of GET /teams/{team_gid} (57402) the sandbox models. */
const TEAM_SETTINGS = [
  'permalink_url',
  'visibility',
  'edit_team_name_or_description_access_level',
  'edit_team_visibility_or_trash_team_access_level',
  'member_invite_management_access_level',
  'guest_invite_management_access_level',
  'join_request_management_access_level',
  'team_member_removal_access_level',
  'team_content_management_access_level',
  'endorsed',
  'custom_field_settings',
];
const TEAM_FIELDS = ['name', 'description', 'html_description', 'organization', 'organization.name', ...TEAM_SETTINGS];
/** A team inside a list: compact. */
export const TEAM = fieldSpec(['resource_type', 'name'], TEAM_FIELDS);
/**
 * GET /teams/{gid} answers TeamResponse (oas 57573, 8677): everything but the
 * opt-in description and html_description.
 */
export const TEAM_FULL = fieldSpec(['resource_type', 'name', 'organization', ...TEAM_SETTINGS], TEAM_FIELDS);

/** ProjectBase + ProjectResponse fields that are not opt-in (oas 5014-5850), in the schema's order. */
const PROJECT_DEFAULTS = [
  'resource_type',
  'name',
  'archived',
  'color',
  'icon',
  'created_at',
  'current_status',
  'current_status_update',
  'custom_field_settings',
  'default_view',
  'due_date',
  'due_on',
  'members',
  'modified_at',
  'notes',
  'public',
  'privacy_setting',
  'start_on',
  'default_access_level',
  'minimum_access_level_for_customization',
  'minimum_access_level_for_sharing',
  'custom_fields',
  'completed',
  'completed_at',
  'completed_by',
  'followers',
  'owner',
  'team',
  'permalink_url',
  'workspace',
];
/** The part of the oas enum of GET /projects/{gid} (32380) and addMembers (37049) the sandbox models. */
const PROJECT_FIELDS = [
  ...PROJECT_DEFAULTS.filter((f) => f !== 'resource_type'),
  'completed_by.name',
  'followers.name',
  'members.name',
  'team.name',
  'workspace.name',
];
/** A project inside a list: compact. */
export const PROJECT = fieldSpec(['resource_type', 'name'], PROJECT_FIELDS);
/**
 * GET /projects/{gid} (oas 32680), addMembers (37353) and removeMembers
 * (37782) answer ProjectResponse: the full record (the OAS: "Returns the
 * complete project record", "Returns the updated project record").
 */
export const PROJECT_FULL = fieldSpec(PROJECT_DEFAULTS, PROJECT_FIELDS);

/** PortfolioResponse fields that are not opt-in (oas:4893, PortfolioBase oas:4654), in the schema's order. */
const PORTFOLIO_DEFAULTS = [
  'resource_type',
  'name',
  'color',
  'start_on',
  'due_on',
  'default_access_level',
  'created_at',
  'created_by',
  'custom_field_settings',
  'current_status_update',
  'custom_fields',
  'members',
  'owner',
  'workspace',
  'permalink_url',
  'public',
  'privacy_setting',
  'project_templates',
];
/**
 * The part of the oas enums of GET /portfolios (24603), GET
 * /portfolios/{gid} (25393) and add/removeMembers (27353, 27733) the sandbox
 * models: the four list the same fields.
 */
const PORTFOLIO_FIELDS = [
  ...PORTFOLIO_DEFAULTS.filter((f) => f !== 'resource_type'),
  'archived',
  'created_by.name',
  'members.name',
  'owner.name',
  'project_templates.name',
  'workspace.name',
];
/** A portfolio inside a list: PortfolioCompact (oas:4718), gid, resource_type and name. */
export const PORTFOLIO = fieldSpec(['resource_type', 'name'], PORTFOLIO_FIELDS);
/** GET /portfolios/{gid} (oas:25624), addMembers and removeMembers answer PortfolioResponse: the full record. */
export const PORTFOLIO_FULL = fieldSpec(PORTFOLIO_DEFAULTS, PORTFOLIO_FIELDS);

/** GoalResponse fields (oas:4167 = GoalBase oas:3810; none is marked opt-in), in the schema's order. */
const GOAL_DEFAULTS = [
  'resource_type',
  'name',
  'html_notes',
  'notes',
  'due_on',
  'start_on',
  'is_workspace_level',
  'liked',
  'likes',
  'num_likes',
  'team',
  'workspace',
  'followers',
  'time_period',
  'metric',
  'owner',
  'current_status_update',
  'status',
  'privacy_setting',
  'default_access_level',
  'custom_fields',
  'custom_field_settings',
];
/** The part of the oas enums of GET /goals (18958) and GET /goals/{gid} (17986) the sandbox models. */
const GOAL_FIELDS = [
  ...GOAL_DEFAULTS.filter((f) => f !== 'resource_type'),
  'followers.name',
  'owner.name',
  'team.name',
  'workspace.name',
];
/** A goal inside a list: GoalCompact (oas:3871), gid, resource_type, name and owner. */
export const GOAL = fieldSpec(['resource_type', 'name', 'owner'], GOAL_FIELDS);
/** GET /goals/{gid} answers GoalResponse (oas:18266): the full record. */
export const GOAL_FULL = fieldSpec(GOAL_DEFAULTS, GOAL_FIELDS);

/** oas 56728-56738 (list) and 58684-58691 (POST /teams/{gid}/addUser). */
const TEAM_MEMBERSHIP_FIELDS = ['is_admin', 'is_guest', 'is_limited_access', 'team', 'team.name', 'user', 'user.name'];
/** A team membership inside a list. */
export const TEAM_MEMBERSHIP = fieldSpec(['resource_type', 'user', 'team'], TEAM_MEMBERSHIP_FIELDS);
/**
 * POST /teams/{gid}/addUser answers TeamMembershipResponse (oas 58714 →
 * 8577 → TeamMembershipCompact 8539): user, team, is_guest, is_limited_access, is_admin.
 */
export const TEAM_MEMBERSHIP_FULL = fieldSpec(
  ['resource_type', 'user', 'team', 'is_guest', 'is_limited_access', 'is_admin'],
  TEAM_MEMBERSHIP_FIELDS,
);

/** oas 65458-65503 */
export const WORKSPACE_MEMBERSHIP = fieldSpec(
  ['resource_type', 'user', 'workspace'],
  ['is_active', 'is_admin', 'is_guest', 'is_view_only', 'user', 'user.name', 'workspace', 'workspace.name'],
);

/** oas 29171-29195 (parent is opt-in per ProjectMembershipCompact). */
export const PROJECT_MEMBERSHIP = fieldSpec(
  ['resource_type', 'member'],
  ['access_level', 'member', 'member.name', 'parent', 'parent.name'],
);

/**
 * GET /memberships answers compact records (oas:22356; MembershipCompact
 * oas:4432 → ProjectMembershipCompactResponse oas:5568,
 * PortfolioMembershipCompactResponse oas:4826, GoalMembershipCompact
 * oas:9454): member and access_level, with parent opt-in (oas:5547). The
 * endpoint's opt_fields enum lists only the pagination fields (oas:22430),
 * so these are the defaults; naming them is honoured too.
 */
const MEMBERSHIP_FIELDS = ['resource_subtype', 'member', 'member.name', 'parent', 'parent.name', 'access_level'];
export const MEMBERSHIP = fieldSpec(['resource_type', 'resource_subtype', 'member', 'access_level'], MEMBERSHIP_FIELDS);
/** POST, PUT and GET /memberships/{gid} answer "the full record" (oas:22563): the parent too. */
export const MEMBERSHIP_FULL = fieldSpec(
  ['resource_type', 'resource_subtype', 'parent', 'member', 'access_level'],
  MEMBERSHIP_FIELDS,
);
