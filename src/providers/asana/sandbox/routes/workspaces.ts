/** Workspaces: reads, and addUser / removeUser (oas 65643-66554). */
import type { AsanaContext, AsanaRoute } from './common.js';
import { forbidden } from '../errors.js';
import { teamRecord, userRecord, workspaceMembershipRecord, workspaceRecord } from '../records.js';
import { ensureUser, joinWorkspace, leaveWorkspace, teamsOf, type Workspace } from '../world.js';
import {
  bodyData,
  byServiceAccount,
  callerActsIn,
  describeUserId,
  findUser,
  list,
  meOf,
  membersOf,
  one,
  parseUserId,
  usersOf,
  workspaceParam,
  requireUser,
} from './common.js';
import { TEAM, USER_BASE, WORKSPACE, WORKSPACE_FULL, WORKSPACE_MEMBERSHIP } from './specs.js';
import { cappedUsers } from './users.js';

function requireMember(ctx: AsanaContext, ws: Workspace): void {
  if (!callerActsIn(ctx, ws)) throw forbidden(`You are not a member of workspace ${ws.gid}`);
}

export const workspaceRoutes: AsanaRoute[] = [
  {
    // oas 65643: the workspaces visible to the authorized user.
    method: 'GET',
    pattern: '/workspaces',
    handle(ctx) {
      const visible = [...ctx.world.workspaces.values()].filter((ws) => callerActsIn(ctx, ws));
      return list(ctx, visible, workspaceRecord, WORKSPACE);
    },
  },
  {
    method: 'GET',
    pattern: '/workspaces/{workspace_gid}',
    handle(ctx) {
      // oas 65870: WorkspaceResponse.
      return one(ctx, workspaceRecord(workspaceParam(ctx)), WORKSPACE_FULL);
    },
  },
  {
    // oas 63395: not paginated, sorted alphabetically, at most 2000.
    method: 'GET',
    pattern: '/workspaces/{workspace_gid}/users',
    handle(ctx) {
      const ws = workspaceParam(ctx);
      return cappedUsers(ctx, usersOf(ctx, ws.members.keys()));
    },
  },
  {
    // oas 65437: paginated; optional `user` filter.
    method: 'GET',
    pattern: '/workspaces/{workspace_gid}/workspace_memberships',
    handle(ctx) {
      const ws = workspaceParam(ctx);
      let members = membersOf(ctx, ws.members);
      const filter = ctx.query.get('user');
      if (filter !== null) {
        const user = findUser(ctx, parseUserId(filter, 'user'), 'user');
        members = members.filter(([u]) => u === user);
      }
      return list(ctx, members, ([u, m]) => workspaceMembershipRecord(ctx.world, ws, u, m), WORKSPACE_MEMBERSHIP);
    },
  },
  {
    // oas 58005: paginated.
    method: 'GET',
    pattern: '/workspaces/{workspace_gid}/teams',
    handle(ctx) {
      const ws = workspaceParam(ctx);
      return list(ctx, teamsOf(ctx.world, ws.gid), (t) => teamRecord(ctx.world, t), TEAM);
    },
  },
  {
    // oas 66181: answers the user record. An email with no account is invited
    // (a new user); in an organisation, an email outside email_domains joins
    // as a guest. Re-adding a member changes nothing and succeeds (API-FACTS).
    method: 'POST',
    pattern: '/workspaces/{workspace_gid}/addUser',
    handle(ctx) {
      const ws = workspaceParam(ctx);
      const id = parseUserId(bodyData(ctx)['user'], 'user');
      requireMember(ctx, ws);
      // Guess: an invited user's display name is its email until they set one.
      const user = findUser(ctx, id, 'user') ?? ensureUser(ctx.world, describeUserId(id), describeUserId(id));
      joinWorkspace(ctx.world, ws, user);
      return one(ctx, userRecord(ctx.world, user, meOf(ctx).gid), USER_BASE);
    },
  },
  {
    // oas 66378: the caller must be a workspace admin; answers {}.
    // Leaving a workspace also ends the user's team and project memberships there.
    method: 'POST',
    pattern: '/workspaces/{workspace_gid}/removeUser',
    handle(ctx) {
      const ws = workspaceParam(ctx);
      const id = parseUserId(bodyData(ctx)['user'], 'user');
      // The service account acts as an admin (world.ts actsIn).
      if (!byServiceAccount(ctx) && !ws.members.get(meOf(ctx).gid)?.isAdmin) {
        throw forbidden(`Only an admin of workspace ${ws.gid} can remove users from it`);
      }
      const user = requireUser(ctx, id, 'user');
      leaveWorkspace(ctx.world, ws, user.gid);
      return { data: {} };
    },
  },
];
