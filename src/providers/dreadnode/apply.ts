/**
 * Grant, change and take away permissions on one workspace. Every outcome is
 * returned, never thrown: a refusal becomes `ok: false` with one line saying
 * why, such as `POST /api/v1/org/acme/ws/red-team/users: 422 Unprocessable
 * Entity: …` (the apply report puts what was attempted in front of it).
 *
 * Retries happen inside the HTTP client. They are safe: PUT and DELETE set a
 * state, and a POST whose first attempt landed before the connection dropped
 * is answered 409 on the retry, which the add path below treats as "finish
 * the grant".
 */
import { hasStatus, type HttpClient } from '../../http/index.js';
import type { Change, ChangeOutcome } from '../../model/index.js';
import { grantBody, listUsers, paths, permissionBody, type UserPermission, type WorkspaceAddress } from './api.js';
import { failureLine } from '../failure.js';
import { DreadnodeFailure } from './errors.js';
import { emailOf, type KnownUsers } from './members.js';
import { addressOf } from './places.js';

/** Changes of one place and one action (the Provider contract; the apply engine groups them). */
export async function applyChanges(http: HttpClient, changes: readonly Change[], known: KnownUsers): Promise<ChangeOutcome[]> {
  const first = changes[0];
  if (first === undefined) return [];
  if (changes.some((c) => c.place.key !== first.place.key || c.action !== first.action)) {
    throw new Error('internal error: a provider batch must share one place and one action');
  }
  const place = first.place.id;
  let address: WorkspaceAddress;
  try {
    address = addressOf(place);
  } catch (err) {
    return changes.map((change) => ({ change, ok: false, error: failureLine(http, err) }));
  }
  const ops = new Operations(http, address, place, known);
  /** Resolves to a note for the report when the change met a state the plan did not show. */
  const run = (change: Change): Promise<string | void> => {
    switch (change.action) {
      case 'add':
        return ops.add(change.user, wantedRole(change));
      case 'change':
        return ops.change(change.user, wantedRole(change));
      case 'remove':
        return ops.remove(change.user);
      default:
        return Promise.reject(new DreadnodeFailure(`unknown action ${JSON.stringify(change.action)}`));
    }
  };
  return Promise.all(
    changes.map(async (change): Promise<ChangeOutcome> => {
      try {
        const note = await run(change);
        return typeof note === 'string' ? { change, ok: true, note } : { change, ok: true };
      } catch (err) {
        return { change, ok: false, error: failureLine(http, err) };
      }
    }),
  );
}


function wantedRole(change: Change): string {
  if (change.role === undefined || change.role === '') {
    throw new DreadnodeFailure('internal error: the change names no permission');
  }
  return change.role;
}

/** The three writes on one workspace, with the lookups they need. */
class Operations {
  /** One list read per batch for user ids read() did not see; see `userId`. */
  private listing: Promise<UserPermission[]> | undefined;

  constructor(
    private readonly http: HttpClient,
    private readonly address: WorkspaceAddress,
    private readonly place: string,
    private readonly known: KnownUsers,
  ) {}

  async add(email: string, role: string): Promise<string | undefined> {
    let answer: UserPermission | undefined;
    try {
      answer = await this.http.post<UserPermission | undefined>(paths.users(this.address), grantBody(email, role));
    } catch (err) {
      // Inferred: 409 ("already exists") on this POST means the user already
      // holds a permission here: granted by someone else since our read, or by
      // our own earlier attempt whose answer was lost. Finish the job: look
      // the user up and set the wanted permission if it differs.
      if (!hasStatus(err, 409)) throw err;
      return this.settle(email, role, err.message);
    }
    if (typeof answer?.user_id === 'string') this.known.learn(this.place, email, answer.user_id);
    return undefined;
  }

  async change(email: string, role: string): Promise<string | undefined> {
    const id = await this.userId(email);
    if (id !== undefined) {
      try {
        await this.http.put(paths.user(this.address, id), permissionBody(role));
        return undefined;
      } catch (err) {
        // 404: the permission was taken away since it was read.
        if (!hasStatus(err, 404)) throw err;
      }
    }
    // The user holds no permission any more (taken away after the plan was
    // made): the file still wants them to hold `role`, so grant it, and say so.
    const note = await this.add(email, role);
    return note ?? `held no permission any more when the change was sent; granted ${role}`;
  }

  async remove(email: string): Promise<void> {
    const id = await this.userId(email);
    if (id === undefined) return; // Holds no permission: already what is wanted.
    try {
      // Inferred: DELETE …/users/{user_id} takes the permission away (the reference we have does not list it).
      await this.http.delete(paths.user(this.address, id));
    } catch (err) {
      // Inferred: 404 means the user holds no permission here (any more), e.g.
      // a retried DELETE whose first attempt landed. A fresh read decides.
      if (!hasStatus(err, 404)) throw err;
      const still = await this.freshLookup(email, err.message);
      if (still !== undefined) throw err;
    }
    this.known.forget(this.place, email);
  }

  /**
   * After a 409: the user holds some permission; make it the wanted one, and
   * say so — the plan showed a grant, not a change of someone else's grant.
   */
  private async settle(email: string, role: string, conflict: string): Promise<string> {
    const current = await this.freshLookup(email, conflict);
    if (current === undefined) {
      throw new DreadnodeFailure(`${conflict}; yet the workspace's users do not include ${email}`);
    }
    if (current.permission === role) return `already held ${role} when the grant arrived (409: granted meanwhile, or a lost earlier attempt of this grant landed)`;
    try {
      await this.http.put(paths.user(this.address, current.user_id), permissionBody(role));
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new DreadnodeFailure(`${conflict}; then setting the permission failed: ${why}`, { cause: err });
    }
    return `had been given ${current.permission} after the plan was made (409); set to ${role} as the file says`;
  }

  /**
   * The user's permission as a read started now shows it. Not shared with
   * other changes: it must see the state after the answer that prompted it.
   */
  private async freshLookup(email: string, after: string): Promise<UserPermission | undefined> {
    let users: UserPermission[];
    try {
      users = await listUsers(this.http, this.address);
    } catch (err) {
      const why = err instanceof Error ? err.message : String(err);
      throw new DreadnodeFailure(`${after}; then reading the workspace's users failed: ${why}`, { cause: err });
    }
    const found = users.find((u) => emailOf(u) === email.toLowerCase());
    if (found) this.known.learn(this.place, email, found.user_id);
    return found;
  }

  /** The user id read() saw, or one read of the list (shared by the batch) when it saw none. */
  private async userId(email: string): Promise<string | undefined> {
    const known = this.known.idOf(this.place, email);
    if (known !== undefined) return known;
    if (!this.listing) {
      this.listing = listUsers(this.http, this.address).then((users) => {
        for (const u of users) this.known.learn(this.place, emailOf(u), u.user_id);
        return users;
      });
    }
    const users = await this.listing;
    return users.find((u) => emailOf(u) === email.toLowerCase())?.user_id;
  }
}
