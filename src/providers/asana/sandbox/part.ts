/** What Asana gives the sandbox (its module's `sandbox`), and its world in a running one. */
import type { SandboxPart } from '../../../sandbox/part.js';
import { providerWorld, type World } from '../../../sandbox/world.js';
import { ASANA_PREFIX, asanaDialect } from './dialect.js';
import { seedAsana } from './seed.js';
import type { AsanaWorld } from './world.js';

export const asanaSandbox: SandboxPart<AsanaWorld> = {
  dialect: asanaDialect,
  seed: seedAsana,
  // ASANA_BASE_URL includes the prefix.
  baseUrl: (serverUrl) => `${serverUrl}${ASANA_PREFIX}`,
};

/** The Asana world of a World or of a running sandbox (tests read and change it). */
export function asanaWorld(of: World | { world: World }): AsanaWorld {
  return providerWorld('world' in of ? of.world : of, asanaDialect.name) as AsanaWorld;
}
