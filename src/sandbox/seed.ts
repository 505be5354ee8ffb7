/**
 * The seed: a DesiredState (and the merged `sandbox:` section of the file)
 * becomes the World the server starts from. The shared keys (`me`, `token`)
 * get their defaults here; each provider's part seeds its own world.
 */
import type { DesiredState } from '../model/index.js';
import type { SandboxCore } from '../config/schema-types.js';
import type { SandboxPart } from './part.js';
import type { World } from './world.js';

export const DEFAULT_TOKEN = 'sandbox-token';
export const DEFAULT_ME = 'gatehouse-bot@sandbox.invalid';

export function buildWorld(parts: readonly SandboxPart[], desired: DesiredState, section: Record<string, unknown> = {}): World {
  const core = section as SandboxCore;
  const token = core.token ?? DEFAULT_TOKEN;
  const seedCore = { me: core.me ?? DEFAULT_ME, token };
  return {
    token,
    providers: Object.fromEntries(parts.map((p) => [p.dialect.name, p.seed(desired, section, seedCore)])),
  };
}
