/** Where a provider's API is and how its client runs: what `create` and export's `open` are given. */
import type { SendInfo } from '../http/index.js';

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
  /** Where the token came from, as people name it (`ASANA_TOKEN`, `--token-file FILE`), for hints; never the token. */
  tokenSource?: string;
  /** Aborted when the run is interrupted: the client sends nothing more (HttpClientOptions.interrupt). */
  interrupt?: AbortSignal;
  /** The provider's own further variables (ProviderSettings.moreEnv) that are set, by name. Nothing secret. */
  env?: Readonly<Record<string, string>>;
}
