/** `gatehouse sandbox`: a local server speaking the API subsets Gatehouse uses, one dialect per provider's sandbox part. */
export { buildWorld, DEFAULT_ME, DEFAULT_TOKEN } from './seed.js';
export {
  startSandbox,
  DEFAULT_LIMITS,
  type RunningSandbox,
  type SandboxOptions,
  type SandboxStats,
} from './server.js';
export { parseFaults, FAULT_KEYS, type FaultOptions } from './faults.js';
export { parseRateLimit, describeRateLimit, type RateLimitOptions } from './rate-limit.js';
export { providerWorld, type ProviderWorld, type World } from './world.js';
export type { SandboxConnection, SandboxPart, SeedCore } from './part.js';
export type { Dialect } from './dialect.js';
