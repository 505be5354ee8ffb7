/**
 * Perform membership changes. Only adds for now. Every outcome is returned,
 * never thrown: a refusal becomes `ok: false` with one readable line such as
 * `POST /teams/1201/addUser: 403 Forbidden: <Asana's message>`.
 *
 * Retries (inside the HTTP client) are safe here because the add endpoints are
 * idempotent: adding a user who is already a member leaves the membership as it
 * was, so a request repeated after a dropped connection does no harm.
 */
import { isRefusal, type HttpClient } from '../../http/index.js';
import type { Change, ChangeOutcome } from '../../model/index.js';
import { failureLine } from '../failure.js';
import { paths, type DataResponse, type User } from './api.js';
import type { KnownUsers } from './directory.js';

/** Changes of one place and one action (the Provider contract; the apply engine groups them). */
export async function applyChanges(http: HttpClient, changes: readonly Change[], known: KnownUsers): Promise<ChangeOutcome[]> {
  const first = changes[0];
  if (first === undefined) return [];
  if (changes.some((c) => c.place.key !== first.place.key || c.action !== first.action)) {
    throw new Error('internal error: a provider batch must share one place and one action');
  }
  const { place, action } = first;
  const failAll = (error: string): ChangeOutcome[] => changes.map((change) => ({ change, ok: false, error }));
  if (action !== 'add') {
    return failAll(`${action} on Asana ${place.kind} ${JSON.stringify(place.name)} is not supported yet (only adds are)`);
  }
  const userRef = (c: Change): string => known.gidOf(c.user) ?? c.user;

  switch (place.kind) {
    case 'workspace':
      // One request per user: the endpoint takes one user. Emails, so that
      // a person without an Asana account is invited.
      return Promise.all(
        changes.map((change) =>
          attempt(http, change, async () => {
            const res = await http.post<DataResponse<User> | undefined>(paths.workspaceAddUser(place.id), {
              data: { user: change.user },
            });
            const gid = res?.data?.gid;
            if (typeof gid === 'string' && gid !== '') known.learn(change.user, gid);
          }),
        ),
      );
    case 'team':
      return Promise.all(
        changes.map((change) =>
          attempt(http, change, () => http.post(paths.teamAddUser(place.id), { data: { user: userRef(change) } })),
        ),
      );
    case 'project': {
      // One request for the whole place; the documented body is a string
      // holding a comma-separated list (oas:37049).
      const refs = [...new Set(changes.map(userRef))];
      const addMembers = (members: string): Promise<unknown> =>
        http.post(paths.projectAddMembers(place.id), { data: { members } });
      try {
        await addMembers(refs.join(','));
        return changes.map((change) => ({ change, ok: true }));
      } catch (err) {
        // A refusal (4xx) of the batch may be about one user only, and the API
        // does not say which; retrying the batch would fail the same way
        // forever. Ask once per user instead, so each gets its own outcome.
        // With one user there is nothing to split. 429 and 5xx were already
        // retried by the HTTP client; their failure is not about a user.
        if (!isRefusal(err) || refs.length === 1) return failAll(failureLine(http, err));
        const outcomes = new Map(
          await Promise.all(refs.map(async (ref) => [ref, await outcomeOf(http, () => addMembers(ref))] as const)),
        );
        return changes.map((change) => ({ change, ...(outcomes.get(userRef(change)) ?? { ok: false, error: 'internal error: no outcome recorded' }) }));
      }
    }
    default:
      return failAll(`unknown Asana place kind ${JSON.stringify(place.kind)}`);
  }
}

/**
 * Requests `applyChanges` sends for one batch when nothing is refused: one per
 * user for workspaces and teams (their endpoints take one user), one for a
 * project's whole batch.
 */
export function requestsFor(changes: readonly Change[]): number {
  const first = changes[0];
  if (first === undefined) return 0;
  return first.place.kind === 'project' ? 1 : changes.length;
}

async function attempt(http: HttpClient, change: Change, fn: () => Promise<unknown>): Promise<ChangeOutcome> {
  return { change, ...(await outcomeOf(http, fn)) };
}

async function outcomeOf(http: HttpClient, fn: () => Promise<unknown>): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    await fn();
    return { ok: true };
  } catch (err) {
    return { ok: false, error: failureLine(http, err) };
  }
}
