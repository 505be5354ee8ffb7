/**
 * Dreadnode as the command line names it before any of its code loads: its
 * title, the variables and flags of its settings, and its export flags
 * (src/providers/catalog.ts). The module (index.ts) is built on this.
 */
import type { ProviderEntry } from '../module.js';

/** Where the token comes from, named in the 401 hint. */
export const TOKEN_VARIABLE = 'DREADNODE_TOKEN';

/** Where the address comes from, named in the 404 hint. */
export const BASE_URL_VARIABLE = 'DREADNODE_BASE_URL';

/** How the token is sent: `bearer` (default, as the API reference shows) or `x-api-key` (as Dreadnode's SDK sends it). */
export const AUTH_VARIABLE = 'DREADNODE_AUTH';

/** Inferred: Dreadnode documents no request budget; 600 a minute is our modest default. */
export const DREADNODE_DEFAULT_PER_MINUTE = 600;

/** The file of a `--split` export that holds Dreadnode. */
export const SPLIT_FILE = 'dreadnode.yaml';

export const dreadnodeEntry: ProviderEntry = {
  name: 'dreadnode',
  title: 'Dreadnode',
  settings: {
    tokenEnv: TOKEN_VARIABLE,
    tokenWhat: 'Dreadnode API token (needed when the file has a dreadnode section)',
    tokenFileFlag: 'dreadnode-token-file',
    baseUrlEnv: BASE_URL_VARIABLE,
    // No public default host is documented: the address is configuration.
    baseUrlExample: 'https://platform.example.com (the address that /api/v1/... is appended to)',
    baseUrlWhat: 'address that /api/v1/... is appended to; no default',
    rateLimitFlag: 'dreadnode-rate-limit',
    rateLimitEnv: 'DREADNODE_RATE_LIMIT',
    defaultPerMinute: DREADNODE_DEFAULT_PER_MINUTE,
    moreEnv: [{ env: AUTH_VARIABLE, what: 'how the token is sent: bearer (Authorization: Bearer, the default) or x-api-key (X-API-Key)' }],
  },
  exportFlags: {
    flags: [{ flag: 'dreadnode-org', type: 'string', multiple: true, arg: 'SLUG', help: 'this Dreadnode organisation (repeatable)' }],
    splitHelp: SPLIT_FILE,
  },
};
