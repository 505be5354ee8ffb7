/**
 * What resolve and read learned of projects that apply needs to send the
 * cheapest requests: the gids of the teams the file names, each live
 * member's membership gid (PUT and DELETE /memberships/{gid} take it), and
 * the level addMembers gives.
 */
import { TEAM_PREFIX } from './team-members.js';

type ByProject = Map<string, Map<string, string>>;

export class ProjectFacts {
  private readonly teams: ByProject = new Map();
  private readonly memberships: ByProject = new Map();
  private readonly defaults = new Map<string, string>();

  learnTeams(teams: ByProject): void {
    for (const [key, found] of teams) this.teams.set(key, found);
  }

  learnDefaults(defaults: ReadonlyMap<string, string>): void {
    for (const [key, level] of defaults) this.defaults.set(key, level);
  }

  learnMemberships(memberships: ByProject): void {
    for (const [key, found] of memberships) this.memberships.set(key, found);
  }

  /** The file's teams of a project, team gid → the member as written. */
  writtenTeams(project: string): Map<string, string> {
    return new Map([...(this.teams.get(project) ?? [])].map(([member, gid]) => [gid, member]));
  }

  /** The gid of a team member (`team:Design`), as resolved, or the gid a `team:<gid>` names. */
  teamGid(project: string, member: string): string | undefined {
    const resolved = this.teams.get(project)?.get(member);
    if (resolved !== undefined) return resolved;
    const rest = member.slice(TEAM_PREFIX.length);
    return /^\d+$/.test(rest) ? rest : undefined;
  }

  membershipGid(project: string, member: string): string | undefined {
    return this.memberships.get(project)?.get(member);
  }

  /** The level addMembers gives here, when the project list said. */
  defaultLevel(project: string): string | undefined {
    return this.defaults.get(project);
  }
}
