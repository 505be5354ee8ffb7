/**
 * Perform membership changes: adds and removals in workspaces, teams and
 * projects (Asana has no roles to change). Every outcome is returned, never
 * thrown: a refusal becomes `ok: false` with one readable line such as
 * `POST /teams/1201/addUser: 403 Forbidden: <Asana's message>`.
 *
 * Retries (inside the HTTP client) are safe here because the endpoints are
 * idempotent: adding a user who is already a member leaves the membership as it
 * was, so a request repeated after a dropped connection does no harm.
 * Inferred: removing a user who is no longer a member is likewise a success
 * that changes nothing (the OAS does not say; the sandbox does this).
 */
import type { HttpClient } from '../../http/index.js';
import type { Action, Change, ChangeOutcome, PlaceRef } from '../../model/index.js';
import { paths, type DataResponse, type User } from './api.js';
import { allUsers, eachUser } from './batch.js';
import type { KnownUsers } from './directory.js';

type Job = (http: HttpClient, place: PlaceRef, changes: readonly Change[], known: KnownUsers) => Promise<ChangeOutcome[]>;

/** Changes of one place and one action (the Provider contract; the apply engine groups them). */
export async function applyChanges(http: HttpClient, changes: readonly Change[], known: KnownUsers): Promise<ChangeOutcome[]> {
  const first = changes[0];
  if (first === undefined) return [];
  if (changes.some((c) => c.place.key !== first.place.key || c.action !== first.action)) {
    throw new Error('internal error: a provider batch must share one place and one action');
  }
  const { place, action } = first;
  const job = JOBS.get(`${action} ${place.kind}`);
  if (job !== undefined) return job(http, place, changes, known);
  const error =
    action === 'change'
      ? `change on Asana ${place.kind} ${JSON.stringify(place.name)}: Asana memberships have no role to change`
      : `unknown Asana place kind ${JSON.stringify(place.kind)}`;
  return changes.map((change) => ({ change, ok: false, error }));
}

/**
 * Requests `applyChanges` sends for one batch when nothing is refused: one per
 * user for workspaces and teams (their endpoints take one user), one for a
 * project's whole batch, adds and removals alike.
 */
export function requestsFor(changes: readonly Change[]): number {
  const first = changes[0];
  if (first === undefined) return 0;
  return first.place.kind === 'project' ? 1 : changes.length;
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
const addToWorkspace: Job = (http, place, changes, known) =>
  eachUser(http, changes, async (change) => {
    const res = await http.post<DataResponse<User> | undefined>(paths.workspaceAddUser(place.id), { data: { user: change.user } });
    const gid = res?.data?.gid;
    if (typeof gid === 'string' && gid !== '') known.learn(change.user, gid);
  });

const addToTeam: Job = (http, place, changes, known) =>
  eachUser(http, changes, (change) => http.post(paths.teamAddUser(place.id), { data: { user: addRef(known)(change) } }));

/** One request for the whole place; the documented body is a string holding a comma-separated list (oas:37049). */
const addToProject: Job = (http, place, changes, known) =>
  allUsers(http, changes, addRef(known), (members) => http.post(paths.projectAddMembers(place.id), { data: { members } }));

/** One request per user (oas:66378). Asana also ends the user's team and project memberships in the workspace. */
const removeFromWorkspace: Job = (http, place, changes, known) =>
  eachUser(http, changes, (change) => http.post(paths.workspaceRemoveUser(place.id), { data: { user: removeRef(known)(change) } }));

/** One request per user (oas:58844). */
const removeFromTeam: Job = (http, place, changes, known) =>
  eachUser(http, changes, (change) => http.post(paths.teamRemoveUser(place.id), { data: { user: removeRef(known)(change) } }));

/** One request for the whole place, the same body as addMembers (RemoveMembersRequest, oas:6258; oas:37483). */
const removeFromProject: Job = (http, place, changes, known) =>
  allUsers(http, changes, removeRef(known), (members) => http.post(paths.projectRemoveMembers(place.id), { data: { members } }));

/** By `<action> <place kind>`. */
const JOBS = new Map<`${Action} ${string}`, Job>([
  ['add workspace', addToWorkspace],
  ['add team', addToTeam],
  ['add project', addToProject],
  ['remove workspace', removeFromWorkspace],
  ['remove team', removeFromTeam],
  ['remove project', removeFromProject],
]);
