/**
 * `gatehouse sandbox` flags: --rate-limit, --latency, --faults, --help; bad
 * values refused with one line naming the flag; a running sandbox enforces
 * what the flags say.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { sandboxCommand, sandboxOptions } from '../../src/cli/commands/sandbox.js';
import { main } from '../../src/cli/run.js';

function io() {
  const out = { stdout: '', stderr: '' };
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.setEncoding('utf8').on('data', (d: string) => (out.stdout += d));
  stderr.setEncoding('utf8').on('data', (d: string) => (out.stderr += d));
  return { io: { stdout, stderr, stdin: new PassThrough(), env: {} }, out };
}

describe('sandbox flags', () => {
  it('reads --rate-limit N/min or N/s, --latency MS and the documented --faults example', () => {
    expect(sandboxOptions({ 'rate-limit': '1500/min', latency: '50', faults: '429:0.1,500:0.05,reset:0.05' })).toEqual({
      port: 0,
      rateLimit: { perMinute: 1500 },
      latencyMs: 50,
      faults: { rate429: 0.1, rate500: 0.05, resetRate: 0.05 },
    });
    expect(sandboxOptions({ 'rate-limit': '25/s', port: '4010' })).toEqual({ port: 4010, rateLimit: { perSecond: 25 } });
    expect(sandboxOptions({})).toEqual({ port: 0 });
  });

  it.each([
    [['--rate-limit', '1500'], /^gatehouse: --rate-limit: "1500": expected requests per minute or per second, e\.g\. "1500\/min" or "25\/s"; see 'gatehouse sandbox --help'$/m],
    [['--rate-limit', '1500/hour'], /^gatehouse: --rate-limit: .*unknown unit "hour"/m],
    [['--rate-limit', '0/min'], /^gatehouse: --rate-limit: .*not a number above 0/m],
    [['--latency', 'slow'], /^gatehouse: --latency: "slow" is not a number of milliseconds \(0 or more\)/m],
    [['--latency=-5'], /^gatehouse: --latency: "-5" is not a number/m],
    [['--latency', ''], /^gatehouse: --latency: "" is not a number/m],
    [['--faults', '429:2'], /^gatehouse: --faults: faults: 429 must be a number between 0 and 1/m],
    [['--port', 'x'], /^gatehouse: --port must be a number from 0 to 65535/m],
  ])('gatehouse sandbox %j fails with one line naming the flag', async (args, message) => {
    const { io: streams, out } = io();
    expect(await main(['sandbox', '--seed', 'unused.yaml', ...args], streams)).toBe(1);
    expect(out.stderr).toMatch(message);
    expect(out.stdout).toBe('');
  });

  it('--help lists every flag and every fault key', async () => {
    const { io: streams, out } = io();
    expect(await main(['sandbox', '--help'], streams)).toBe(0);
    for (const text of ['--seed <FILE>', '--port <N>', '--rate-limit <N/min>', 'N/s', '--latency <MS>', '--faults <SPEC>', '429:0.1,500:0.05,reset:0.05']) {
      expect(out.stdout).toContain(text);
    }
    for (const key of ['429:', '500:', 'reset:', 'latency:', 'retry-after:', 'seed:', 'only:']) expect(out.stdout).toMatch(new RegExp(`^ +${key}`, 'm'));
    expect(out.stderr).toBe('');
  });
});

describe('a sandbox started with the flags', () => {
  it('says what it enforces, and answers over the budget with 429 after the latency', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'gatehouse-sandbox-cli-'));
    const seed = join(dir, 'seed.yaml');
    await writeFile(seed, 'version: 1\nasana:\n  workspaces:\n    - workspace: Acme\n      members: [alice@acme.com]\nsandbox:\n  token: cli-token\n');
    const { io: streams, out } = io();
    const before = { SIGTERM: new Set(process.listeners('SIGTERM')), SIGINT: new Set(process.listeners('SIGINT')) };
    const done = sandboxCommand({ seed, 'rate-limit': '60/min', latency: '120' }, streams);
    try {
      for (let i = 0; i < 1000 && !/Ctrl\+C/.test(out.stdout); i++) await new Promise((r) => setTimeout(r, 10));
      expect(out.stdout).toContain('rate limit 60/min per service; latency 120 ms; no faults');
      const base = /export ASANA_BASE_URL=(\S+)/.exec(out.stdout)?.[1];
      const get = async (): Promise<{ status: number; retryAfter: string | null; ms: number }> => {
        const t0 = performance.now();
        const res = await fetch(`${base!}/users/me`, { headers: { authorization: 'Bearer cli-token' } });
        await res.text();
        return { status: res.status, retryAfter: res.headers.get('retry-after'), ms: performance.now() - t0 };
      };
      // 60/min with a second's tolerance: two at once pass, the rest of a burst of five do not.
      const answers = await Promise.all(Array.from({ length: 5 }, get));
      const passed = answers.filter((a) => a.status === 200).length;
      expect(passed).toBeGreaterThanOrEqual(1);
      expect(passed).toBeLessThanOrEqual(2);
      const refused = answers.filter((a) => a.status === 429);
      expect(refused.length).toBeGreaterThanOrEqual(2);
      for (const a of [...answers]) expect(a.ms).toBeGreaterThanOrEqual(115);
      for (const a of refused) expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
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
});
