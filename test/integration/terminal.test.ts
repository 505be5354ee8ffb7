/** apply on a terminal: it asks, and only "yes" applies. Runs the CLI under a pseudo-terminal made by script(1). */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acmeDesired, acmeSeed } from './fixtures.js';
import { root, sandbox, workdir, type Sandbox } from './harness.js';

let live: Sandbox | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});

/** Run `gatehouse apply` on a terminal, answer the question, return what the terminal showed. */
function applyOnTerminal(cwd: string, env: Record<string, string>, answer: string | null): Promise<{ code: number | null; screen: string }> {
  const command = `${process.execPath} ${join(root, 'dist/cli/main.js')} apply access.yaml`;
  const child = spawn('script', ['-qec', command, '/dev/null'], { cwd, env: { PATH: process.env.PATH ?? '', TERM: 'dumb', ...env } });
  let screen = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    screen += d;
    // null: end of input, as Ctrl+D (the terminal's EOF character) sends it.
    if (screen.includes("Only 'yes' will be accepted:") && !child.stdin.writableEnded) child.stdin.end(answer === null ? '\u0004' : `${answer}\n`);
  });
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`cannot run script(1), which makes the pseudo-terminal: ${error.message}`)));
    child.once('close', (code) => resolve({ code, screen }));
  });
}

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
