/**
 * The seed: a DesiredState (and the optional `sandbox:` section of the file)
 * becomes the World the server starts from: the token, Asana's side
 * (asana/seed.ts) and Dreadnode's (dreadnode/seed.ts), both with the same
 * token's own user (`me`).
 */
import type { DesiredState } from '../model/index.js';
import type { SandboxCore } from '../config/schema-types.js';
import type { AsanaSeed } from '../providers/asana/section-types.js';
import type { DreadnodeSeed } from '../providers/dreadnode/section-types.js';

type SandboxSection = SandboxCore & AsanaSeed & DreadnodeSeed;
import { seedAsana } from './asana/seed.js';
import { seedDreadnode } from './dreadnode/seed.js';
import type { World } from './world.js';

export const DEFAULT_TOKEN = 'sandbox-token';
export const DEFAULT_ME = 'gatehouse-bot@sandbox.invalid';

export function buildWorld(desired: DesiredState, given: Record<string, unknown> = {}): World {
  const section = given as SandboxSection;
  const meEmail = section.me ?? DEFAULT_ME;
  const token = section.token ?? DEFAULT_TOKEN;
  return {
    token,
    dreadnodeToken: section.dreadnode?.token ?? token,
    ...seedAsana(desired, section, meEmail),
    // Asana keeps `me`'s email in lower case; Dreadnode gets the same.
    dreadnode: seedDreadnode(desired, section, meEmail.toLowerCase()),
  };
}
