/**
 * Who is who in a workspace: gid ↔ email from GET /users?workspace= (the only
 * complete, paginated list; /workspaces/{gid}/users stops at 2000). Also the
 * provider's memory of gids learned while applying (workspace addUser answers
 * with the user), so later team and project adds can name users by gid.
 */
import { hasStatus, type HttpClient } from '../../http/index.js';
import type { LiveMember } from '../../model/index.js';
import { describeShape, ProviderFailure } from '../failure.js';
import { sortMembers } from '../live-members.js';
import { listAll, paths, type DataResponse, type User } from './api.js';

export interface Directory {
  workspace: string;
  /** Every user of the workspace, sorted by email. */
  members: LiveMember[];
  byGid: Map<string, LiveMember>;
}

function emailOf(user: User): string {
  const email = typeof user.email === 'string' ? user.email.trim().toLowerCase() : '';
  return email === '' ? `gid:${user.gid}` : email;
}

function toMember(user: User): LiveMember {
  const member: LiveMember = { email: emailOf(user), userId: user.gid };
  if (member.email.startsWith('gid:')) member.unnamed = true;
  if (typeof user.name === 'string' && user.name !== '') member.name = user.name;
  return member;
}

export async function fetchDirectory(http: HttpClient, workspace: string): Promise<Directory> {
  const users = await listAll<User>(http, paths.users(), { workspace, opt_fields: 'email,name' });
  const byGid = new Map<string, LiveMember>();
  for (const u of users) {
    if (typeof u?.gid === 'string' && !byGid.has(u.gid)) byGid.set(u.gid, toMember(u));
  }
  return { workspace, members: sortMembers([...byGid.values()]), byGid };
}

/**
 * A user a membership names but the directory does not list (it joined after
 * the directory was read, or the directory leaves such users out), by gid
 * (oas:62512). Without its email such a member would be `gid:<id>`, and a
 * prune could then plan to add the user by email and remove them by gid in
 * the same run. A user that no longer exists (404) cannot be anyone the file
 * lists by email: it stays `gid:<id>`. Any other failure fails the read.
 */
export async function fetchUser(http: HttpClient, gid: string): Promise<LiveMember> {
  try {
    const res = await http.get<DataResponse<User> | undefined>(paths.user(gid), { opt_fields: 'email,name' });
    const user = res?.data;
    if (user === null || typeof user !== 'object') {
      throw new ProviderFailure(`GET ${paths.user(gid)}: expected an object with a data record, got ${describeShape(res)}`);
    }
    return toMember({ ...user, gid });
  } catch (err) {
    if (hasStatus(err, 404)) return { email: `gid:${gid}`, userId: gid, unnamed: true };
    throw err;
  }
}


/** Email → gid, learned from reads and from workspace adds. */
export class KnownUsers {
  private readonly gids = new Map<string, string>();

  learn(email: string, gid: string): void {
    if (!email.startsWith('gid:')) this.gids.set(email.toLowerCase(), gid);
  }

  learnDirectory(dir: Directory): void {
    for (const m of dir.members) this.learn(m.email, m.userId);
  }

  gidOf(email: string): string | undefined {
    return this.gids.get(email.toLowerCase());
  }
}
