/**
 * The Asana provider: resolve names to gids, read memberships, add and remove members.
 * All HTTP goes through the shared client (retries, caps, redaction live there).
 */
import type { HttpClient, HttpClientOptions, HttpStats } from '../../http/index.js';
import { ASANA_DEFAULT_PER_MINUTE, createAsanaHttpClient } from './http-client.js';
import type { Change, ChangeOutcome, DesiredPlace, LiveState, Provider, ResolvedPlace } from '../../model/index.js';
import type { WorkspaceRecord } from './api.js';
import { applyChanges, requestsFor } from './apply.js';
import { KnownUsers } from './directory.js';
import { MembershipFacts } from './membership-facts.js';
import { readPlaces } from './read.js';
import { resolvePlaces } from './resolve.js';
import type { ProviderModule } from '../module.js';
import { asanaAdopt } from './adopt.js';
import { asanaPlanHooks } from './guests.js';
import { judgeRemove } from './deprovision.js';
import { nouns, section, seed } from './schema.js';
import { asanaPlaces } from './section.js';
import { asanaExport } from './export/part.js';
import { asanaSandbox } from './sandbox/part.js';
import { asanaEntry } from './entry.js';

export { describeAsanaError } from './errors.js';

export { ASANA_DEFAULT_BASE_URL, ASANA_DEFAULT_PER_MINUTE, createAsanaHttpClient } from './http-client.js';

export type AsanaProviderOptions =
  | { http: HttpClient }
  | ({ baseUrl: string; token: string } & Partial<Omit<HttpClientOptions, 'baseUrl' | 'token' | 'describeError'>>);

export interface AsanaProvider extends Provider {
  /** The HTTP client's counters (requests, retries, by method), for benchmarks and logs. */
  httpStats(): HttpStats;
}

export function createAsanaProvider(options: AsanaProviderOptions): AsanaProvider {
  const http = 'http' in options ? options.http : createAsanaHttpClient(options);
  const workspaceOf = new Map<string, string>();
  const listedWorkspaces = new Map<string, WorkspaceRecord>();
  const known = new KnownUsers();
  const facts = new MembershipFacts();
  const ctx = { known, facts };

  const workspaceFor = (byKey: Map<string, ResolvedPlace>) => (place: ResolvedPlace): string => {
    const remembered = workspaceOf.get(place.key);
    if (remembered !== undefined) return remembered;
    // Not resolved by this provider instance: walk up the given places.
    let cur: ResolvedPlace | undefined = place;
    for (let i = 0; cur !== undefined && i < 5; i++) {
      if (cur.kind === 'workspace') return cur.id;
      cur = cur.parentKey === undefined ? undefined : byKey.get(cur.parentKey);
    }
    throw new Error(`cannot read ${place.kind} ${JSON.stringify(place.name)}: its workspace is not known (resolve it first or pass its workspace too)`);
  };

  return {
    name: 'asana',
    async resolve(places: DesiredPlace[]): Promise<ResolvedPlace[]> {
      const result = await resolvePlaces(http, places);
      for (const [key, ws] of result.workspaceOf) workspaceOf.set(key, ws);
      for (const [gid, record] of result.workspaces) listedWorkspaces.set(gid, record);
      facts.learnTeams(result.teams);
      facts.learnDefaults(result.defaultLevels);
      return result.places;
    },
    async read(places: ResolvedPlace[]): Promise<LiveState> {
      const byKey = new Map(places.map((p) => [p.key, p]));
      const { state, directories, memberships } = await readPlaces(http, places, {
        workspaceOf: workspaceFor(byKey),
        listedWorkspace: (gid) => listedWorkspaces.get(gid),
        writtenTeams: (place) => facts.writtenTeams(place.key),
      });
      for (const d of directories) known.learnDirectory(d);
      facts.learnMemberships(memberships);
      return state;
    },
    apply(changes: Change[]): Promise<ChangeOutcome[]> {
      return applyChanges(http, changes, ctx);
    },
    requestsFor: (changes) => requestsFor(changes, ctx),
    perMinute: http.perMinute ?? ASANA_DEFAULT_PER_MINUTE,
    close(): Promise<void> {
      return http.close();
    },
    httpStats(): HttpStats {
      return http.stats();
    },
  };
}

/** Everything of Asana that the rest of Gatehouse uses, in one object (src/providers/module.ts). */
export const asana: ProviderModule = {
  ...asanaEntry,
  format: { section, seed, nouns, places: asanaPlaces },
  create: createAsanaProvider,
  planHooks: { ...asanaPlanHooks, judgeRemove },
  sandbox: asanaSandbox,
  export: asanaExport,
  adopt: asanaAdopt,
};
