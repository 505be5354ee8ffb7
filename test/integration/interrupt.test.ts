/**
 * SIGINT and SIGTERM sent to the built command, as a real process, while it
 * works against a rate-limited sandbox: apply stops starting requests,
 * reports what was done and what was not, and exits 130 or 143; the next
 * plan agrees with that report. plan and export stop at once.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadSeed } from '../../src/pipeline/index.js';
import { buildWorld, startSandbox, type RunningSandbox, type SandboxOptions } from '../support/sandbox.js';
import { manyAdds } from './fixtures.js';
import { gatehouse, root, workdir } from './harness.js';

let server: RunningSandbox | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const { seed, desired } = manyAdds(30);

/** The sandbox's budget is 600 requests a minute; the client keeps to 300: ten requests take two seconds. */
async function rateLimited(options: SandboxOptions = {}): Promise<{ env: Record<string, string>; posts: () => number }> {
  const dir = await workdir({ 'seed.yaml': seed });
  const { desired: live, sandbox: section } = await loadSeed(join(dir, 'seed.yaml'));
  server = await startSandbox(buildWorld(live, section), { port: 0, rateLimit: { perMinute: 600 }, ...options });
  const asana = server.connection('asana');
  const running = server;
  return {
    env: { ASANA_BASE_URL: asana.baseUrl, ASANA_TOKEN: asana.token, ASANA_RATE_LIMIT: '300/min' },
    posts: () => running.stats().byMethod['POST'] ?? 0,
  };
}

interface Running {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function start(args: string[], env: Record<string, string>, cwd: string): Running {
  const child = spawn(process.execPath, [join(root, 'dist/cli/main.js'), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...env },
    stdio: 'pipe',
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.end();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('close', (code, signal) => resolve({ code, signal })));
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}

async function until(condition: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** `workspace u3@acme.com` for each change a report line names after `prefix`. */
function named(stderr: string, prefix: 'failed: ' | 'skipped: '): string[] {
  return stderr
    .split('\n')
    .filter((line) => line.startsWith(prefix))
    .map((line) => {
      const m = /^\w+: +add (\S+) to asana (\w+) /.exec(line);
      if (!m) throw new Error(`unexpected report line: ${line}`);
      return `${m[2]} ${m[1]}`;
    });
}

describe('interrupting apply', () => {
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal}: finishes what is in flight, reports, exits ${code}; the next plan is what the report says was not done`, async () => {
      const live = await rateLimited();
      const cwd = await workdir({ 'access.yaml': desired });
      const run = start(['apply', 'access.yaml', '--yes'], live.env, cwd);
      await until(() => live.posts() >= 5, 'five writes');
      const sent = Date.now();
      run.child.kill(signal);
      const exit = await run.exited;
      // Requests in flight get up to 10 s; here they are answered at once.
      expect(Date.now() - sent).toBeLessThan(5_000);
      expect(exit).toEqual({ code, signal: null });

      const stdout = run.stdout();
      const stderr = run.stderr();
      const line = /^Apply: (\d+) done, (\d+) failed, (\d+) skipped\.$/m.exec(stdout);
      expect(line, stdout).not.toBeNull();
      const [done, failed, skipped] = line!.slice(1).map(Number) as [number, number, number];
      expect(done + failed + skipped).toBe(60);
      expect(done).toBeGreaterThanOrEqual(3);
      expect(skipped).toBeGreaterThan(0);
      expect(stderr).toMatch(new RegExp(`^gatehouse apply: ${signal}: starting nothing new`, 'm'));
      expect(stderr).toMatch(new RegExp(`^Interrupted by ${signal}: nothing new was started; \\d+ changes were not attempted\\.$`, 'm'));
      expect(stderr).toMatch(/^skipped: add \S+ to asana \w+ "[^"]+": not attempted: the run was interrupted$/m);
      expect(stderr).not.toMatch(/\n\s+at /);
      // Nothing was sent after the report: the sandbox saw no more writes than were answered.
      const notDone = [...named(stderr, 'failed: '), ...named(stderr, 'skipped: ')].sort();
      expect(notDone).toHaveLength(failed + skipped);

      const again = await gatehouse(['plan', 'access.yaml', '--format', 'json'], live.env, { cwd });
      expect(again.code).toBe(0);
      const planned = (JSON.parse(again.stdout).changes as Array<{ place: { kind: string }; user: string }>).map((c) => `${c.place.kind} ${c.user}`).sort();
      expect(planned).toEqual(notDone);
    });
  }

  it('a second SIGINT exits at once, without waiting for requests in flight', async () => {
    // Every write takes 30 s to answer: the first SIGINT would wait 10 s for them.
    const live = await rateLimited({ faults: { latencyMs: 30_000, only: { method: 'POST' } } });
    const cwd = await workdir({ 'access.yaml': desired });
    const run = start(['apply', 'access.yaml', '--yes'], live.env, cwd);
    await until(() => live.posts() >= 1, 'a write');
    run.child.kill('SIGINT');
    await until(() => run.stderr().includes('starting nothing new'), 'the first answer');
    const sent = Date.now();
    run.child.kill('SIGINT');
    const exit = await run.exited;
    expect(Date.now() - sent).toBeLessThan(2_000);
    expect(exit).toEqual({ code: 130, signal: null });
  });
});

describe('interrupting plan and export', () => {
  for (const [command, args] of [['plan', ['plan', 'access.yaml']], ['export', ['export', '--out', 'live.yaml']]] as const) {
    for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
      it(`${command}: ${signal} while reading ends it at once with exit ${code}`, async () => {
        // Every read takes 30 s to answer.
        const live = await rateLimited({ latencyMs: 30_000 });
        const cwd = await workdir({ 'access.yaml': desired });
        const run = start([...args], live.env, cwd);
        await until(() => (server?.stats().total ?? 0) >= 1, 'a read');
        const sent = Date.now();
        run.child.kill(signal);
        const exit = await run.exited;
        expect(Date.now() - sent).toBeLessThan(2_000);
        expect(exit).toEqual({ code, signal: null });
        // Its last line; export says what it was reading before.
        expect(run.stderr()).toMatch(new RegExp(`(^|\n)gatehouse ${command}: interrupted by ${signal}\\. Nothing was changed\\.\n$`));
        expect(run.stdout()).toBe('');
        // No file, whole or partial.
        expect(await readdir(cwd)).toEqual(['access.yaml']);
      });
    }
  }
});
