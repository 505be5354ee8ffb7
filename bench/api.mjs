// The API part of the benchmark: a generated organisation (org.mjs) in the
// sandbox with Asana's paid-plan budget (1,500 requests a minute) and 50 ms of
// latency per request; the built CLI runs `plan`, `apply --yes`, then `plan`
// again, which must be empty. For each run: requests by route (the sandbox's
// count, so retries and refused requests count too), the lower bound
// (lower-bound.mjs), wall time, and the time the rate limit alone imposes.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDesired, loadSeed } from '../dist/pipeline/index.js';
import { asanaWorld } from '../dist/providers/asana/sandbox/part.js';
import { sandboxParts } from '../dist/providers/registry.js';
import { buildWorld, startSandbox } from '../dist/sandbox/index.js';
import { gatehouse } from './cli.mjs';
import { applyWriteBound, planBound } from './lower-bound.mjs';
import { generateOrg, missingCounts } from './org.mjs';
import { writeOrg } from './org-files.mjs';
import { sampleRoutes } from './timeline.mjs';

export const PER_MINUTE = 1500;
export const LATENCY_MS = 50;

/** The sandbox as the benchmark wants it: Asana's paid-plan budget and some latency. */
function sandboxOptions() {
  return { rateLimit: { perMinute: PER_MINUTE }, latencyMs: LATENCY_MS };
}

/**
 * @typedef {{
 *   name: string, args: string[], code: number | null, stdout: string, stderr: string,
 *   ms: number, maxRssKiB: number | undefined, requests: number, byRoute: Record<string, number>,
 *   throttled: number, rateLimited: number, terms: ReturnType<typeof planBound>, timeline: ReturnType<ReturnType<typeof sampleRoutes>['stop']>,
 * }} Phase
 */

/** Counts that grew between two snapshots of the sandbox's statistics. */
function delta(before, after) {
  const byRoute = {};
  for (const [route, n] of Object.entries(after.byRoute)) {
    const d = n - (before.byRoute[route] ?? 0);
    if (d > 0) byRoute[route] = d;
  }
  return {
    requests: after.total - before.total,
    byRoute,
    throttled: after.throttled - before.throttled,
    rateLimited: (after.rateLimited ?? 0) - (before.rateLimited ?? 0),
  };
}

/**
 * @param {{ workdir: string, log: (line: string) => void, size?: typeof import('./org.mjs').ORG_SIZE }} options size: smaller organisations for trying the script out
 */
export async function apiBench({ workdir, log, size }) {
  const org = generateOrg(size);
  const missing = missingCounts(org);
  const files = await writeOrg(org, workdir);
  // Loading the desired state is part of every run's start-up; timed here on its own.
  const loadStarted = performance.now();
  await loadDesired(files.desired);
  const loadMs = performance.now() - loadStarted;
  const seedStarted = performance.now();
  const { desired, sandbox: section } = await loadSeed(files.seed);
  const parts = sandboxParts();
  const server = await startSandbox(buildWorld(parts, desired, section), parts, sandboxOptions());
  const seedMs = performance.now() - seedStarted;
  const asana = server.connection('asana');
  const env = { ASANA_BASE_URL: asana.baseUrl, ASANA_TOKEN: asana.token };
  const budget = ['--rate-limit', `${PER_MINUTE}/min`];
  log(
    `Organisation: ${org.users.length.toLocaleString('en')} users in the file (+${org.liveOnly.length} live only), ` +
      `${org.teams.length} teams, ${org.projects.length.toLocaleString('en')} projects (${org.projects.filter((p) => p.managed).length.toLocaleString('en')} managed), ` +
      `${org.portfolios.length} portfolios and ${org.goals.length} goals; ` +
      `${missing.total.toLocaleString('en')} of the file's ${missing.wanted.toLocaleString('en')} memberships missing live ` +
      `(${((100 * missing.total) / missing.wanted).toFixed(1)}%).`,
  );
  log(`Sandbox seeded in ${(seedMs / 1000).toFixed(1)} s; the desired state loads in ${(loadMs / 1000).toFixed(1)} s.`);

  /** @returns {Promise<Phase>} */
  const run = async (name, args, terms) => {
    log(`${name}: gatehouse ${args.join(' ')} …`);
    const before = server.stats();
    const sampler = sampleRoutes(() => server.stats());
    const result = await gatehouse(args, env, join(workdir, `${name.replace(/\W+/g, '-')}.rss`));
    const timeline = sampler.stop();
    const counted = delta(before, server.stats());
    await writeFile(join(workdir, `${name.replace(/\W+/g, '-')}.out`), `${result.stdout}\n--- stderr ---\n${result.stderr}`);
    log(`${name}: exit ${result.code}, ${counted.requests} requests, ${(result.ms / 1000).toFixed(1)} s`);
    return { name, args, ...result, ...counted, terms, timeline };
  };

  try {
    const plan = await run('plan', ['plan', '--detailed-exitcode', ...budget, files.desired], planBound(asanaWorld(server), org));
    expect(plan.code === 2, plan, 'plan should exit 2 (changes present)');
    const planned = /Plan: (\d+) to add, (\d+) to change, (\d+) to remove\./.exec(plan.stdout);
    expect(planned !== null && Number(planned[1]) === missing.total, plan, `plan should add the ${missing.total} missing memberships`);
    expect(planned !== null && Number(planned[2]) === missing.changes, plan, `plan should change the ${missing.changes} levels that differ`);

    const apply = await run('apply', ['apply', '--yes', ...budget, files.desired], [...planBound(asanaWorld(server), org), ...applyWriteBound(missing)]);
    expect(apply.code === 0, apply, 'apply should exit 0');
    const done = missing.total + missing.changes;
    expect(apply.stdout.includes(`Apply: ${done} done, 0 failed, 0 skipped.`), apply, `apply should report ${done} done`);

    const again = await run('plan again', ['plan', '--detailed-exitcode', ...budget, files.desired], planBound(asanaWorld(server), org));
    expect(again.code === 0 && again.stdout.includes('No changes.'), again, 'the plan after apply must be empty');
    return { org, missing, phases: [plan, apply, again], costLine: costLine(plan.stdout), loadMs, seedMs };
  } finally {
    await server.close();
  }
}

/** The plan's own estimate of apply's cost, when the CLI prints one ("Apply: 312 requests (…), about 13 s at 1500/min"). */
function costLine(stdout) {
  return stdout.split('\n').find((l) => /^Apply: \d+ requests?\b.*, about /.test(l))?.trim();
}

function expect(ok, phase, what) {
  if (ok) return;
  const tail = (text) => text.split('\n').slice(-15).join('\n');
  throw new Error(`bench: ${what}, but ${phase.name} exited ${phase.code}.\nstdout (end):\n${tail(phase.stdout)}\nstderr (end):\n${tail(phase.stderr)}`);
}

