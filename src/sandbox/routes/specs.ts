/**
 * Per-resource field specs: what comes back without opt_fields (the compact
 * record), and which documented opt_fields the sandbox honours (the OAS
 * enums of the endpoints it serves, cut to what it models).
 *
 * Guess: memberships come back as gid, resource_type and their references
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

export const WORKSPACE = fieldSpec(['resource_type', 'name'], ['name', 'is_organization', 'email_domains']);

export const TEAM = fieldSpec(['resource_type', 'name'], ['name', 'organization', 'organization.name']);

export const PROJECT = fieldSpec(
  ['resource_type', 'name'],
  ['name', 'archived', 'members', 'members.name', 'team', 'team.name', 'workspace', 'workspace.name'],
);

/** oas 56713-56740 */
export const TEAM_MEMBERSHIP = fieldSpec(
  ['resource_type', 'user', 'team'],
  ['is_admin', 'is_guest', 'is_limited_access', 'team', 'team.name', 'user', 'user.name'],
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
