/**
 * The Dreadnode provider: resolve organisation/workspace slugs, read who holds
 * which permission, grant, change and take away permissions. All HTTP goes
 * through the shared client (Bearer auth, retries, caps, redaction live
 * there); this provider never retries on its own.
 */
import { checkBaseUrl, HttpClient, type HttpClientOptions, type HttpStats } from '../../http/index.js';
import type { Change, ChangeOutcome, DesiredPlace, LiveState, Provider, ResolvedPlace } from '../../model/index.js';
import { API_PREFIX } from './api.js';
import { applyChanges } from './apply.js';
import { describeDreadnodeError } from './errors.js';
import { KnownUsers } from './members.js';
import { PROVIDER } from './places.js';
import { readPlaces } from './read.js';
import { resolvePlaces } from './resolve.js';
import type { ProviderModule } from '../module.js';
import { TOKEN_VARIABLE } from './errors.js';
import { dreadnodePlanHooks } from './owner-rule.js';
import { section, seed } from './schema.js';
import { dreadnodePlaces } from './section.js';
import { dreadnodeSandbox } from './sandbox/part.js';

export { describeDreadnodeError, TOKEN_VARIABLE } from './errors.js';

/**
 * Requests in flight at once. Inferred: Dreadnode documents no limits; these
 * are modest so a large apply does not look like a burst, and 429s (with or
 * without Retry-After) are still honoured by the client.
 */
const DREADNODE_IN_FLIGHT = { reads: 10, writes: 5 } as const;

/** Inferred: Dreadnode documents no request budget; 600 a minute is our modest default. */
export const DREADNODE_DEFAULT_PER_MINUTE = 600;

export type DreadnodeProviderOptions =
  | { http: HttpClient }
  | ({ baseUrl: string; token: string } & Partial<Omit<HttpClientOptions, 'baseUrl' | 'token' | 'describeError'>>);

/**
 * Check a Dreadnode base URL: the address the documented `/api/v1/…` paths
 * are appended to (`https://platform.example.com`, or a sandbox's root URL).
 * A URL that already ends in `/api/v1` is accepted and trimmed, so that
 * pasting the API's address does not double the prefix.
 */
export function dreadnodeBaseUrl(baseUrl: string): string {
  const url = checkBaseUrl(baseUrl);
  if (url.pathname.endsWith(API_PREFIX)) url.pathname = url.pathname.slice(0, -API_PREFIX.length);
  return url.href.replace(/\/+$/, '');
}

/** An HTTP client set up for Dreadnode: its error envelope and modest in-flight caps. */
export function createDreadnodeHttpClient(options: { baseUrl: string; token: string } & Partial<HttpClientOptions>): HttpClient {
  return new HttpClient({
    describeError: describeDreadnodeError,
    userAgent: 'gatehouse (dreadnode provider)',
    maxReadsInFlight: DREADNODE_IN_FLIGHT.reads,
    maxWritesInFlight: DREADNODE_IN_FLIGHT.writes,
    maxRequestsPerMinute: DREADNODE_DEFAULT_PER_MINUTE,
    ...options,
    baseUrl: dreadnodeBaseUrl(options.baseUrl),
  });
}

export interface DreadnodeProvider extends Provider {
  /** The HTTP client's counters (requests, retries, by method), for benchmarks and logs. */
  httpStats(): HttpStats;
}

export function createDreadnodeProvider(options: DreadnodeProviderOptions): DreadnodeProvider {
  const http = 'http' in options ? options.http : createDreadnodeHttpClient(options);
  const known = new KnownUsers();
  return {
    name: PROVIDER,
    resolve(places: DesiredPlace[]): Promise<ResolvedPlace[]> {
      return resolvePlaces(http, places);
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
  name: PROVIDER,
  title: 'Dreadnode',
  format: { section, seed, places: dreadnodePlaces },
  settings: {
    // The provider's own name for it, so the 401 hint and this cannot disagree.
    tokenEnv: TOKEN_VARIABLE,
    tokenWhat: 'Dreadnode API token (needed when the file has a dreadnode section)',
    tokenFileFlag: 'dreadnode-token-file',
    baseUrlEnv: 'DREADNODE_BASE_URL',
    // No public default host is documented: the address is configuration.
    baseUrlExample: 'https://platform.example.com (the address that /api/v1/... is appended to)',
    baseUrlWhat: 'address that /api/v1/... is appended to; no default',
    rateLimitFlag: 'dreadnode-rate-limit',
    rateLimitEnv: 'DREADNODE_RATE_LIMIT',
    defaultPerMinute: DREADNODE_DEFAULT_PER_MINUTE,
  },
  create: createDreadnodeProvider,
  planHooks: dreadnodePlanHooks,
  sandbox: dreadnodeSandbox,
};
