/**
 * Read the complete live membership of resolved places. Every list is walked
 * to the end (limit=100 + offset tokens) and all of them run at once; the HTTP
 * client caps how many are in flight. A failed read throws: an empty place
 * read by mistake would plan a mass add (or, with prune, a mass removal).
 *
 * Requests: per workspace, its directory (GET /users?workspace=, ⌈N/100⌉,
 * shared by every place in it); per workspace place, its memberships
 * (⌈N/100⌉); per team, its memberships; per project, portfolio and goal,
 * GET /memberships (⌈N/100⌉, users and teams with their levels); one GET /users/{gid} per
 * member the directory does not list; GET /users/me once when a place prunes.
 */
import type { HttpClient } from '../../http/index.js';
import type { LiveMember, LivePlaceState, LiveState, ResolvedPlace, TokenUser } from '../../model/index.js';
import { listAll, paths, type Membership, type TeamMembership, type WorkspaceRecord } from './api.js';
import { failureLine, ProviderFailure } from '../failure.js';
import { sortMembers } from '../live-members.js';
import { fetchDirectory, fetchUser, type Directory } from './directory.js';
import { sharedMembers, teamMemberGids, type SharedMember } from './memberships.js';
import { teamIdentities } from './team-members.js';
import { EMAIL_DOMAINS } from './guests.js';
import { memberDomains } from './organisation.js';
import { readSelf } from './self.js';
import { readWorkspaceMembers } from './workspace-members.js';
import { sharedKind } from './shared-kinds.js';

export interface ReadResult {
  state: LiveState;
  directories: Directory[];
  /** Per project, portfolio and goal key, each member's membership gid (by the member's plan identity), for PUT and DELETE /memberships. */
  memberships: Map<string, Map<string, string>>;
}

export interface ReadContext {
  /** The gid of the workspace a place lives in. */
  workspaceOf: (place: ResolvedPlace) => string;
  /** The workspace as resolve listed it, when it did. */
  listedWorkspace: (gid: string) => WorkspaceRecord | undefined;
  /** The teams a project's, portfolio's or goal's lists name, by team gid → the member as written (`team:Design`). */
  writtenTeams: (place: ResolvedPlace) => ReadonlyMap<string, string>;
}

/** A live member with the level its membership gives. */
function withLevel(member: LiveMember, m: SharedMember): LiveMember {
  return m.level === undefined ? member : { ...member, role: m.level };
}

/** One promise per key: each list or user is fetched once per read, however many places need it. */
function once<T>(fetch: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (key) => {
    let p = cache.get(key);
    if (!p) {
      p = fetch(key);
      cache.set(key, p);
    }
    return p;
  };
}

export async function readPlaces(http: HttpClient, places: readonly ResolvedPlace[], ctx: ReadContext): Promise<ReadResult> {
  const directories = new Map<string, Promise<Directory>>();
  const membershipsOf = new Map<string, Map<string, string>>();
  const directory = once((workspace) => {
    const d = fetchDirectory(http, workspace);
    directories.set(workspace, d);
    return d;
  });
  const lookUp = once((gid) => fetchUser(http, gid));
  /** A user by gid: from the workspace's directory, else looked up. */
  const whoIs = (dir: Directory) => (gid: string): Promise<LiveMember> => {
    const known = dir.byGid.get(gid);
    return known !== undefined ? Promise.resolve(known) : lookUp(gid);
  };

  const readOne = async (place: ResolvedPlace): Promise<LivePlaceState> => {
    const workspace = ctx.workspaceOf(place);
    try {
      switch (place.kind) {
        case 'workspace': {
          // The membership list and the directory are walked at the same time.
          const dir = directory(workspace);
          const [, members, domains] = await Promise.all([
            dir,
            readWorkspaceMembers(http, place.id, async (gid) => whoIs(await dir)(gid)),
            memberDomains(http, place.id, ctx.listedWorkspace(place.id)),
          ]);
          return domains === undefined ? { place, members } : { place, members, facts: { [EMAIL_DOMAINS]: domains } };
        }
        case 'team': {
          const [dir, memberships] = await Promise.all([
            directory(workspace),
            listAll<TeamMembership>(http, paths.teamMemberships(place.id), { opt_fields: 'user' }),
          ]);
          const gids = teamMemberGids(memberships);
          return { place, members: sortMembers(await Promise.all(gids.map(whoIs(dir)))) };
        }
        default: {
          if (sharedKind(place.kind) === undefined) throw new ProviderFailure(`unknown Asana place kind ${JSON.stringify(place.kind)}`);
          const [dir, memberships] = await Promise.all([
            directory(workspace),
            // The Memberships API (oas:22351); its compact records carry the
            // member (a user or a team, by resource_type) and the access level.
            listAll<Membership>(http, paths.memberships(), { parent: place.id }),
          ]);
          const { users, teams } = sharedMembers(memberships, (gid) => dir.byGid.has(gid));
          const identities = teamIdentities(
            teams.map((t) => ({ gid: t.gid, name: t.name ?? '' })),
            ctx.writtenTeams(place),
          );
          const people = await Promise.all(users.map(async (u) => [await whoIs(dir)(u.gid), u] as const));
          const asMembers = teams.map((t) => [{ email: identities.get(t.gid)!, userId: t.gid, ...(t.name ? { name: t.name } : {}) }, t] as const);
          const both = [...people, ...asMembers];
          membershipsOf.set(place.key, new Map(both.map(([member, m]) => [member.email, m.membership])));
          return { place, members: sortMembers(both.map(([member, m]) => withLevel(member, m))) };
        }
      }
    } catch (err) {
      throw new Error(failureLine(http, err, `cannot read the members of ${place.kind} ${JSON.stringify(place.name)} (${place.id})`), { cause: err });
    }
  };

  const [states, self] = await Promise.all([
    Promise.all(places.map(readOne)),
    places.some((p) => p.prune === true) ? readSelf(http, 'prune').then(({ email }): TokenUser => ({ provider: 'asana', email })) : undefined,
  ]);
  const state: LiveState = self === undefined ? { places: states } : { places: states, self: [self] };
  return { state, directories: await Promise.all(directories.values()), memberships: membershipsOf };
}
