/** What Dreadnode gives the sandbox (its module's `sandbox`), and its world in a running one. */
import type { SandboxPart } from '../../../sandbox/part.js';
import { providerWorld, type World } from '../../../sandbox/world.js';
import { dreadnodeDialect } from './dialect.js';
import { seedDreadnode } from './seed.js';
import type { DreadnodeWorld } from './world.js';

export const dreadnodeSandbox: SandboxPart<DreadnodeWorld> = {
  dialect: dreadnodeDialect,
  seed: seedDreadnode,
  // Clients append the prefix (/api/v1) to DREADNODE_BASE_URL themselves.
  baseUrl: (serverUrl) => serverUrl,
};

/** The Dreadnode world of a World or of a running sandbox (tests read and change it). */
export function dreadnodeWorld(of: World | { world: World }): DreadnodeWorld {
  return providerWorld('world' in of ? of.world : of, dreadnodeDialect.name) as DreadnodeWorld;
}
