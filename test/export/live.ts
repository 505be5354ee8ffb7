/**
 * For the export's integration tests: a sandbox from seed text, with a hook
 * to change the built world before it starts (what a seed cannot say: a
 * project shared with a team, a user without an email), and the
 * export-then-plan round trip through the built CLI.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import { loadSeed } from '../../src/pipeline/index.js';
import { buildWorld, startSandbox, type World } from '../support/sandbox.js';
import { gatehouse, workdir, type CliResult } from '../integration/harness.js';

export interface Live {
  env: Record<string, string>;
  /** Requests the sandbox has answered so far. */
  requests(): number;
  close(): Promise<void>;
}

export async function liveWorld(seed: string, change?: (world: World) => void): Promise<Live> {
  const dir = await mkdtemp(join(tmpdir(), 'gatehouse-export-seed-'));
  await writeFile(join(dir, 'seed.yaml'), seed);
  const { desired, sandbox } = await loadSeed(join(dir, 'seed.yaml'));
  const world = buildWorld(desired, sandbox);
  change?.(world);
  const server = await startSandbox(world, { port: 0 });
  return {
    env: {
      ASANA_BASE_URL: server.connection('asana').baseUrl,
      ASANA_TOKEN: server.connection('asana').token,
      DREADNODE_BASE_URL: server.connection('dreadnode').baseUrl,
      DREADNODE_TOKEN: server.connection('dreadnode').token,
      // As the integration harness does: budgets far above what a test sends, so pacing does not slow it.
      ASANA_RATE_LIMIT: '100000/s',
      DREADNODE_RATE_LIMIT: '100000/s',
    },
    requests: () => server.stats().total,
    close: () => server.close(),
  };
}

export interface RoundTrip {
  cwd: string;
  exported: CliResult;
  plan: CliResult;
}

/** `gatehouse export ARGS --out OUT`, then `gatehouse plan OUT`: both must succeed; returns both. */
export async function exportThenPlan(env: Record<string, string>, args: string[], out = 'live.yaml'): Promise<RoundTrip> {
  const cwd = await workdir({});
  const exported = await gatehouse(['export', ...args, '--out', out], env, { cwd });
  expect(exported.code, exported.stderr).toBe(0);
  const plan = await gatehouse(['plan', out, '--detailed-exitcode', '--format', 'json'], env, { cwd });
  expect(plan.code, `${plan.stdout}\n${plan.stderr}`).not.toBe(1);
  return { cwd, exported, plan };
}

/** The changes of a JSON plan, one line each (empty when the plan is). */
export function changesOf(plan: CliResult): string[] {
  const parsed = JSON.parse(plan.stdout) as { changes: { action: string; user: string; role?: string; place: { kind: string; name: string } }[] };
  return parsed.changes.map((c) => `${c.action} ${c.user}${c.role ? ` ${c.role}` : ''} at ${c.place.kind} ${c.place.name}`);
}
