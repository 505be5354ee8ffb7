/** apply on a terminal: it asks, and only "yes" applies. Runs the CLI under a pseudo-terminal made by script(1). */
import { afterEach, describe, expect, it } from 'vitest';
import { acmeDesired, acmeSeed } from './fixtures.js';
import { sandbox, workdir, type Sandbox } from './harness.js';
import { applyOnTerminal } from './pty.js';

let live: Sandbox | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});

describe('apply on a terminal', () => {
  it('asks; any answer but "yes" changes nothing', async () => {
    live = await sandbox(acmeSeed);
    const cwd = await workdir({ 'access.yaml': acmeDesired });
    const { code, screen } = await applyOnTerminal(cwd, live.env, 'y');
    expect(screen).toContain('Apply 7 change(s)?');
    expect(screen).toContain('Apply cancelled. Nothing was changed.');
    expect(code).toBe(1);
    expect(live.requests('POST')).toBe(0);
  });

  it('end of input (Ctrl+D) at the question is a no, with exit code 1', async () => {
    live = await sandbox(acmeSeed);
    const cwd = await workdir({ 'access.yaml': acmeDesired });
    const { code, screen } = await applyOnTerminal(cwd, live.env, null);
    expect(screen).toContain('Apply cancelled. Nothing was changed.');
    expect(code).toBe(1);
    expect(live.requests('POST')).toBe(0);
  });

  it('"yes" applies, and the plan is coloured on a terminal', async () => {
    live = await sandbox(acmeSeed);
    const cwd = await workdir({ 'access.yaml': acmeDesired });
    const { code, screen } = await applyOnTerminal(cwd, live.env, 'yes');
    expect(screen).toContain('\u001b[32m+ bob@acme.com');
    expect(screen).toContain('Apply: 7 done, 0 failed, 0 skipped.');
    expect(code).toBe(0);
  });
});
