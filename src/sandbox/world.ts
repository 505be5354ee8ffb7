/**
 * The sandbox's whole state, as the server holds it: the bearer token both
 * APIs accept, Asana's side (asana/world.ts, whose fields sit at the top:
 * `world.users`, `world.workspaces`, …) and Dreadnode's (dreadnode/world.ts,
 * under `world.dreadnode`).
 */
import type { AsanaWorld } from './asana/world.js';
import type { DreadnodeWorld } from './dreadnode/world.js';

export interface World extends AsanaWorld {
  /** The bearer token the sandbox accepts (for both APIs). */
  token: string;
  /** The Dreadnode side: its own users (by uuid), organisations, workspaces and permissions. */
  dreadnode: DreadnodeWorld;
}

/** Copy that the running server can change without touching the caller's seed. */
export function cloneWorld(world: World): World {
  return structuredClone(world);
}
