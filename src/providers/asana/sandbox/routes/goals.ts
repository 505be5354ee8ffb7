/**
 * Goals: GET /goals (oas:18958) and GET /goals/{gid} (oas:17986). Every
 * goal of the sandbox is a workspace-level goal, and it models no
 * supporting relationships, tasks or time periods.
 */
import type { AsanaRoute } from './common.js';
import { badRequest, notFound } from '../errors.js';
import { goalRecord } from '../records.js';
import { goalParam, list, one, portfolioAt, projectAt, queryGid, teamAt, workspaceAt } from './common.js';
import { GOAL, GOAL_FULL } from './specs.js';

export const goalRoutes: AsanaRoute[] = [
  {
    // oas:18958: every filter is optional in the OAS. Guess, as on /projects:
    // without workspace, team, portfolio, project or task the request is
    // refused (400) rather than listing every goal the caller can see.
    // `is_workspace_level` must come with `workspace` (oas:18989).
    // The filters the sandbox has no data for match no goal: `team` (no
    // team-level goals), `portfolio` and `project` (goals they support),
    // `task` (no tasks: any gid is an unknown object) and `time_periods`.
    method: 'GET',
    pattern: '/goals',
    handle(ctx) {
      const wsGid = queryGid(ctx, 'workspace');
      const teamGid = queryGid(ctx, 'team');
      const portfolioGid = queryGid(ctx, 'portfolio');
      const projectGid = queryGid(ctx, 'project');
      const taskGid = queryGid(ctx, 'task');
      const level = ctx.query.get('is_workspace_level');
      if ([wsGid, teamGid, portfolioGid, projectGid, taskGid].every((g) => g === undefined)) {
        throw badRequest('Must specify a workspace, team, portfolio, project or task to filter goals on, e.g. ?workspace=GID');
      }
      if (level !== null && wsGid === undefined) throw badRequest('is_workspace_level: only allowed together with workspace');
      if (level !== null && level !== 'true' && level !== 'false') {
        throw badRequest(`is_workspace_level: Not a boolean: ${level}`);
      }
      const ws = wsGid === undefined ? undefined : workspaceAt(ctx, wsGid);
      if (teamGid !== undefined) teamAt(ctx, teamGid);
      if (portfolioGid !== undefined) portfolioAt(ctx, portfolioGid);
      if (projectGid !== undefined) projectAt(ctx, projectGid);
      if (taskGid !== undefined) throw notFound(`task: Unknown object: ${taskGid}`);
      const none =
        level === 'false' || teamGid !== undefined || portfolioGid !== undefined || projectGid !== undefined || ctx.query.has('time_periods');
      const goals = none ? [] : [...ctx.world.goals.values()].filter((g) => ws === undefined || g.workspaceGid === ws.gid);
      return list(ctx, goals, (g) => goalRecord(ctx.world, g), GOAL);
    },
  },
  {
    // oas:17986: GoalResponse, the complete record.
    method: 'GET',
    pattern: '/goals/{goal_gid}',
    handle(ctx) {
      return one(ctx, goalRecord(ctx.world, goalParam(ctx)), GOAL_FULL);
    },
  },
];
