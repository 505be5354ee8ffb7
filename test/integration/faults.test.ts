/** Applying through a sandbox that answers some requests with 429, 500 or a dropped connection. */
import { afterEach, describe, expect, it } from 'vitest';
import { acmeDesired, acmeSeed } from './fixtures.js';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

let live: Sandbox | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});

describe('faults mid-apply', () => {
  it('converges through 429s, 500s and dropped connections: a second plan is empty', async () => {
    live = await sandbox(acmeSeed, { rate429: 0.15, rate500: 0.1, resetRate: 0.1, retryAfterSeconds: 0, seed: 7 });
    const cwd = await workdir({ 'access.yaml': acmeDesired });
    let runs = 0;
    let last;
    do {
      last = await gatehouse(['apply', 'access.yaml', '--yes'], live.env, { cwd });
      runs += 1;
    } while (last.code !== 0 && runs < 3);
    expect(last.stderr).not.toMatch(/\n\s+at /);
    expect(last.code).toBe(0);

    const again = await gatehouse(['plan', 'access.yaml', '--detailed-exitcode'], live.env, { cwd });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes.');
    expect(live.faults()).toBeGreaterThan(0);
  });

  it("a workspace add that keeps failing skips that user's team and project adds; the rest is applied", async () => {
    live = await sandbox(acmeSeed, { rate500: 1, only: { method: 'POST', pathPrefix: '/api/1.0/workspaces/' } });
    const cwd = await workdir({ 'access.yaml': acmeDesired });
    const result = await gatehouse(['apply', 'access.yaml', '--yes'], live.env, { cwd });
    expect(result.code).toBe(1);
    // bob and dan are new to the workspace: their adds fail, and what depends on them is skipped.
    expect(result.stderr).toMatch(/^failed: {2}add bob@acme\.com to asana workspace "Acme Corp": .*500/m);
    expect(result.stderr).toMatch(/^failed: {2}add dan@acme\.com to asana workspace "Acme Corp": .*500/m);
    expect(result.stderr).toMatch(/^skipped: add dan@acme\.com to asana team "Platform": depends on add dan@acme\.com to asana workspace "Acme Corp"/m);
    expect(result.stderr).toMatch(/^skipped: add bob@acme\.com to asana project "Roadmap"/m);
    expect(result.stdout).toContain('Apply: 2 done, 2 failed, 3 skipped.');
    expect(result.stderr).toMatch(/Run apply again/);

    // carol was already a workspace member: her adds went through.
    const plan = JSON.parse((await gatehouse(['plan', 'access.yaml', '--format', 'json'], live.env, { cwd })).stdout);
    expect(plan.changes.map((c: any) => `${c.place.kind} ${c.user}`).sort()).toEqual([
      'project bob@acme.com',
      'project dan@acme.com',
      'team dan@acme.com',
      'workspace bob@acme.com',
      'workspace dan@acme.com',
    ]);
  });
});
