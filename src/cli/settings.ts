/**
 * Connection settings from the environment and flags, for every provider the
 * registry knows. Tokens are read here and handed to providers; nothing else sees them.
 */
import { readFile } from 'node:fs/promises';
import { providerSpecs, type ConnectionSettings } from '../providers/registry.js';

export interface SettingsInput {
  env: NodeJS.ProcessEnv;
  /** Parsed flags: each provider's token-file flag names a file holding its token (see `connectionOptions`). */
  flags?: Readonly<Record<string, unknown>>;
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
  for (const spec of providerSpecs) {
    const flagged = input.flags?.[spec.tokenFileFlag];
    const file = typeof flagged === 'string' ? flagged : undefined;
    const token = await tokenFrom(file, input.env[spec.tokenEnv], `--${spec.tokenFileFlag}`);
    if (token !== undefined && /[\r\n]/.test(token)) {
      throw new Error(`${file === undefined ? spec.tokenEnv : `--${spec.tokenFileFlag} ${file}`}: the token has a line break inside it; it should be one line`);
    }
    const baseUrl = input.env[spec.baseUrlEnv]?.trim() || spec.defaultBaseUrl;
    settings[spec.name] = {
      ...(token === undefined ? {} : { token }),
      ...(baseUrl === undefined ? {} : { baseUrl }),
    };
  }
  return settings;
}
