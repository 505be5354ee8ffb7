/**
 * A read made while finding the file's places (resolving names to gids) that
 * gives up must name what was being looked for, as the membership reads do
 * ("cannot read the members of team "Design" (gid): …") and as Dreadnode's
 * resolve does ("cannot list the workspaces of dreadnode organisation "acme": …").
 * Asana: `cannot list the teams of workspace "Acme Corp" (gid): GET …: 429 …`.
 */
import { describe, expect, it } from 'vitest';
import { asanaWorld, type FaultOptions, type World } from '../support/sandbox.js';
import { gatehouse, workdir } from '../integration/harness.js';
import { orgDesired, orgSeed } from './fixtures.js';
import { seededSandbox } from './world.js';

const storm = (pathPrefix: string): FaultOptions => ({ rate429: 1, retryAfterSeconds: 0, only: { method: 'GET', pathPrefix } });

const cases: Array<{ name: string; faults: (w: World) => FaultOptions; names: RegExp }> = [
  { name: 'the list of workspaces', faults: () => storm('/api/1.0/workspaces'), names: /workspace "Acme Corp"/ },
  {
    name: "a workspace's teams",
    faults: (w) => storm(`/api/1.0/workspaces/${[...asanaWorld(w).workspaces.values()].find((x) => x.name === 'Acme Corp')!.gid}/teams`),
    names: /workspace "Acme Corp"|team "(Platform|Design)"/,
  },
  // The file also names a project of the workspace itself (Handbook), so one
  // list of the workspace's projects serves Platform's Roadmap too.
  { name: "the workspace's projects", faults: () => storm('/api/1.0/projects'), names: /projects of workspace "Acme Corp"/ },
];

describe('a resolve read that gives up', () => {
  it.each(cases)('$name: the error names the place of the file it was looking for', async ({ faults, names }) => {
    const sandbox = await seededSandbox(orgSeed, faults);
    try {
      const cwd = await workdir({ 'access.yaml': orgDesired });
      const result = await gatehouse(['plan', 'access.yaml'], sandbox.env, { cwd });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/\(gave up after 6 attempts\)/);
      expect(result.stderr).toMatch(names);
    } finally {
      await sandbox.close();
    }
  });
});
