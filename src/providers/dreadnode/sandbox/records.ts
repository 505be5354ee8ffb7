/** The JSON records Dreadnode answers: a permission and a workspace. */
import type { DnGrant, DnWorkspace, DreadnodeWorld } from './world.js';

/** A permission: id, workspace_id, user_id, user_email, user_name, permission, granted_at, granted_by. */
export function permissionRecord(dw: DreadnodeWorld, ws: DnWorkspace, g: DnGrant): Record<string, unknown> {
  const user = dw.users.get(g.userId);
  return {
    id: g.id,
    workspace_id: ws.id,
    user_id: g.userId,
    user_email: user?.email ?? null,
    user_name: user?.name ?? null,
    permission: g.permission,
    granted_at: g.grantedAt,
    granted_by: g.grantedBy,
  };
}

/** A workspace: id, key (the slug), name, org_id, is_active, is_default. */
export function workspaceRecord(ws: DnWorkspace): Record<string, unknown> {
  return {
    id: ws.id,
    key: ws.key,
    name: ws.name,
    org_id: ws.orgId,
    is_active: ws.isActive,
    is_default: ws.isDefault,
  };
}
