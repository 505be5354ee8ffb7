/**
 * Who is who in a workspace: gid ↔ email from GET /users?workspace= (the only
 * complete, paginated list; /workspaces/{gid}/users stops at 2000). Also the
 * provider's memory of gids learned while applying (workspace addUser answers
 * with the user), so later team and project adds can name users by gid.
 */
import type { HttpClient } from '../../http/index.js';
import type { LiveMember } from '../../model/index.js';
import { listAll, paths, type User } from './api.js';

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

/** Sorted by email, then id; one entry per user id. */
export function sortMembers(members: Iterable<LiveMember>): LiveMember[] {
  const seen = new Map<string, LiveMember>();
  for (const m of members) if (!seen.has(m.userId)) seen.set(m.userId, m);
  return [...seen.values()].sort((a, b) => cmp(a.email, b.email) || cmp(a.userId, b.userId));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

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
