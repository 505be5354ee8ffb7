/**
 * The providers as the command line needs them before it knows which
 * command runs: names, settings and export flags, without any provider code
 * (so `gatehouse --help` loads no HTTP client, sandbox or export). The same
 * providers, in the same order, as registry.ts; a test holds them together.
 */
import { asanaEntry } from './asana/entry.js';
import { dreadnodeEntry } from './dreadnode/entry.js';
import type { ProviderEntry } from './module.js';

export const providerCatalog: readonly ProviderEntry[] = [asanaEntry, dreadnodeEntry];
