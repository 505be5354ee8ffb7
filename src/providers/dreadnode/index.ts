/**
 * The Dreadnode provider: resolve organisation/workspace slugs, read who holds
 * which permission, grant, change and take away permissions. All HTTP goes
 * through the shared client (Bearer auth, retries, caps, redaction live
 * there); this provider never retries on its own.
 */
import type { HttpClient, HttpClientOptions, HttpStats } from '../../http/index.js';
import { createDreadnodeHttpClient, DREADNODE_DEFAULT_PER_MINUTE } from './http-client.js';
import type { Change, ChangeOutcome, DesiredPlace, LiveState, Provider, ResolvedPlace } from '../../model/index.js';
import { API_PREFIX } from './api.js';
import { applyChanges } from './apply.js';
import { describeDreadnodeError } from './errors.js';
import { KnownUsers } from './members.js';
import { PROVIDER } from './places.js';
import { readPlaces } from './read.js';
import { outsidePlaces, resolvePlaces, type OrgListings } from './resolve.js';
import type { ProviderModule } from '../module.js';
import { dreadnodeAdopt } from './adopt.js';
import { dreadnodeEntry } from './entry.js';
import { dreadnodePlanHooks } from './owner-rule.js';
import { nouns, section, seed } from './schema.js';
import { dreadnodePlaces } from './section.js';
import { dreadnodeExport } from './export/part.js';
import { dreadnodeSandbox } from './sandbox/part.js';

export { describeDreadnodeError, TOKEN_VARIABLE } from './errors.js';

export { createDreadnodeHttpClient, DREADNODE_DEFAULT_PER_MINUTE, dreadnodeBaseUrl } from './http-client.js';

export type DreadnodeProviderOptions =
  | { http: HttpClient }
  | ({ baseUrl: string; token: string; env?: Readonly<Record<string, string>> } & Partial<Omit<HttpClientOptions, 'baseUrl' | 'token' | 'describeError'>>);

export interface DreadnodeProvider extends Provider {
  /** The HTTP client's counters (requests, retries, by method), for benchmarks and logs. */
  httpStats(): HttpStats;
}

export function createDreadnodeProvider(options: DreadnodeProviderOptions): DreadnodeProvider {
  const http = 'http' in options ? options.http : createDreadnodeHttpClient(options);
  const known = new KnownUsers();
  const listings: OrgListings = new Map();
  return {
    name: PROVIDER,
    resolve(places: DesiredPlace[]): Promise<ResolvedPlace[]> {
      return resolvePlaces(http, places, listings);
    },
    outsidePlaces(named: ResolvedPlace[]): Promise<ResolvedPlace[]> {
      return outsidePlaces(http, named, listings);
    },
    read(places: ResolvedPlace[]): Promise<LiveState> {
      return readPlaces(http, places, known);
    },
    apply(changes: Change[]): Promise<ChangeOutcome[]> {
      return applyChanges(http, changes, known);
    },
    // One request per change: grants, changes and removals each name one user.
    requestsFor: (changes: Change[]) => changes.length,
    perMinute: http.perMinute ?? DREADNODE_DEFAULT_PER_MINUTE,
    close(): Promise<void> {
      return http.close();
    },
    httpStats(): HttpStats {
      return http.stats();
    },
  };
}

/** Everything of Dreadnode that the rest of Gatehouse uses, in one object (src/providers/module.ts). */
export const dreadnode: ProviderModule = {
  ...dreadnodeEntry,
  format: { section, seed, nouns, places: dreadnodePlaces },
  create: createDreadnodeProvider,
  planHooks: dreadnodePlanHooks,
  sandbox: dreadnodeSandbox,
  export: dreadnodeExport,
  adopt: dreadnodeAdopt,
};
