/** Users: GET /users (the paginated directory), GET /users/{user_gid}. */
import type { AsanaContext, AsanaRoute } from './common.js';
import { notFound } from '../errors.js';
import { optFields, select } from '../fields.js';
import { userRecord } from '../records.js';
import { compareGids, compareText } from '../../../../util/compare.js';
import type { User } from '../world.js';
import { callerActsIn, findUser, list, meOf, one, parseUserId, queryGid, teamAt, usersOf, workspaceAt } from './common.js';
import { USER, USER_FULL } from './specs.js';

/**
 * `GET /workspaces/{gid}/users` and `GET /teams/{gid}/users` are not
 * paginated: "Results are sorted alphabetically and limited to 2000"
 * (oas 63159, 63407). No next_page, whatever limit or offset says.
 */
export const UNPAGINATED_USERS_CAP = 2000;

export function cappedUsers(ctx: AsanaContext, users: User[]): unknown {
  const sorted = [...users].sort(
    (a, b) => compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareGids(a.gid, b.gid),
  );
  const fields = optFields(ctx.query);
  const viewer = meOf(ctx).gid;
  return {
    data: sorted.slice(0, UNPAGINATED_USERS_CAP).map((u) => select(userRecord(ctx.world, u, viewer), fields, USER)),
  };
}

export const userRoutes: AsanaRoute[] = [
  {
    // oas 62241: "Results are sorted by user ID"; workspace and team filters.
    method: 'GET',
    pattern: '/users',
    handle(ctx) {
      const wsGid = queryGid(ctx, 'workspace');
      const teamGid = queryGid(ctx, 'team');
      let gids: Set<string>;
      if (wsGid !== undefined) {
        gids = new Set(workspaceAt(ctx, wsGid).members.keys());
      } else {
        // Every user in a workspace the caller is in.
        gids = new Set();
        for (const ws of ctx.world.workspaces.values()) {
          if (callerActsIn(ctx, ws)) for (const g of ws.members.keys()) gids.add(g);
        }
      }
      if (teamGid !== undefined) {
        const team = teamAt(ctx, teamGid);
        gids = new Set([...gids].filter((g) => team.members.has(g)));
      }
      const users = usersOf(ctx, [...gids].sort(compareGids));
      const viewer = meOf(ctx).gid;
      return list(ctx, users, (u) => userRecord(ctx.world, u, viewer), USER);
    },
  },
  {
    // oas 62512: "me", an email, or a gid.
    method: 'GET',
    pattern: '/users/{user_gid}',
    handle(ctx) {
      const raw = ctx.params['user_gid'] ?? '';
      const user = findUser(ctx, parseUserId(raw, 'user'), 'user');
      if (!user) throw notFound(`user: Unknown object: ${raw}`);
      return one(ctx, userRecord(ctx.world, user, meOf(ctx).gid), USER_FULL);
    },
  },
];
