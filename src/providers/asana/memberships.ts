/**
 * Which users a team's or a project's membership list names. Read (what a
 * place holds) and export (what the file says it holds) both count members
 * here: export's round trip depends on the two agreeing.
 */
import type { Membership, TeamMembership } from './api.js';

/** User gids of a team's memberships (GET /teams/{gid}/team_memberships), each once, in list order. */
export function teamMemberGids(list: readonly TeamMembership[]): string[] {
  return unique(list.flatMap((m) => (typeof m?.user?.gid === 'string' ? [m.user.gid] : [])));
}

/** One member of a project, portfolio or goal, user or team, as GET /memberships lists it. */
export interface SharedMember {
  /** The user's or team's gid. */
  gid: string;
  /** The membership's own gid (PUT and DELETE /memberships/{gid} take it). */
  membership: string;
  /** `admin`, `editor` or `commenter`; undefined when the answer has none. */
  level?: string;
  /** The team's name (teams only). */
  name?: string;
}

/**
 * The users and teams of a project's, portfolio's or goal's memberships (GET /memberships?parent=),
 * each once, in list order. `isKnownUser` says whether the workspace
 * directory lists a gid.
 */
export function sharedMembers(list: readonly Membership[], isKnownUser: (gid: string) => boolean): { users: SharedMember[]; teams: SharedMember[] } {
  const users = new Map<string, SharedMember>();
  const teams = new Map<string, SharedMember>();
  for (const m of list) {
    const who = m?.member;
    if (typeof who?.gid !== 'string' || typeof m.gid !== 'string') continue;
    const member: SharedMember = { gid: who.gid, membership: m.gid };
    if (typeof m.access_level === 'string') member.level = m.access_level;
    if (who.resource_type === 'team') {
      if (typeof who.name === 'string') member.name = who.name;
      if (!teams.has(who.gid)) teams.set(who.gid, member);
    } else if (who.resource_type === 'user' || (who.resource_type === undefined && isKnownUser(who.gid))) {
      // No type at all (not what the OAS promises): only a gid the workspace
      // directory knows is certainly a user; anything else might be a team,
      // and counting it as a person would plan changes for it.
      if (!users.has(who.gid)) users.set(who.gid, member);
    }
  }
  return { users: [...users.values()], teams: [...teams.values()] };
}

/** Each gid once, in first-seen order. */
export const unique = (gids: readonly string[]): string[] => [...new Set(gids)];
