/** Projects: reads, and addMembers / removeMembers (oas 29150, 31483, 32380, 37049, 37483). */
import type { AsanaRoute } from './common.js';
import { badRequest } from '../errors.js';
import { projectMembershipRecord, projectRecord } from '../records.js';
import type { ParentMember, Project, Team, User } from '../world.js';
import { findUser, list, membersOf, one, parseUserId, projectParam, queryGid, teamAt, workspaceAt } from './common.js';
import { addUsers, removeUsers } from './members.js';
import { PROJECT, PROJECT_FULL, PROJECT_MEMBERSHIP } from './specs.js';

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
      let members: [User | Team, ParentMember][] = membersOf(ctx, project.members);
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
    // oas 37049: answers the project; see addUsers for the refusals.
    method: 'POST',
    pattern: '/projects/{project_gid}/addMembers',
    handle(ctx) {
      const project = projectParam(ctx);
      addUsers(ctx, project);
      return one(ctx, projectRecord(ctx.world, project), PROJECT_FULL);
    },
  },
  {
    // oas 37483: answers the project; removing a non-member changes nothing.
    method: 'POST',
    pattern: '/projects/{project_gid}/removeMembers',
    handle(ctx) {
      const project = projectParam(ctx);
      removeUsers(ctx, project);
      return one(ctx, projectRecord(ctx.world, project), PROJECT_FULL);
    },
  },
];
