/**
 * How a batch of changes to a project, portfolio or goal is sent, choosing
 * per batch the route that takes fewest requests:
 *
 * - adds: where the kind has addMembers (projects, portfolios), users at the
 *   place's default level (or with no level) go in one addMembers (it takes
 *   a list, by email or gid, and gives the default level, oas:5204,
 *   oas:4709); every other add, and every team, is one POST /memberships
 *   (oas:22563: one member per request, by gid);
 * - level changes: one PUT /memberships/{gid} each;
 * - removals: where the kind has removeMembers, two or more users in one
 *   removeMembers, else DELETE /memberships/{gid}; each team one DELETE.
 *
 * `routeFor` is the plan of requests (for the cost line); apply.ts sends them.
 */
import type { Change } from '../../model/index.js';
import type { KnownUsers } from './directory.js';
import type { MembershipFacts } from './membership-facts.js';
import { sharedKind } from './shared-kinds.js';
import { isTeamMember } from './team-members.js';

export const ROUTES = {
  addMembers: 'addMembers',
  removeMembers: 'removeMembers',
  create: 'POST /memberships',
  update: 'PUT /memberships',
  delete: 'DELETE /memberships',
} as const;

export type Route = (typeof ROUTES)[keyof typeof ROUTES];

/** The requests of one batch: changes sent together in a list, and changes sent one by one on a route. */
export interface BatchRequests {
  /** Sent in one addMembers or removeMembers. */
  list: Change[];
  /** Sent one request each on `single`. */
  each: Change[];
  single: Route;
  listRoute: Route;
}

export interface ApplyContext {
  known: KnownUsers;
  facts: MembershipFacts;
}

/** Which changes go in a list and which one by one. Pure given what was learned. */
export function routeFor(changes: readonly Change[], ctx: ApplyContext): BatchRequests {
  const first = changes[0];
  const action = first?.action;
  const key = first?.place.key ?? '';
  const lists = sharedKind(first?.place.kind ?? '')?.lists !== undefined;
  if (action === 'change') return { list: [], each: [...changes], single: ROUTES.update, listRoute: ROUTES.addMembers };
  if (action === 'add') {
    const fallback = ctx.facts.defaultLevel(key);
    const list = lists ? changes.filter((c) => !isTeamMember(c.user) && (c.role === undefined || c.role === fallback)) : [];
    return { list, each: changes.filter((c) => !list.includes(c)), single: ROUTES.create, listRoute: ROUTES.addMembers };
  }
  const users = changes.filter((c) => !isTeamMember(c.user));
  // DELETE takes the membership's gid; a user whose membership gid is unknown is removed by the list route.
  const unknown = users.filter((c) => ctx.facts.membershipGid(key, c.user) === undefined);
  const list = !lists ? [] : users.length >= 2 ? users : unknown;
  return { list, each: changes.filter((c) => !list.includes(c)), single: ROUTES.delete, listRoute: ROUTES.removeMembers };
}

/** Requests by route, for the plan's cost line. */
export function requestsByRoute(r: BatchRequests): Record<string, number> {
  const out: Record<string, number> = {};
  if (r.list.length > 0) out[r.listRoute] = 1;
  if (r.each.length > 0) out[r.single] = (out[r.single] ?? 0) + r.each.length;
  return out;
}
