/**
 * Teams as members of a project (`team:Design` in its lists). The file's
 * words for a team are its identity in the plan, so a live team reads back
 * under the same words the file used; a team the file does not name reads
 * as `team:<name>`, or `team:<gid>` when its name is not unique there.
 */
import type { SourceLocation } from '../../model/index.js';

/** How a project's lists name a team (`team:Design`, `team:1204…`). */
export const TEAM_PREFIX = 'team:';

/** Where the section keeps a project's team entries in the place's settings. */
export const TEAM_REFS = 'teamRefs';

/** A team a project's lists name. */
export interface TeamRef {
  /** The member as written, `team:Design`: its identity in the plan. */
  member: string;
  /** The name or gid after the prefix. */
  ref: string;
  at: SourceLocation;
}

export const isTeamMember = (member: string): boolean => member.startsWith(TEAM_PREFIX);

export function teamRefsOf(settings: Record<string, unknown> | undefined): TeamRef[] {
  const refs = settings?.[TEAM_REFS];
  return Array.isArray(refs) ? (refs as TeamRef[]) : [];
}

/**
 * The plan's name for each live team of one project: the file's words for
 * the teams it names (`written`: team gid → member), else `team:<name>`,
 * else `team:<gid>` when the name is shared or already taken.
 */
export function teamIdentities(live: ReadonlyArray<{ gid: string; name: string }>, written: ReadonlyMap<string, string>): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set(written.values());
  const byName = new Map<string, number>();
  for (const t of live) byName.set(t.name, (byName.get(t.name) ?? 0) + 1);
  for (const t of live) {
    const mine = written.get(t.gid);
    if (mine !== undefined) {
      out.set(t.gid, mine);
      continue;
    }
    const byNameId = `${TEAM_PREFIX}${t.name}`;
    const unique = t.name !== '' && byName.get(t.name) === 1 && !taken.has(byNameId);
    out.set(t.gid, unique ? byNameId : `${TEAM_PREFIX}${t.gid}`);
  }
  return out;
}
