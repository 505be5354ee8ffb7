/**
 * The providers Gatehouse knows, and how each is configured: the environment
 * variables and flags that give its token, address and request budget. Adding a provider means
 * adding a spec here (and its section of the file); the planner, apply engine
 * and CLI do not change.
 */
import { checkBaseUrl, type SendInfo } from '../http/index.js';
import type { Provider } from '../model/index.js';
import { ASANA_DEFAULT_BASE_URL, ASANA_DEFAULT_PER_MINUTE, createAsanaProvider } from './asana/index.js';
import { createDreadnodeProvider, DREADNODE_DEFAULT_PER_MINUTE, TOKEN_VARIABLE as DREADNODE_TOKEN_VARIABLE } from './dreadnode/index.js';

export interface Connection {
  baseUrl: string;
  token: string;
}

/** How a provider's HTTP client runs (nothing secret). */
export interface ClientSettings {
  /** The request budget, in requests per minute. */
  maxRequestsPerMinute?: number;
  /** Called as each request goes on the wire, retries included (progress counts these). */
  onRequest?: (info: SendInfo) => void;
}

export interface ProviderSpec {
  /** As in the file's section and in places (`asana`). */
  name: string;
  /** Environment variable holding the token (`ASANA_TOKEN`). */
  tokenEnv: string;
  /** Command-line flag naming a file that holds the token, without dashes (`token-file`). */
  tokenFileFlag: string;
  /** Environment variable holding the API address (`ASANA_BASE_URL`). */
  baseUrlEnv: string;
  /** Used when `baseUrlEnv` is unset; without one, the address is required. */
  defaultBaseUrl?: string;
  /** Shown when the address is missing: what it looks like. */
  baseUrlExample: string;
  /** Command-line flag giving its request budget (`N/min`), without dashes (`rate-limit`). */
  rateLimitFlag: string;
  /** Environment variable giving the same (`ASANA_RATE_LIMIT`); the flag wins. */
  rateLimitEnv: string;
  /** Requests per minute when neither is given. */
  defaultPerMinute: number;
  create(connection: Connection & ClientSettings): Provider;
}

export const providerSpecs: readonly ProviderSpec[] = [
  {
    name: 'asana',
    tokenEnv: 'ASANA_TOKEN',
    tokenFileFlag: 'token-file',
    baseUrlEnv: 'ASANA_BASE_URL',
    defaultBaseUrl: ASANA_DEFAULT_BASE_URL,
    baseUrlExample: ASANA_DEFAULT_BASE_URL,
    rateLimitFlag: 'rate-limit',
    rateLimitEnv: 'ASANA_RATE_LIMIT',
    // Paid plans; free plans allow 150/min (API-FACTS "Errors and limits").
    defaultPerMinute: ASANA_DEFAULT_PER_MINUTE,
    create: createAsanaProvider,
  },
  {
    name: 'dreadnode',
    // The provider's own name for it, so the 401 hint and this spec cannot disagree.
    tokenEnv: DREADNODE_TOKEN_VARIABLE,
    tokenFileFlag: 'dreadnode-token-file',
    baseUrlEnv: 'DREADNODE_BASE_URL',
    // No public default host is documented: the address is configuration.
    baseUrlExample: 'https://platform.example.com (the address that /api/v1/... is appended to)',
    rateLimitFlag: 'dreadnode-rate-limit',
    rateLimitEnv: 'DREADNODE_RATE_LIMIT',
    defaultPerMinute: DREADNODE_DEFAULT_PER_MINUTE,
    create: createDreadnodeProvider,
  },
];

/** What the environment and flags gave, per provider name; token or address may be missing. */
export type ConnectionSettings = Record<string, Partial<Connection> & ClientSettings>;

/** A provider a command needs, and why (for the message when a setting is missing). */
export interface Needed {
  name: string;
  /** `the file has a dreadnode section`: said when the address is missing. */
  baseUrlWhy: string;
  /** Said when the token is missing; without it, the message names only the variable and flag. */
  tokenWhy?: string;
}

/**
 * The token, address and client settings of each needed provider, or an
 * error naming every missing variable (one line each) and, before any
 * request, an address that is not acceptable.
 */
export function connectionsFor(needed: readonly Needed[], settings: ConnectionSettings): Map<string, Connection & ClientSettings> {
  const missing: string[] = [];
  const connections = new Map<string, Connection & ClientSettings>();
  for (const { name, baseUrlWhy, tokenWhy } of needed) {
    const spec = specOf(name);
    const { token, baseUrl, ...client } = settings[name] ?? {};
    if (!baseUrl) missing.push(`${spec.baseUrlEnv} is not set, and ${baseUrlWhy}: set it to the ${name} API address, e.g. ${spec.baseUrlExample}.`);
    if (!token) missing.push(`${spec.tokenEnv} is not set${tokenWhy === undefined ? '' : `, and ${tokenWhy}`}: export it, or pass --${spec.tokenFileFlag} FILE.`);
    if (token && baseUrl) connections.set(name, { ...client, token, baseUrl });
  }
  if (missing.length === 1) throw new Error(missing[0]);
  if (missing.length > 1) throw new AggregateError(missing.map((m) => new Error(m)), `${missing.length} settings are missing`);
  for (const [name, { baseUrl }] of connections) {
    try {
      checkBaseUrl(baseUrl);
    } catch (error) {
      throw new Error(`${specOf(name).baseUrlEnv}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return connections;
}

function specOf(name: string): ProviderSpec {
  const spec = providerSpecs.find((s) => s.name === name);
  if (!spec) throw new Error(`no provider named ${name}`);
  return spec;
}

export function createProviders(names: ReadonlySet<string>, settings: ConnectionSettings): Map<string, Provider> {
  const needed = [...names].sort().map((name) => ({ name, baseUrlWhy: `the file has a ${name} section` }));
  return new Map([...connectionsFor(needed, settings)].map(([name, connection]) => [name, specOf(name).create(connection)]));
}
