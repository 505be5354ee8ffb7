/**
 * A read made while finding the file's places (resolving names to gids) that
 * gives up must name what was being looked for, as the membership reads do
 * ("cannot read the members of team "Design" (gid): …") and as Dreadnode's
 * resolve does ("cannot list the workspaces of dreadnode organisation "acme": …").
 *
 * KNOWN BUG, marked `it.fails` so the suite stays green until it is mended:
 * Asana's resolve (src/providers/asana/resolve.ts) lets the HTTP error through
 * bare, so the line names only the request — `gatehouse: GET
 * /workspaces/1630766000945317/teams: 429 Too Many Requests: … (gave up after
 * 6 attempts)` — and not the workspace, team or project of the file. When it
 * is mended these tests fail: drop `.fails`.
 */
import { describe, expect, it } from 'vitest';
import type { FaultOptions, World } from '../../src/sandbox/index.js';
import { gatehouse, workdir } from '../integration/harness.js';
import { orgDesired, orgSeed } from './fixtures.js';
import { gidOf, seededSandbox } from './world.js';

const storm = (pathPrefix: string): FaultOptions => ({ rate429: 1, retryAfterSeconds: 0, only: { method: 'GET', pathPrefix } });

const cases: Array<{ name: string; faults: (w: World) => FaultOptions; names: RegExp }> = [
  { name: 'the list of workspaces', faults: () => storm('/api/1.0/workspaces'), names: /workspace "Acme Corp"/ },
  {
    name: "a workspace's teams",
    faults: (w) => storm(`/api/1.0/workspaces/${[...w.workspaces.values()].find((x) => x.name === 'Acme Corp')!.gid}/teams`),
    names: /workspace "Acme Corp"|team "(Platform|Design)"/,
  },
  { name: "a team's projects", faults: (w) => storm(`/api/1.0/teams/${gidOf(w, 'team', 'Platform')}/projects`), names: /team "Platform"|project "Roadmap"/ },
];

describe('a resolve read that gives up', () => {
  it.fails.each(cases)('$name: the error names the place of the file it was looking for', async ({ faults, names }) => {
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
