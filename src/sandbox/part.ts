/**
 * What the sandbox needs of one provider (its module's `sandbox` field): the
 * API it speaks and how it seeds its own world. The core works from a list
 * of these, so it names no provider.
 */
import type { DesiredState } from '../model/index.js';
import type { Dialect } from './dialect.js';
import type { ProviderWorld } from './world.js';

/** The seed keys no provider owns (config/core-schema.ts seedCoreProperties), defaults applied. */
export interface SeedCore {
  /** Email of the token's own user, as the seed writes it. */
  me: string;
  /** The seed's token. */
  token: string;
}

export interface SandboxPart<W extends ProviderWorld = ProviderWorld> {
  /** Its API: routes, error bodies, path prefix; `dialect.name` is the provider's name. */
  dialect: Dialect<W>;
  /**
   * Its world: the file's places of this provider, its keys of the merged
   * `sandbox:` section (and the shared `users`), the token's own user and
   * the token its API accepts.
   */
  seed(desired: DesiredState, section: Record<string, unknown>, core: SeedCore): W;
  /** The address its clients are given, from the server's (`http://127.0.0.1:PORT`). */
  baseUrl(serverUrl: string): string;
}

/** Where a client of one provider's API goes, and with which token. */
export interface SandboxConnection {
  baseUrl: string;
  token: string;
}
