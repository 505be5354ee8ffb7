/**
 * The sandbox's whole state, as the server holds it: the bearer token each
 * API accepts, Asana's side (asana/world.ts, whose fields sit at the top:
 * `world.users`, `world.workspaces`, …) and Dreadnode's (dreadnode/world.ts,
 * under `world.dreadnode`).
 */
import type { AsanaWorld } from './asana/world.js';
import type { DreadnodeWorld } from './dreadnode/world.js';

export interface World extends AsanaWorld {
  /** The bearer token the sandbox's Asana API accepts. */
  token: string;
  /** The bearer token its Dreadnode API accepts (the same as `token` unless the seed says otherwise). */
  dreadnodeToken: string;
  /** The Dreadnode side: its own users (by uuid), organisations, workspaces and permissions. */
  dreadnode: DreadnodeWorld;
}

/** Copy that the running server can change without touching the caller's seed. */
export function cloneWorld(world: World): World {
  return structuredClone(world);
}
