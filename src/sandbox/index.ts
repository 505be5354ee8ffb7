/** `gatehouse sandbox`: a local server speaking the Asana API subset Gatehouse uses. */
export { buildWorld, DEFAULT_ME, DEFAULT_TOKEN } from './seed.js';
export {
  startSandbox,
  API_PREFIX,
  DEFAULT_LIMITS,
  type RunningSandbox,
  type SandboxOptions,
  type SandboxStats,
} from './server.js';
export { parseFaults, type FaultOptions } from './faults.js';
export type { World, User, Workspace, Team, Project } from './world.js';
