/** Projects: reads, and addMembers / removeMembers (oas 29150, 31483, 32380, 37049, 37483). */
import type { AsanaContext, AsanaRoute } from './common.js';
import { badRequest, forbidden } from '../errors.js';
import { projectMembershipRecord, projectRecord } from '../records.js';
import { isActiveMember, joinProject, type Project, type ProjectMember, type Team, type User } from '../world.js';
import {
  bodyData,
  describeUserId,
  findUser,
  list,
  membersOf,
  one,
  parseUserId,
  projectParam,
  queryGid,
  teamAt,
  workspaceAt,
  type UserId,
  requireUser,
} from './common.js';
import { PROJECT, PROJECT_FULL, PROJECT_MEMBERSHIP } from './specs.js';

/**
 * `members` of AddMembersRequest / RemoveMembersRequest (oas 1970, 6258): the
 * prose says "an array of strings", but the schema says `type: string` and the
 * example is `521621,621373`. Only that documented form is accepted: a
 * comma-separated string; an array (or anything else) is a 400.
 */
function parseMembers(ctx: AsanaContext): UserId[] {
  const raw = bodyData(ctx)['members'];
  if (typeof raw !== 'string') {
    throw badRequest('members: Must be a string holding a comma-separated list of users ("me", emails or gids)');
  }
  const parts = raw.split(',').map((s) => s.trim());
  if (parts.length === 0 || parts.some((p) => p === '')) {
    throw badRequest(`members: Missing or empty entry in "${raw}"`);
  }
  return parts.map((p) => parseUserId(p, 'members'));
}

export const projectRoutes: AsanaRoute[] = [
  {
    // oas 31483: "Use one or more of the parameters provided to filter".
    // Guess: without workspace or team the request is refused (400) rather than
    // listing every project the caller can see.
    method: 'GET',
    pattern: '/projects',
    handle(ctx) {
      const wsGid = queryGid(ctx, 'workspace');
      const teamGid = queryGid(ctx, 'team');
      if (wsGid === undefined && teamGid === undefined) {
        throw badRequest('Must specify a workspace or a team to filter projects on, e.g. ?workspace=GID');
      }
      let projects: Project[] = [...ctx.world.projects.values()];
      if (wsGid !== undefined) {
        const ws = workspaceAt(ctx, wsGid);
        projects = projects.filter((p) => p.workspaceGid === ws.gid);
      }
      if (teamGid !== undefined) {
        const team = teamAt(ctx, teamGid);
        projects = projects.filter((p) => p.teamGid === team.gid);
      }
      return list(ctx, projects, (p) => projectRecord(ctx.world, p), PROJECT);
    },
  },
  {
    method: 'GET',
    pattern: '/projects/{project_gid}',
    handle(ctx) {
      // oas 32680: ProjectResponse, "the complete project record".
      return one(ctx, projectRecord(ctx.world, projectParam(ctx)), PROJECT_FULL);
    },
  },
  {
    // oas 29150: paginated; optional `user` filter.
    method: 'GET',
    pattern: '/projects/{project_gid}/project_memberships',
    handle(ctx) {
      const project = projectParam(ctx);
      let members: [User | Team, ProjectMember][] = membersOf(ctx, project.members);
      const filter = ctx.query.get('user');
      if (filter !== null) {
        const user = findUser(ctx, parseUserId(filter, 'user'), 'user');
        members = members.filter(([u]) => u === user);
      } else {
        // Users first, then teams (guess: the OAS documents no order).
        for (const [gid, m] of project.teamMembers) {
          const team = ctx.world.teams.get(gid);
          if (team) members.push([team, m]);
        }
      }
      return list(ctx, members, ([who, m]) => projectMembershipRecord(ctx.world, project, who, m), PROJECT_MEMBERSHIP);
    },
  },
  {
    // oas 37049: answers the project.
    // Guess: a user outside the project's workspace is refused with 403 (the
    // OAS does not say; Asana does not let a project hold non-members of its
    // organisation). Users are handled in the order given and the first
    // refusal ends the request, so earlier users in the list may already have
    // been added (guess: no all-or-nothing promise is documented, so a client
    // must re-read after a failed batch). Identifiers are all checked for
    // syntax before any change.
    method: 'POST',
    pattern: '/projects/{project_gid}/addMembers',
    handle(ctx) {
      const project = projectParam(ctx);
      const ids = parseMembers(ctx);
      const ws = ctx.world.workspaces.get(project.workspaceGid);
      for (const id of ids) {
        const user = findUser(ctx, id, 'members');
        if (!user || ws === undefined || !isActiveMember(ws, user.gid)) {
          throw forbidden(
            `members: ${describeUserId(id)} is not a member of the workspace of project ${project.gid}; add them to the workspace first`,
          );
        }
        joinProject(ctx.world, project, user);
      }
      return one(ctx, projectRecord(ctx.world, project), PROJECT_FULL);
    },
  },
  {
    // oas 37483: answers the project; removing a non-member changes nothing.
    method: 'POST',
    pattern: '/projects/{project_gid}/removeMembers',
    handle(ctx) {
      const project = projectParam(ctx);
      const ids = parseMembers(ctx);
      for (const id of ids) {
        const user = requireUser(ctx, id, 'members');
        project.members.delete(user.gid);
      }
      return one(ctx, projectRecord(ctx.world, project), PROJECT_FULL);
    },
  },
];
