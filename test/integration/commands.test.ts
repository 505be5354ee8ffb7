/** The commands a newcomer types: the demo, and `gatehouse sandbox` as its own process. */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from './harness.js';

describe('npm run demo', () => {
  it('shows a plan with changes, applies it, and then shows no changes', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts/demo.mjs')], { cwd: root, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' }, timeout: 60_000 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const [first, afterApply] = run.stdout.split('$ gatehouse apply');
    expect(first).toMatch(/Plan: [1-9]\d* to add, 2 to change, 0 to remove\./);
    expect(first).toContain('~ carol@acme.com reader → contributor');
    // The demo includes one portfolio and one goal, each at its own levels.
    expect(first).toMatch(/^asana portfolio "Leadership Bets" \(\d+\)  \(1 in sync\)\n  \+ carol@acme\.com viewer /m);
    expect(first).toMatch(/^asana goal "Grow ARR" \(\d+\)\n  ~ alice@acme\.com commenter → editor /m);
    expect(afterApply).toMatch(/Apply: [1-9]\d* done, 0 failed, 0 skipped\./);
    expect(afterApply).toMatch(/No changes\.[\s\S]*Plan: 0 to add, 0 to change, 0 to remove\./);
  });
});

describe('npx gatehouse', () => {
  it('runs the built command from the package bin after install', () => {
    const run = spawnSync('npx', ['--no-install', 'gatehouse', 'validate', 'examples/acme'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('examples/acme: valid (4 files, 9 places, 30 memberships).\n');
  });
});

describe('gatehouse sandbox', () => {
  it('prints its base URL and token, answers the Asana API, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [join(root, 'dist/cli/main.js'), 'sandbox', '--seed', 'examples/sandbox/acme-live.yaml', '--port', '0'], { cwd: root });
    let out = '';
    const started = new Promise<{ url: string; token: string }>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        out += d;
        const url = /ASANA_BASE_URL=(\S+)/.exec(out)?.[1];
        const token = /ASANA_TOKEN=(\S+)/.exec(out)?.[1];
        if (url && token) resolve({ url, token });
      });
      child.once('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    const { url, token } = await started;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/1\.0$/);
    const me = await fetch(`${url}/users/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect((await me.json()).data.email).toBe('gatehouse-bot@acme.com');
    expect((await fetch(`${url}/users/me`)).status).toBe(401);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses a bad --faults spec with a clear message', () => {
    const run = spawnSync(process.execPath, [join(root, 'dist/cli/main.js'), 'sandbox', '--seed', 'examples/sandbox/acme-live.yaml', '--faults', '429:lots'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/--faults/);
  });
});
