/**
 * The token's own user (GET /users/me, oas:62512). Read by `plan`/`apply`
 * only when some place prunes (a prune must never remove it), and by
 * `gatehouse export` (to mark it in the file).
 */
import type { HttpClient } from '../../http/index.js';
import { describeShape, failureLine, ProviderFailure } from '../failure.js';
import { paths, type DataResponse, type User } from './api.js';

/**
 * What the caller needs of the answer:
 * - `prune`: the email (lower case), whom to keep; an answer without one fails.
 * - `export`: the gid (the email when there is one); an answer without a gid
 *   gives undefined, and a missing email is no failure.
 */
export type SelfNeed = 'prune' | 'export';

export function readSelf(http: HttpClient, need: 'prune'): Promise<{ gid?: string; email: string }>;
export function readSelf(http: HttpClient, need: 'export'): Promise<{ gid: string; email?: string } | undefined>;
export async function readSelf(http: HttpClient, need: SelfNeed): Promise<{ gid?: string; email?: string } | undefined> {
  const path = paths.user('me');
  try {
    const res = await http.get<DataResponse<User> | undefined>(path, { opt_fields: 'email' });
    const rawGid: unknown = res?.data?.gid;
    const rawEmail: unknown = res?.data?.email;
    const gid = typeof rawGid === 'string' && rawGid !== '' ? rawGid : undefined;
    const email = typeof rawEmail === 'string' && rawEmail.trim() !== '' ? rawEmail.trim().toLowerCase() : undefined;
    if (need === 'export') {
      if (gid === undefined) return undefined;
      return email === undefined ? { gid } : { gid, email };
    }
    if (email === undefined) {
      throw new ProviderFailure(`GET ${path}: expected the user's email, got ${rawEmail === undefined ? 'none' : describeShape(rawEmail)}`);
    }
    return gid === undefined ? { email } : { gid, email };
  } catch (err) {
    if (need === 'export') throw new ProviderFailure(failureLine(http, err, "cannot read the token's own user"), { cause: err });
    throw new Error(failureLine(http, err, "cannot read the token's own user, whom prune must keep"), { cause: err });
  }
}
