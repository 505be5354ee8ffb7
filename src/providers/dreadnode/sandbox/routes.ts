/**
 * The Dreadnode routes Gatehouse uses (API-FACTS "Dreadnode"): list an
 * organisation's workspaces; list, grant, change and revoke the permissions
 * of a workspace. Inputs are validated first, all together (422), then looked
 * up (404, 409), as a FastAPI service does.
 *
 * Guess: the token acts as an organisation admin: it may read and write every
 * workspace of every organisation the sandbox holds without holding a
 * permission itself (the reference names 403 but not when it is answered).
 */
import type { Route, RouteContext } from '../../../sandbox/router.js';
import { Checks, checked } from './checks.js';
import { conflict, notFound } from './errors.js';
import { DREADNODE_PREFIX } from './prefix.js';
import { pageOf, pageRequest } from './pages.js';
import { permissionRecord, workspaceRecord } from './records.js';
import {
  changePermission,
  findDnUserByEmail,
  grant,
  type DnGrant,
  type DnOrg,
  type DnWorkspace,
  type DreadnodeWorld,
} from './world.js';

const ORG = `${DREADNODE_PREFIX}/org/{org}`;
const WS_USERS = `${ORG}/ws/{workspace}/users`;

type Ctx = RouteContext<DreadnodeWorld>;

const param = (ctx: Ctx, name: string): string => ctx.params[name] ?? '';

function orgAt(ctx: Ctx): DnOrg {
  const slug = param(ctx, 'org');
  const org = ctx.world.orgs.get(slug);
  // Guess: slugs match exactly (case matters).
  if (!org) throw notFound(`Organization '${slug}' not found`);
  return org;
}

function workspaceAt(ctx: Ctx): DnWorkspace {
  const org = orgAt(ctx);
  const slug = param(ctx, 'workspace');
  const ws = org.workspaces.get(slug);
  if (!ws) throw notFound(`Workspace '${slug}' not found in organization '${org.key}'`);
  return ws;
}

/** The permission the path's user holds on the path's workspace, or 404. */
function grantAt(ws: DnWorkspace, userId: string): DnGrant {
  const g = ws.grants.get(userId);
  if (!g) throw notFound(`User '${userId}' has no permission in workspace '${ws.key}'`);
  return g;
}

export const dreadnodeRoutes: Route<DreadnodeWorld>[] = [
  {
    method: 'GET',
    pattern: `${ORG}/ws`,
    handle(ctx) {
      const checks = new Checks();
      const request = pageRequest(checks, ctx.query);
      checks.done();
      const { items, ...rest } = pageOf(request, [...orgAt(ctx).workspaces.values()]);
      return { workspaces: items.map(workspaceRecord), ...rest };
    },
  },
  {
    // Not paginated: every permission of the workspace, in grant order (guess: order undocumented).
    method: 'GET',
    pattern: WS_USERS,
    handle(ctx) {
      const ws = workspaceAt(ctx);
      return [...ws.grants.values()].map((g) => permissionRecord(ctx.world, ws, g));
    },
  },
  {
    // 409 when the user already holds a permission there: changing it is PUT's job.
    method: 'POST',
    pattern: WS_USERS,
    handle(ctx) {
      const checks = new Checks();
      const body = checks.object(ctx.body, ['user_email', 'permission']);
      const email = checks.email(body, 'user_email');
      const permission = checks.permission(body, 'permission');
      checks.done();
      const ws = workspaceAt(ctx);
      const dw = ctx.world;
      const user = findDnUserByEmail(dw, checked(email));
      // Guess: an email with no platform account is refused with 404 (no invitation is documented).
      if (!user) throw notFound(`User with email '${checked(email)}' not found`);
      const held = ws.grants.get(user.id);
      if (held) {
        throw conflict(`User '${user.email}' already has permission '${held.permission}' in workspace '${ws.key}'`);
      }
      return permissionRecord(dw, ws, grant(dw, ws, user, checked(permission), dw.meId));
    },
  },
  {
    method: 'PUT',
    pattern: `${WS_USERS}/{user_id}`,
    handle(ctx) {
      const checks = new Checks();
      const userId = checks.uuid(ctx.params['user_id'], ['path', 'user_id']);
      const body = checks.object(ctx.body, ['permission']);
      const permission = checks.permission(body, 'permission');
      checks.done();
      const ws = workspaceAt(ctx);
      const dw = ctx.world;
      const g = grantAt(ws, checked(userId));
      return permissionRecord(dw, ws, changePermission(dw, g, checked(permission), dw.meId));
    },
  },
  {
    // Guess: DELETE is not in the reference; it answers 204 with no body, so a
    // client must not depend on an answer body. 404 when there is nothing to revoke.
    method: 'DELETE',
    pattern: `${WS_USERS}/{user_id}`,
    status: 204,
    handle(ctx) {
      const checks = new Checks();
      const userId = checks.uuid(ctx.params['user_id'], ['path', 'user_id']);
      checks.done();
      const ws = workspaceAt(ctx);
      ws.grants.delete(grantAt(ws, checked(userId)).userId);
      return undefined;
    },
  },
];
