/**
 * Perform membership changes: adds and removals in workspaces, teams,
 * projects, portfolios and goals, and changes of a member's access level
 * (membership-routes.ts picks each batch's routes for the last three). Every outcome is returned, never
 * thrown: a refusal becomes `ok: false` with one readable line such as
 * `POST /teams/1201/addUser: 403 Forbidden: <Asana's message>`.
 *
 * Retries (inside the HTTP client) are safe here because the endpoints are
 * idempotent: adding a user who is already a member leaves the membership as it
 * was, so a request repeated after a dropped connection does no harm.
 * Inferred: removing a user who is no longer a member is likewise a success
 * that changes nothing (the OAS does not say; the sandbox does this).
 */
import { hasStatus, type HttpClient } from '../../http/index.js';
import type { Action, Change, ChangeOutcome, PlaceRef } from '../../model/index.js';
import { paths, type DataResponse, type User } from './api.js';
import { allUsers, eachUser, eachWhenKnown } from './batch.js';
import type { KnownUsers } from './directory.js';
import { requestsByRoute, routeFor, type ApplyContext } from './membership-routes.js';
import { sharedKind } from './shared-kinds.js';
import { isTeamMember } from './team-members.js';

type Job = (http: HttpClient, place: PlaceRef, changes: readonly Change[], ctx: ApplyContext) => Promise<ChangeOutcome[]>;

/** Changes of one place and one action (the Provider contract; the apply engine groups them). */
export async function applyChanges(http: HttpClient, changes: readonly Change[], ctx: ApplyContext): Promise<ChangeOutcome[]> {
  const first = changes[0];
  if (first === undefined) return [];
  if (changes.some((c) => c.place.key !== first.place.key || c.action !== first.action)) {
    throw new Error('internal error: a provider batch must share one place and one action');
  }
  const { place, action } = first;
  const job = JOBS.get(`${action} ${sharedKind(place.kind) === undefined ? place.kind : SHARED}`);
  if (job !== undefined) return job(http, place, changes, ctx);
  const error =
    action === 'change'
      ? `change on Asana ${place.kind} ${JSON.stringify(place.name)}: its memberships have no access level to change`
      : `unknown Asana place kind ${JSON.stringify(place.kind)}`;
  return changes.map((change) => ({ change, ok: false, error }));
}

/**
 * Requests `applyChanges` sends for one batch when nothing is refused, by
 * route: one per user for workspaces and teams (their endpoints take one
 * user); for a project, portfolio or goal, what membership-routes.ts chooses.
 */
export function requestsFor(changes: readonly Change[], ctx: ApplyContext): Record<string, number> {
  const first = changes[0];
  if (first === undefined) return {};
  if (sharedKind(first.place.kind) !== undefined) return requestsByRoute(routeFor(changes, ctx));
  const verb = first.action === 'remove' ? 'removeUser' : 'addUser';
  return { [`${first.place.kind} ${verb}`]: changes.length };
}

/** Who to add: the gid when known, else the email (the endpoints take either). */
const addRef = (known: KnownUsers) => (c: Change): string => known.gidOf(c.user) ?? c.user;

/**
 * Who to remove: the gid the plan carries (read from the live member), else a
 * gid learned meanwhile, else the gid behind a `gid:<id>` placeholder (a live
 * user without a visible email), else the email.
 */
const removeRef = (known: KnownUsers) => (c: Change): string =>
  c.userId ?? known.gidOf(c.user) ?? (c.user.startsWith('gid:') ? c.user.slice('gid:'.length) : c.user);

/**
 * One request per user: the endpoint takes one user. Emails, so that a person
 * without an Asana account is invited; the answer's gid is remembered for the
 * team and project adds that follow.
 */
const addToWorkspace: Job = (http, place, changes, { known }) =>
  eachUser(http, changes, async (change) => {
    const res = await http.post<DataResponse<User> | undefined>(paths.workspaceAddUser(place.id), { data: { user: change.user } });
    const gid = res?.data?.gid;
    if (typeof gid === 'string' && gid !== '') known.learn(change.user, gid);
  });

const addToTeam: Job = (http, place, changes, { known }) =>
  eachUser(http, changes, (change) => http.post(paths.teamAddUser(place.id), { data: { user: addRef(known)(change) } }));

/** One request per user (oas:66378). Asana also ends the user's team and project memberships in the workspace. */
const removeFromWorkspace: Job = (http, place, changes, { known }) =>
  eachUser(http, changes, (change) => http.post(paths.workspaceRemoveUser(place.id), { data: { user: removeRef(known)(change) } }));

/** One request per user (oas:58844). */
const removeFromTeam: Job = (http, place, changes, { known }) =>
  eachUser(http, changes, (change) => http.post(paths.teamRemoveUser(place.id), { data: { user: removeRef(known)(change) } }));

/** A member's gid for POST /memberships: a team's as resolved, a user's as learned. */
function memberGid(change: Change, ctx: ApplyContext): string | undefined {
  return isTeamMember(change.user) ? ctx.facts.teamGid(change.place.key, change.user) : (change.userId ?? ctx.known.gidOf(change.user));
}

/** The kind's list routes; routeFor puts nothing in a list for a kind without them. */
const listRoute = (place: PlaceRef, which: 'add' | 'remove'): string => {
  const lists = sharedKind(place.kind)?.lists;
  if (lists === undefined) throw new Error(`internal error: an Asana ${place.kind} takes no list of members`);
  return lists[which](place.id);
};

/**
 * Adds: the default-level users in one addMembers (its body is a string
 * holding a comma-separated list, oas:37049), everyone else one POST
 * /memberships each, with the level when the file gives one.
 */
const addShared: Job = async (http, place, changes, ctx) => {
  const { list, each } = routeFor(changes, ctx);
  const [listed, single] = await Promise.all([
    list.length === 0 ? [] : allUsers(http, list, addRef(ctx.known), (members) => http.post(listRoute(place, 'add'), { data: { members } })),
    eachWhenKnown(http, each, (change) => {
      const member = memberGid(change, ctx);
      if (member === undefined) return { unknown: 'its gid' };
      const data: Record<string, string> = { member, parent: place.id };
      // Without a level, POST /memberships makes a goal's member a commenter
      // whatever the goal's default (oas:9540): `members:` means the default, so say it.
      const level = change.role ?? ctx.facts.defaultLevel(place.key);
      if (level !== undefined) data['access_level'] = level;
      return () => http.post(paths.memberships(), { data });
    }),
  ]);
  return [...listed, ...single];
};

/** One PUT /memberships/{gid} per change of level. */
const changeShared: Job = (http, place, changes, ctx) =>
  eachWhenKnown(http, changes, (change) => {
    const membership = ctx.facts.membershipGid(place.key, change.user);
    if (membership === undefined) return { unknown: 'its membership' };
    return () => http.put(paths.membership(membership), { data: { access_level: change.role } });
  });

/** Inferred, as for the other removals: a membership already gone (404) is the state wanted. */
const gone = (err: unknown): void => {
  if (!hasStatus(err, 404)) throw err;
};

/** Removals: two or more users in one removeMembers where the kind has it (RemoveMembersRequest, oas:6258; oas:37483), else DELETE /memberships/{gid}. */
const removeShared: Job = async (http, place, changes, ctx) => {
  const { list, each } = routeFor(changes, ctx);
  const [listed, single] = await Promise.all([
    list.length === 0 ? [] : allUsers(http, list, removeRef(ctx.known), (members) => http.post(listRoute(place, 'remove'), { data: { members } })),
    eachWhenKnown(http, each, (change) => {
      const membership = ctx.facts.membershipGid(place.key, change.user);
      if (membership === undefined) return { unknown: 'its membership' };
      return () => http.delete(paths.membership(membership)).catch(gone);
    }),
  ]);
  return [...listed, ...single];
};

/** What JOBS calls every kind shared through the Memberships API (shared-kinds.ts). */
const SHARED = 'shared';

/** By `<action> <place kind>`. */
const JOBS = new Map<`${Action} ${string}`, Job>([
  ['add workspace', addToWorkspace],
  ['add team', addToTeam],
  [`add ${SHARED}`, addShared],
  ['remove workspace', removeFromWorkspace],
  ['remove team', removeFromTeam],
  [`remove ${SHARED}`, removeShared],
  [`change ${SHARED}`, changeShared],
]);
