/**
 * Asana's settings: the variables and flags that give it a token, an address
 * and a request budget (the module's `settings`). In a file of their own so
 * that the error hints (errors.ts) name the same variables the CLI reads.
 */
import type { ProviderSettings } from '../module.js';

export const ASANA_DEFAULT_BASE_URL = 'https://app.asana.com/api/1.0';

/** Asana's limit per token on paid plans (API-FACTS "Errors and limits"); free plans allow 150. */
export const ASANA_DEFAULT_PER_MINUTE = 1500;

export const asanaSettings: ProviderSettings = {
  tokenEnv: 'ASANA_TOKEN',
  tokenWhat: 'Asana personal access token',
  tokenFileFlag: 'token-file',
  baseUrlEnv: 'ASANA_BASE_URL',
  defaultBaseUrl: ASANA_DEFAULT_BASE_URL,
  baseUrlExample: ASANA_DEFAULT_BASE_URL,
  rateLimitFlag: 'rate-limit',
  rateLimitEnv: 'ASANA_RATE_LIMIT',
  // Paid plans; free plans allow 150/min (API-FACTS "Errors and limits").
  defaultPerMinute: ASANA_DEFAULT_PER_MINUTE,
  defaultPerMinuteNote: 'paid plans; free plans: 150/min',
};
