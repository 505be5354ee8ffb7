/**
 * How a batch of changes becomes requests and outcomes: one request per user
 * (endpoints that take one user), or one request for the whole batch (project
 * endpoints that take a comma-separated list), split per user when refused.
 * Every outcome is returned, never thrown.
 */
import { isRefusal, type HttpClient } from '../../http/index.js';
import type { Change, ChangeOutcome } from '../../model/index.js';
import { failureLine } from '../failure.js';

type Outcome = { ok: true } | { ok: false; error: string };

/** One request per change, all at once (the HTTP client caps what is in flight). */
export function eachUser(http: HttpClient, changes: readonly Change[], send: (change: Change) => Promise<unknown>): Promise<ChangeOutcome[]> {
  return Promise.all(changes.map(async (change) => ({ change, ...(await outcomeOf(http, () => send(change))) })));
}

/**
 * One request per change, where a request needs something learned earlier (a
 * gid): `request` gives the request, or names what nobody learned, and then
 * the change fails without a request.
 */
export function eachWhenKnown(
  http: HttpClient,
  changes: readonly Change[],
  request: (change: Change) => (() => Promise<unknown>) | { unknown: string },
): Promise<ChangeOutcome[]> {
  return Promise.all(
    changes.map(async (change): Promise<ChangeOutcome> => {
      const send = request(change);
      if (typeof send !== 'function') return { change, ok: false, error: `${change.user}: ${send.unknown} is not known; nothing was sent (plan again)` };
      return { change, ...(await outcomeOf(http, send)) };
    }),
  );
}

/**
 * One request naming every user of the batch (`ref` names a change's user;
 * the list is comma-separated, as the project endpoints document).
 */
export async function allUsers(
  http: HttpClient,
  changes: readonly Change[],
  ref: (change: Change) => string,
  send: (members: string) => Promise<unknown>,
): Promise<ChangeOutcome[]> {
  const refs = [...new Set(changes.map(ref))];
  try {
    await send(refs.join(','));
    return changes.map((change) => ({ change, ok: true }));
  } catch (err) {
    // A refusal (4xx) of the batch may be about one user only, and the API
    // does not say which; retrying the batch would fail the same way
    // forever. Ask once per user instead, so each gets its own outcome.
    // With one user there is nothing to split. 429 and 5xx were already
    // retried by the HTTP client; their failure is not about a user.
    if (!isRefusal(err) || refs.length === 1) {
      const error = failureLine(http, err);
      return changes.map((change) => ({ change, ok: false, error }));
    }
    const outcomes = new Map(await Promise.all(refs.map(async (r) => [r, await outcomeOf(http, () => send(r))] as const)));
    return changes.map((change) => ({ change, ...(outcomes.get(ref(change)) ?? { ok: false, error: 'internal error: no outcome recorded' }) }));
  }
}

async function outcomeOf(http: HttpClient, fn: () => Promise<unknown>): Promise<Outcome> {
  try {
    await fn();
    return { ok: true };
  } catch (err) {
    return { ok: false, error: failureLine(http, err) };
  }
}
