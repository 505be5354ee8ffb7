/**
 * What one provider folder exports: a single object that owns everything of
 * that provider. The registry (registry.ts) is a list of these; the loader,
 * the pipeline, export, the CLI's usage text and the sandbox work from it.
 */
import type { Provider } from '../model/index.js';
import type { PlanHooks } from '../model/hooks.js';
import type { ClientSettings, Connection } from './connection.js';
import type { SectionFormat } from '../config/section-format.js';
import type { SandboxPart } from '../sandbox/part.js';
import type { ExportFlag, ExportPart } from '../export/part.js';
import type { AdoptPart } from '../adopt/part.js';

export type { ClientSettings, Connection } from './connection.js';

/** The flags and environment variables that give a provider its token, address and budget. */
export interface ProviderSettings {
  /** Environment variable holding the token (`ASANA_TOKEN`). */
  tokenEnv: string;
  /** What the token is, for the usage text (`Asana personal access token`). */
  tokenWhat: string;
  /** Command-line flag naming a file that holds the token, without dashes (`token-file`). */
  tokenFileFlag: string;
  /** Environment variable holding the API address (`ASANA_BASE_URL`). */
  baseUrlEnv: string;
  /** Used when `baseUrlEnv` is unset; without one, the address is required. */
  defaultBaseUrl?: string;
  /** Shown when the address is missing: what it looks like. */
  baseUrlExample: string;
  /** The usage text's words for the address variable when there is no default. */
  baseUrlWhat?: string;
  /** Command-line flag giving its request budget (`N/min`), without dashes (`rate-limit`). */
  rateLimitFlag: string;
  /** Environment variable giving the same (`ASANA_RATE_LIMIT`); the flag wins. */
  rateLimitEnv: string;
  /** Requests per minute when neither is given. */
  defaultPerMinute: number;
  /** Said after the default in the usage text (`paid plans; free plans: 150/min`). */
  defaultPerMinuteNote?: string;
  /** Further environment variables the provider reads itself (`DREADNODE_AUTH`): handed to it as set, in ClientSettings.env. */
  moreEnv?: ReadonlyArray<{ env: string; what: string }>;
}

/**
 * What the command line says of a provider before any of its code loads
 * (its `entry.ts`, listed in catalog.ts): the module is built on it.
 */
export interface ProviderEntry {
  /** As in the file's section and in places (`asana`). */
  name: string;
  /** As people write it (`Asana`). */
  title: string;
  settings: ProviderSettings;
  /** Its export flags and `--split` layout (its export part uses the same). */
  exportFlags?: { flags: readonly ExportFlag[]; splitHelp: string };
}

export interface ProviderModule extends ProviderEntry {
  /** Its section of the desired-state file. */
  format: SectionFormat;
  create(connection: Connection & ClientSettings): Provider;
  /** Its rules the planner asks about (guests, a role a place must keep). */
  planHooks?: PlanHooks;
  /** The API `gatehouse sandbox` speaks for it: routes, world, seeding. */
  sandbox: SandboxPart;
  /** What `gatehouse export` reads and writes for it; without one, export skips it. */
  export?: ExportPart;
  /** Where `gatehouse adopt` writes a live member into its section; without one, adopt skips it. */
  adopt?: AdoptPart;
}
