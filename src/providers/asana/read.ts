/**
 * Read the complete live membership of resolved places. Every list is walked
 * to the end (limit=100 + offset tokens) and all of them run at once; the HTTP
 * client caps how many are in flight. A failed read throws: an empty place
 * read by mistake would plan a mass add (or, with prune, a mass removal).
 */
import type { HttpClient } from '../../http/index.js';
import type { LiveMember, LivePlaceState, LiveState, ResolvedPlace } from '../../model/index.js';
import { listAll, paths, type ProjectMembership, type TeamMembership } from './api.js';
import { failureLine, ProviderFailure } from '../failure.js';
import { fetchDirectory, sortMembers, type Directory } from './directory.js';

export interface ReadResult {
  state: LiveState;
  directories: Directory[];
}

export async function readPlaces(
  http: HttpClient,
  places: readonly ResolvedPlace[],
  workspaceOf: (place: ResolvedPlace) => string,
): Promise<ReadResult> {
  const directories = new Map<string, Promise<Directory>>();
  const directory = (workspace: string): Promise<Directory> => {
    let d = directories.get(workspace);
    if (!d) {
      d = fetchDirectory(http, workspace);
      directories.set(workspace, d);
    }
    return d;
  };
  const member = (dir: Directory, gid: string): LiveMember => dir.byGid.get(gid) ?? { email: `gid:${gid}`, userId: gid };

  const readOne = async (place: ResolvedPlace): Promise<LivePlaceState> => {
    const workspace = workspaceOf(place);
    try {
      switch (place.kind) {
        case 'workspace':
          return { place, members: (await directory(workspace)).members };
        case 'team': {
          const [dir, memberships] = await Promise.all([
            directory(workspace),
            listAll<TeamMembership>(http, paths.teamMemberships(place.id), { opt_fields: 'user' }),
          ]);
          const members = memberships.flatMap((m) => (typeof m?.user?.gid === 'string' ? [member(dir, m.user.gid)] : []));
          return { place, members: sortMembers(members) };
        }
        case 'project': {
          const [dir, memberships] = await Promise.all([
            directory(workspace),
            // Only documented opt_fields (oas:29171-29195): `member` comes back as a
            // compact MemberCompact (gid, resource_type, name; oas:4413), and its
            // resource_type tells a user from a team.
            listAll<ProjectMembership>(http, paths.projectMemberships(place.id), { opt_fields: 'member' }),
          ]);
          const members = memberships.flatMap((m) => {
            const who = m?.member;
            if (typeof who?.gid !== 'string') return [];
            // A team the project is shared with is not a user: skip it.
            if (who.resource_type === 'user') return [member(dir, who.gid)];
            // No type at all (not what the OAS promises): only a gid the
            // workspace directory knows is certainly a user; anything else
            // might be a team, and counting it as a person would plan changes for it.
            if (who.resource_type === undefined && dir.byGid.has(who.gid)) return [member(dir, who.gid)];
            return [];
          });
          return { place, members: sortMembers(members) };
        }
        default:
          throw new ProviderFailure(`unknown Asana place kind ${JSON.stringify(place.kind)}`);
      }
    } catch (err) {
      throw new Error(failureLine(http, err, `cannot read the members of ${place.kind} ${JSON.stringify(place.name)} (${place.id})`), { cause: err });
    }
  };

  const states = await Promise.all(places.map(readOne));
  return { state: { places: states }, directories: await Promise.all(directories.values()) };
}
