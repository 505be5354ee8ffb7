/** `gatehouse sandbox`: a local server speaking the Asana and Dreadnode API subsets Gatehouse uses. */
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
export type { World } from './world.js';
export type { User, Workspace, Team, Project } from './asana/world.js';
export { DREADNODE_PREFIX } from './dreadnode/prefix.js';
export { MAX_PAGE_SIZE as DREADNODE_MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE as DREADNODE_DEFAULT_PAGE_SIZE } from './dreadnode/pages.js';
export type { DreadnodeWorld, DnOrg, DnWorkspace, DnUser, DnGrant, Permission } from './dreadnode/world.js';
