/**
 * The providers Gatehouse knows: one module each (module.ts), in the order
 * plans, usage text and files list them. Adding a provider means adding its
 * folder and one line here; the loader, planner, apply engine, export, CLI
 * and sandbox work from this list.
 */
import { checkBaseUrl } from '../http/index.js';
import type { AdoptPart } from '../adopt/part.js';
import type { HooksByProvider, Provider } from '../model/index.js';
import { asana } from './asana/index.js';
import { dreadnode } from './dreadnode/index.js';
import type { ClientSettings, Connection, ProviderModule } from './module.js';
import type { SandboxPart } from '../sandbox/part.js';

export type { ClientSettings, Connection, ProviderModule } from './module.js';

export const providerModules: readonly ProviderModule[] = [asana, dreadnode];

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
export function connectionsFor(needed: readonly Needed[], settings: ConnectionSettings, modules: readonly ProviderModule[] = providerModules): Map<string, Connection & ClientSettings> {
  const missing: string[] = [];
  const connections = new Map<string, Connection & ClientSettings>();
  for (const { name, baseUrlWhy, tokenWhy } of needed) {
    const spec = moduleOf(name, modules).settings;
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
      throw new Error(`${moduleOf(name, modules).settings.baseUrlEnv}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return connections;
}

export function moduleOf(name: string, modules: readonly ProviderModule[] = providerModules): ProviderModule {
  const found = modules.find((m) => m.name === name);
  if (!found) throw new Error(`no provider named ${name}`);
  return found;
}

export function createProviders(names: ReadonlySet<string>, settings: ConnectionSettings, modules: readonly ProviderModule[] = providerModules): Map<string, Provider> {
  const needed = [...names].sort().map((name) => ({ name, baseUrlWhy: `the file has a ${name} section` }));
  return new Map([...connectionsFor(needed, settings, modules)].map(([name, connection]) => [name, moduleOf(name, modules).create(connection)]));
}

/** Each provider's sandbox part, for `gatehouse sandbox`. */
export function sandboxParts(modules: readonly ProviderModule[] = providerModules): SandboxPart[] {
  return modules.map((m) => m.sandbox);
}

/** Each provider's plan hooks, by name, for the planner. */
export function planHooksOf(modules: readonly ProviderModule[] = providerModules): HooksByProvider {
  return new Map(modules.flatMap((m) => (m.planHooks === undefined ? [] : [[m.name, m.planHooks] as const])));
}

/** Each provider's adopt part (src/adopt/part.ts), by provider name. */
export function adoptPartsOf(modules: readonly ProviderModule[] = providerModules): ReadonlyMap<string, AdoptPart> {
  return new Map(modules.flatMap((m) => (m.adopt === undefined ? [] : [[m.name, m.adopt] as const])));
}
