/** Teams: reads, and addUser / removeUser (oas 56691, 58649, 58844, 63148). */
import type { AsanaContext, AsanaRoute } from './common.js';
import { forbidden } from '../errors.js';
import { projectRecord, teamMembershipRecord, teamRecord } from '../records.js';
import { isActiveMember, joinTeam, type Team } from '../world.js';
import { bodyData, byServiceAccount, describeUserId, findUser, list, meOf, membersOf, one, parseUserId, teamParam, requireUser, usersOf } from './common.js';
import { PROJECT, TEAM_FULL, TEAM_MEMBERSHIP, TEAM_MEMBERSHIP_FULL } from './specs.js';
import { cappedUsers } from './users.js';

/**
 * oas 58656: the caller must be a member of the team. Guess: the service
 * account need not be, as it acts with an admin's rights (world.ts actsIn).
 */
function requireCallerInTeam(ctx: AsanaContext, team: Team, verb: string): void {
  if (!byServiceAccount(ctx) && !team.members.has(meOf(ctx).gid)) {
    throw forbidden(`You must be a member of team ${team.gid} to ${verb} its members`);
  }
}

export const teamRoutes: AsanaRoute[] = [
  {
    method: 'GET',
    pattern: '/teams/{team_gid}',
    handle(ctx) {
      // oas 57573: TeamResponse.
      return one(ctx, teamRecord(ctx.world, teamParam(ctx)), TEAM_FULL);
    },
  },
  {
    // oas 63148: not paginated, sorted alphabetically, at most 2000.
    method: 'GET',
    pattern: '/teams/{team_gid}/users',
    handle(ctx) {
      return cappedUsers(ctx, usersOf(ctx, teamParam(ctx).members.keys()));
    },
  },
  {
    // oas 56691: paginated.
    method: 'GET',
    pattern: '/teams/{team_gid}/team_memberships',
    handle(ctx) {
      const team = teamParam(ctx);
      return list(ctx, membersOf(ctx, team.members), ([u, m]) => teamMembershipRecord(ctx.world, team, u, m), TEAM_MEMBERSHIP);
    },
  },
  {
    // oas 34041: paginated.
    method: 'GET',
    pattern: '/teams/{team_gid}/projects',
    handle(ctx) {
      const team = teamParam(ctx);
      const projects = [...ctx.world.projects.values()].filter((p) => p.teamGid === team.gid);
      return list(ctx, projects, (p) => projectRecord(ctx.world, p), PROJECT);
    },
  },
  {
    // oas 58649: answers the team membership. The caller must be in the team;
    // the user must already be in the team's organisation.
    // Guess: both refusals are 403 (the OAS lists 400/403/404 and does not say
    // which); 403 is what the "must be a member" wording reads as, and
    // neither is worth a retry. An email with no account is not in the
    // organisation either, so it is refused the same way (not invited).
    method: 'POST',
    pattern: '/teams/{team_gid}/addUser',
    handle(ctx) {
      const team = teamParam(ctx);
      const id = parseUserId(bodyData(ctx)['user'], 'user');
      requireCallerInTeam(ctx, team, 'add');
      const user = findUser(ctx, id, 'user');
      const ws = ctx.world.workspaces.get(team.workspaceGid);
      if (!user || ws === undefined || !isActiveMember(ws, user.gid)) {
        throw forbidden(
          `user: ${describeUserId(id)} is not a member of the organization of team ${team.gid}; add them to the organization first`,
        );
      }
      const m = joinTeam(ctx.world, team, user);
      // oas 58714: TeamMembershipResponse, flags included.
      return one(ctx, teamMembershipRecord(ctx.world, team, user, m), TEAM_MEMBERSHIP_FULL);
    },
  },
  {
    // oas 58844: answers {}; the caller must be in the team. Removing a
    // non-member changes nothing and succeeds.
    method: 'POST',
    pattern: '/teams/{team_gid}/removeUser',
    handle(ctx) {
      const team = teamParam(ctx);
      const id = parseUserId(bodyData(ctx)['user'], 'user');
      requireCallerInTeam(ctx, team, 'remove');
      const user = requireUser(ctx, id, 'user');
      team.members.delete(user.gid);
      return { data: {} };
    },
  },
];
