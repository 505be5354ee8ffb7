/**
 * Which users a team's or a project's membership list names. Read (what a
 * place holds) and export (what the file says it holds) both count members
 * here: export's round trip depends on the two agreeing.
 */
import type { ProjectMembership, TeamMembership } from './api.js';

/** User gids of a team's memberships (GET /teams/{gid}/team_memberships), each once, in list order. */
export function teamMemberGids(list: readonly TeamMembership[]): string[] {
  return unique(list.flatMap((m) => (typeof m?.user?.gid === 'string' ? [m.user.gid] : [])));
}

/**
 * User gids of a project's memberships (GET /projects/{gid}/project_memberships,
 * opt_fields `member`: a compact MemberCompact, oas:4413), each once, in list
 * order. `isKnownUser` says whether the workspace directory lists a gid.
 */
export function projectMemberGids(list: readonly ProjectMembership[], isKnownUser: (gid: string) => boolean): string[] {
  return unique(
    list.flatMap((m) => {
      const who = m?.member;
      if (typeof who?.gid !== 'string') return [];
      // A team the project is shared with is not a user: skip it.
      if (who.resource_type === 'user') return [who.gid];
      // No type at all (not what the OAS promises): only a gid the
      // workspace directory knows is certainly a user; anything else
      // might be a team, and counting it as a person would plan changes for it.
      if (who.resource_type === undefined && isKnownUser(who.gid)) return [who.gid];
      return [];
    }),
  );
}

/** Each gid once, in first-seen order. */
export const unique = (gids: readonly string[]): string[] => [...new Set(gids)];
