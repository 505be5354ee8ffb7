/** `gatehouse sandbox` says it serves both APIs and prints the Dreadnode settings, which work as printed. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { sandboxCommand } from '../../../src/cli/commands/sandbox.js';

const SEED = `version: 1
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          owner: [alice@acme.com]
sandbox:
  token: cli-token
`;

it('prints export lines for both APIs; the Dreadnode ones reach /api/v1 with the token', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'gatehouse-dn-cli-'));
  const seed = join(dir, 'seed.yaml');
  await writeFile(seed, SEED);
  const stdout = new PassThrough();
  let out = '';
  stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  const before = { SIGTERM: new Set(process.listeners('SIGTERM')), SIGINT: new Set(process.listeners('SIGINT')) };
  const io = { stdout, stderr: new PassThrough(), stdin: new PassThrough(), env: {} };
  const done = sandboxCommand({ seed, port: '0' }, io);
  try {
    for (let i = 0; i < 1000 && !/Ctrl\+C/.test(out); i++) await new Promise((r) => setTimeout(r, 10));
    expect(out).toMatch(/Asana API/);
    expect(out).toMatch(/Dreadnode API/);
    const base = /export DREADNODE_BASE_URL=(\S+)/.exec(out)?.[1];
    const token = /export DREADNODE_TOKEN=(\S+)/.exec(out)?.[1];
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(token).toBe('cli-token');
    expect(/export ASANA_TOKEN=(\S+)/.exec(out)?.[1]).toBe('cli-token');
    const a = await fetch(`${base!}/api/v1/org/acme/ws/red-team/users`, { headers: { authorization: `Bearer ${token!}` } });
    expect(a.status).toBe(200);
    expect((await a.json()).map((p: { user_email: string }) => p.user_email)).toEqual(['alice@acme.com']);
  } finally {
    // Stop the command through its own signal listeners only (no real signal to the test process).
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      for (const listener of process.listeners(signal)) {
        if (before[signal].has(listener)) continue;
        process.removeListener(signal, listener);
        if (signal === 'SIGTERM') (listener as () => void)();
      }
    }
    await rm(dir, { recursive: true, force: true });
  }
  expect(await done).toBe(0);
});
