/**
 * Connection settings from the environment and flags. Tokens are read here
 * and handed to providers; nothing else sees them.
 */
import { readFile } from 'node:fs/promises';
import { ASANA_DEFAULT_BASE_URL } from '../providers/asana/index.js';
import type { ConnectionSettings } from '../providers/registry.js';

export interface SettingsInput {
  env: NodeJS.ProcessEnv;
  /** --token-file: the Asana token, read from a file. */
  tokenFile?: string | undefined;
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
  const token = await tokenFrom(input.tokenFile, input.env.ASANA_TOKEN, '--token-file');
  const asana: ConnectionSettings['asana'] = { baseUrl: input.env.ASANA_BASE_URL?.trim() || ASANA_DEFAULT_BASE_URL };
  if (token !== undefined) asana.token = token;
  return { asana };
}
