/**
 * The sandbox as the CLI serves it: every registered provider's sandbox part.
 * Tests that start one use these, and read each provider's world through its
 * part (asanaWorld, dreadnodeWorld).
 */
import type { DesiredState } from '../../src/model/index.js';
import { sandboxParts } from '../../src/providers/registry.js';
import {
  buildWorld as buildWorldOf,
  startSandbox as startSandboxOf,
  type RunningSandbox,
  type SandboxOptions,
  type World,
} from '../../src/sandbox/index.js';

export { asanaWorld } from '../../src/providers/asana/sandbox/part.js';
export { dreadnodeWorld } from '../../src/providers/dreadnode/sandbox/part.js';
export { DEFAULT_ME, DEFAULT_TOKEN, parseFaults, type FaultOptions, type RunningSandbox, type SandboxOptions, type World } from '../../src/sandbox/index.js';

export function buildWorld(desired: DesiredState, section: Record<string, unknown> = {}): World {
  return buildWorldOf(sandboxParts(), desired, section);
}

export function startSandbox(seed: World, options: SandboxOptions = {}): Promise<RunningSandbox> {
  return startSandboxOf(seed, sandboxParts(), options);
}
