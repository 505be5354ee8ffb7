/**
 * Read who holds which permission on each workspace: one GET per workspace,
 * all at once (the HTTP client caps how many are in flight). A failed read
 * throws: an empty workspace read by mistake would plan a mass grant (or,
 * with prune, a mass removal).
 */
import type { HttpClient } from '../../http/index.js';
import type { LivePlaceState, LiveState, ResolvedPlace } from '../../model/index.js';
import { listUsers } from './api.js';
import { failureLine } from '../failure.js';
import { toMembers, type KnownUsers } from './members.js';
import { addressOf, describePlace } from './places.js';

export async function readPlaces(http: HttpClient, places: readonly ResolvedPlace[], known: KnownUsers): Promise<LiveState> {
  const readOne = async (place: ResolvedPlace): Promise<LivePlaceState> => {
    try {
      const members = toMembers(await listUsers(http, addressOf(place.id)));
      known.learnAll(place.id, members);
      return { place, members };
    } catch (err) {
      throw new Error(failureLine(http, err, `cannot read the members of ${describePlace(place.id)}`), { cause: err });
    }
  };
  return { places: await Promise.all(places.map(readOne)) };
}
