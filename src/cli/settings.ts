/**
 * Connection settings from the environment and flags, for every provider the
 * registry knows. Tokens are read here and handed to providers; nothing else sees them.
 */
import { readFile } from 'node:fs/promises';
import { tokenProblem, type SendInfo } from '../http/index.js';
import { providerModules, type ConnectionSettings } from '../providers/registry.js';
import type { ProviderSettings } from '../providers/module.js';
import { UsageError } from './errors.js';
import { parseRequestRate } from '../util/rate.js';

export interface SettingsInput {
  env: NodeJS.ProcessEnv;
  /**
   * Parsed flags: each provider's token-file flag names a file holding its
   * token, its rate-limit flag gives its request budget (see `connectionOptions`).
   */
  flags?: Readonly<Record<string, unknown>>;
  /** Called as each request of any provider goes on the wire (progress). */
  onRequest?: (info: SendInfo) => void;
}

/**
 * `1500/min` → 1500, `25/s` → 1500: requests per minute. Undefined when the
 * text is not a rate (src/util/rate.ts: the forms the sandbox's --rate-limit takes).
 */
export function parseRate(text: string): number | undefined {
  const rate = parseRequestRate(text);
  if (!rate.ok) return undefined;
  const perMinute = rate.per === 'second' ? rate.count * 60 : rate.count;
  return Number.isFinite(perMinute) ? perMinute : undefined;
}

/** A provider's request budget: its flag, else its variable, else its default. */
function rateFrom(flagValue: unknown, envValue: string | undefined, spec: ProviderSettings): number {
  const expected = `expected requests per minute such as ${spec.defaultPerMinute}/min (or per second, 25/s)`;
  if (typeof flagValue === 'string') {
    const rate = parseRate(flagValue);
    if (rate === undefined) throw new UsageError(`--${spec.rateLimitFlag} ${JSON.stringify(flagValue)}: ${expected}`);
    return rate;
  }
  if (envValue !== undefined && envValue.trim() !== '') {
    const rate = parseRate(envValue);
    if (rate === undefined) throw new Error(`${spec.rateLimitEnv}=${JSON.stringify(envValue)}: ${expected}`);
    return rate;
  }
  return spec.defaultPerMinute;
}

async function tokenFrom(file: string | undefined, envValue: string | undefined, flag: string): Promise<string | undefined> {
  if (file !== undefined) {
    let text;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
      throw new Error(`${flag} ${file}: cannot read the file (${code})`);
    }
    const token = text.trim();
    if (!token) throw new Error(`${flag} ${file}: the file is empty`);
    return token;
  }
  const token = envValue?.trim();
  return token ? token : undefined;
}

export async function readSettings(input: SettingsInput): Promise<ConnectionSettings> {
  const settings: ConnectionSettings = {};
  for (const { name, settings: spec } of providerModules) {
    const flagged = input.flags?.[spec.tokenFileFlag];
    const file = typeof flagged === 'string' ? flagged : undefined;
    const token = await tokenFrom(file, input.env[spec.tokenEnv], `--${spec.tokenFileFlag}`);
    // Named as people set it: the variable, or the flag and its file. Never the token.
    const tokenSource = file === undefined ? spec.tokenEnv : `--${spec.tokenFileFlag} ${file}`;
    const problem = token === undefined ? undefined : tokenProblem(token);
    if (problem !== undefined) throw new Error(`${tokenSource}: the token ${problem}`);
    const baseUrl = input.env[spec.baseUrlEnv]?.trim() || spec.defaultBaseUrl;
    const more = (spec.moreEnv ?? []).flatMap(({ env }) => {
      const value = input.env[env]?.trim();
      return value ? [[env, value] as const] : [];
    });
    settings[name] = {
      ...(more.length === 0 ? {} : { env: Object.fromEntries(more) }),
      ...(token === undefined ? {} : { token, tokenSource }),
      ...(baseUrl === undefined ? {} : { baseUrl }),
      maxRequestsPerMinute: rateFrom(input.flags?.[spec.rateLimitFlag], input.env[spec.rateLimitEnv], spec),
      ...(input.onRequest === undefined ? {} : { onRequest: input.onRequest }),
    };
  }
  return settings;
}
