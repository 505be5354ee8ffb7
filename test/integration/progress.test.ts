/** Progress through the built CLI: a live line on a terminal, erased before the plan; nothing in a log for a short run. */
import { afterEach, describe, expect, it } from 'vitest';
import { acmeDesired, acmeSeed } from './fixtures.js';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';
import { applyOnTerminal } from './pty.js';

let live: Sandbox | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});

describe('progress', () => {
  it('on a terminal: a line rewritten in place while reading and applying, erased before anything else is printed', async () => {
    live = await sandbox(acmeSeed);
    const cwd = await workdir({ 'access.yaml': acmeDesired });
    // 20 requests a second: the run lasts long enough (a second or more) for the line to be drawn.
    const { code, screen } = await applyOnTerminal(cwd, { ...live.env, ASANA_RATE_LIMIT: '20/s' }, 'yes');
    expect(code).toBe(0);
    const reading = [...screen.matchAll(/\rreading… (\d+) requests, \d+\.\d\/s\u001b\[K/g)].map((m) => Number(m[1]));
    expect(reading.length).toBeGreaterThan(0);
    // The plan's cost is the total while applying.
    expect(screen).toContain('Apply: 6 requests (2 addMembers, 2 team addUser, 2 workspace addUser), under 1 s at 1200/min');
    const applying = [...screen.matchAll(/\rapplying… (\d+)\/6 requests, \d+\.\d\/s\u001b\[K/g)].map((m) => Number(m[1]));
    expect(applying.length).toBeGreaterThan(0);
    expect(Math.max(...applying)).toBeLessThanOrEqual(6);
    // Each phase's line is erased before the next output: the plan and the report start on a clean line.
    expect(screen).toMatch(/\u001b\[K\r\u001b\[K(\u001b\[1m)?asana workspace/);
    expect(screen).toMatch(/\u001b\[K\r\u001b\[K[^\r]*Apply: 7 done, 0 failed, 0 skipped\./);
    // Only counts and rates: the token never appears.
    expect(screen).not.toContain(live.token);
  });

  it('in a log: a run shorter than 10 s prints no progress at all', async () => {
    live = await sandbox(acmeSeed);
    const cwd = await workdir({ 'access.yaml': acmeDesired });
    const result = await gatehouse(['plan', 'access.yaml'], { ...live.env, ASANA_RATE_LIMIT: '20/s' }, { cwd });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});
