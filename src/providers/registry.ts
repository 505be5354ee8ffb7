/**
 * Builds the providers a file needs from connection settings. Adding a
 * provider means adding a factory here; the planner and apply engine do not change.
 */
import type { Provider } from '../model/index.js';
import { createAsanaProvider } from './asana/index.js';

export interface ConnectionSettings {
  asana: { baseUrl: string; token?: string };
}

const factories: Record<string, (settings: ConnectionSettings) => Provider> = {
  asana: ({ asana }) => {
    if (!asana.token) throw new Error('ASANA_TOKEN is not set: export it, or pass --token-file FILE.');
    return createAsanaProvider({ baseUrl: asana.baseUrl, token: asana.token });
  },
};

export function createProviders(names: ReadonlySet<string>, settings: ConnectionSettings): Map<string, Provider> {
  const providers = new Map<string, Provider>();
  for (const name of [...names].sort()) {
    const factory = factories[name];
    if (!factory) throw new Error(`no provider named ${name}`);
    providers.set(name, factory(settings));
  }
  return providers;
}
