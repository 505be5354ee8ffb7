/**
 * What resolve and read learned of projects, portfolios and goals that apply
 * needs to send the cheapest requests, by place key: the gids of the teams
 * the file names, each live member's membership gid (PUT and DELETE
 * /memberships/{gid} take it), and the level addMembers gives.
 */
import { TEAM_PREFIX } from './team-members.js';

type ByPlace = Map<string, Map<string, string>>;

export class MembershipFacts {
  private readonly teams: ByPlace = new Map();
  private readonly memberships: ByPlace = new Map();
  private readonly defaults = new Map<string, string>();

  learnTeams(teams: ByPlace): void {
    for (const [key, found] of teams) this.teams.set(key, found);
  }

  learnDefaults(defaults: ReadonlyMap<string, string>): void {
    for (const [key, level] of defaults) this.defaults.set(key, level);
  }

  learnMemberships(memberships: ByPlace): void {
    for (const [key, found] of memberships) this.memberships.set(key, found);
  }

  /** The file's teams of a place, team gid → the member as written. */
  writtenTeams(place: string): Map<string, string> {
    return new Map([...(this.teams.get(place) ?? [])].map(([member, gid]) => [gid, member]));
  }

  /** The gid of a team member (`team:Design`), as resolved, or the gid a `team:<gid>` names. */
  teamGid(place: string, member: string): string | undefined {
    const resolved = this.teams.get(place)?.get(member);
    if (resolved !== undefined) return resolved;
    const rest = member.slice(TEAM_PREFIX.length);
    return /^\d+$/.test(rest) ? rest : undefined;
  }

  membershipGid(place: string, member: string): string | undefined {
    return this.memberships.get(place)?.get(member);
  }

  /** The level addMembers gives here, when the list of its kind said. */
  defaultLevel(place: string): string | undefined {
    return this.defaults.get(place);
  }
}
