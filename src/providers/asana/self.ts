/**
 * The token's own user (GET /users/me, oas:62512): a prune must never remove
 * it. Read only when some place prunes.
 */
import type { HttpClient } from '../../http/index.js';
import type { TokenUser } from '../../model/index.js';
import { describeShape, failureLine, ProviderFailure } from '../failure.js';
import { paths, type DataResponse, type User } from './api.js';

/** Fails when the answer has no email: prune could not tell whom to keep. */
export async function readSelf(http: HttpClient): Promise<TokenUser> {
  const path = paths.user('me');
  try {
    const res = await http.get<DataResponse<User> | undefined>(path, { opt_fields: 'email' });
    const email = res?.data?.email;
    if (typeof email !== 'string' || email.trim() === '') {
      throw new ProviderFailure(`GET ${path}: expected the user's email, got ${email === undefined ? 'none' : describeShape(email)}`);
    }
    return { provider: 'asana', email: email.trim().toLowerCase() };
  } catch (err) {
    throw new Error(failureLine(http, err, "cannot read the token's own user, whom prune must keep"), { cause: err });
  }
}
