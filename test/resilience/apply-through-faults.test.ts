/**
 * The built CLI applies a file with Asana and Dreadnode places through a
 * sandbox that answers a share of all requests (reads and writes, both APIs)
 * with 429, 500 or a dropped connection — some dropped after the change was
 * made. Several fault seeds. Apply is run again while it reports failures, as
 * its own message says to; then:
 * - a second plan is empty, and the world holds exactly the memberships the
 *   file asks for plus the live ones it leaves alone;
 * - nothing was done twice in a way a person could see: no second invitation
 *   (account), each Dreadnode grant or permission change made exactly once
 *   (the grant log), permissions as the file says;
 * - every run's report told the truth: what it calls done landed, what it
 *   skipped did not, what it calls failed did not land unless the answer to
 *   a change that was made got lost (the client cannot know then).
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Plan } from '../../src/model/index.js';
import type { FaultOptions } from '../support/sandbox.js';
import { gatehouse, workdir } from '../integration/harness.js';
import {
  orgAsanaAfter,
  orgAsanaAfterPrune,
  orgDesired,
  orgDreadnodeAfter,
  orgDreadnodeWrites,
  orgSeed,
  orgSeedWithStrays,
} from './fixtures.js';
import { changeKey, claimsOf, reportProblems, type ApplyClaims } from './runs.js';
import {
  asanaMemberships,
  dreadnodeGrantEvents,
  dreadnodePermissions,
  duplicateAccounts,
  seededSandbox,
  worldSandbox,
  type SeededSandbox,
} from './world.js';

/** About one request in five meets a fault; retry-after 0 keeps 429s quick. */
const FAULTS: FaultOptions = { rate429: 0.08, rate500: 0.06, resetRate: 0.06, retryAfterSeconds: 0 };
const SEEDS = [3, 7, 19, 2024];
/** Runs of apply allowed before giving up: a change fails only when all 6 of its attempts meet faults. */
const MAX_RUNS = 4;

const open: SeededSandbox[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
async function started(s: Promise<SeededSandbox>): Promise<SeededSandbox> {
  const sandbox = await s;
  open.push(sandbox);
  return sandbox;
}

/** A run of apply and what was true of the sandbox it ran against. */
interface Run {
  claims: ApplyClaims;
  /** The sandbox had lost an answer to a write it had carried out (by the end of this run). */
  answersLost: boolean;
}

/** `gatehouse apply --yes` (plus `flags`) until it exits 0 or `maxRuns` runs were made; checks each run's exit on the way. */
async function applyUntilDone(sandbox: SeededSandbox, cwd: string, runs: Run[], maxRuns: number, flags: string[] = []): Promise<number | null> {
  let code: number | null = null;
  for (let i = 0; i < maxRuns && code !== 0; i++) {
    const writesBefore = sandbox.writes();
    const result = await gatehouse(['apply', 'access.yaml', '--yes', '--format', 'json', ...flags], sandbox.env, { cwd });
    expect(result.stderr, 'no stack trace').not.toMatch(/\n\s+at /);
    const claims = claimsOf(result);
    if (!claims.plan) {
      // A read gave up: the run must stop before writing anything.
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^gatehouse: .*(cannot read|cannot reach|gave up)/m);
      expect(sandbox.writes()).toBe(writesBefore);
    } else if (result.code !== 0) {
      expect(claims.failed.length + claims.skipped.length, result.stderr).toBeGreaterThan(0);
      expect(result.stderr).toContain('Run apply again');
    } else {
      expect(claims.failed.length + claims.skipped.length, result.stderr).toBe(0);
    }
    runs.push({ claims, answersLost: sandbox.running.stats().faults.resetAfterApply > 0 });
    code = result.code;
  }
  return code;
}

interface Expected {
  flags: string[];
  /** The first plan's summary. */
  summary: { add: number; change: number; remove: number };
  asana: string[];
  dreadnode: string[];
}
const withoutPrune: Expected = { flags: [], summary: { add: 25, change: 4, remove: 0 }, asana: orgAsanaAfter, dreadnode: orgDreadnodeAfter };

/** The second plan is empty, the reports told the truth, and the world is as the file says, each change made once. */
async function expectConverged(sandbox: SeededSandbox, cwd: string, runs: Run[], expected = withoutPrune): Promise<void> {
  const again = await gatehouse(['plan', 'access.yaml', '--format', 'json', '--detailed-exitcode', ...expected.flags], sandbox.env, { cwd });
  expect(again.stderr).toBe('');
  expect(again.code).toBe(0);
  const finalPlan = JSON.parse(again.stdout) as Plan;
  expect(finalPlan.changes).toEqual([]);

  // The first plan made is the whole job.
  const planned = runs.flatMap((r) => (r.claims.plan ? [r.claims] : []));
  expect(planned[0]!.plan!.summary).toMatchObject(expected.summary);

  // Each run's report against the plan made after it.
  const withPlans = runs.filter((r) => r.claims.plan);
  withPlans.forEach((run, i) => {
    const next = withPlans[i + 1]?.claims.plan ?? finalPlan;
    expect(reportProblems(run.claims, next, run.answersLost), `run ${i + 1}`).toEqual([]);
    // A note about a grant that was already there can only come from our own earlier attempt here.
    if (!run.answersLost) expect(run.claims.noted, `run ${i + 1}`).toEqual([]);
  });
  const doneKeys = runs.flatMap((r) => r.claims.done.map(changeKey));
  expect(new Set(doneKeys).size, 'a change reported done in two runs').toBe(doneKeys.length);

  // What a person would see.
  const world = sandbox.running.world;
  expect(asanaMemberships(world)).toEqual(expected.asana);
  expect(dreadnodePermissions(world)).toEqual(expected.dreadnode);
  expect(duplicateAccounts(world)).toEqual([]);
  expect(planned[0]!.plan!.changes.filter((c) => c.provider === 'dreadnode' && c.action !== 'remove').length).toBe(orgDreadnodeWrites);
  expect(dreadnodeGrantEvents(world), 'Dreadnode grants and permission changes made').toBe(orgDreadnodeWrites);
}

/** Faults seen over all seeds, to check that the runs met every kind (a lost answer to a write included). */
const seen = { '429': 0, '500': 0, reset: 0, resetAfterApply: 0 };
/** The seeds whose test finished (and so added to `seen`). */
const finished = new Set<number>();

describe('apply through 429s, 500s and dropped connections', () => {
  // After every test here, whatever order they ran in: the seeds met every kind of fault, including
  // answers lost after a write landed. Checked only when all of them finished: a seed that failed says
  // so itself, and a run of some seeds only (vitest -t) cannot show what all of them meet.
  afterAll(() => {
    if (finished.size < SEEDS.length) return;
    expect(seen['429'], 'the seeds met no 429').toBeGreaterThan(0);
    expect(seen['500'], 'the seeds met no 500').toBeGreaterThan(0);
    expect(seen.reset, 'the seeds met no connection dropped before the change was made').toBeGreaterThan(seen.resetAfterApply);
    expect(seen.resetAfterApply, 'the seeds met no answer lost after a write landed').toBeGreaterThan(0);
  });

  it.each(SEEDS)('seed %i: converges, changes nothing twice, and reports what landed', async (seed) => {
    const sandbox = await started(seededSandbox(orgSeed, { ...FAULTS, seed }));
    const cwd = await workdir({ 'access.yaml': orgDesired });
    const runs: Run[] = [];
    expect(await applyUntilDone(sandbox, cwd, runs, MAX_RUNS), `apply did not finish in ${MAX_RUNS} runs`).toBe(0);
    await expectConverged(sandbox, cwd, runs);

    const faults = sandbox.running.stats().faults;
    expect(faults['429'] + faults['500'] + faults.reset).toBeGreaterThan(0);
    for (const k of ['429', '500', 'reset', 'resetAfterApply'] as const) seen[k] += faults[k];
    finished.add(seed);
  });

  it('after an apply whose team adds all failed, apply through faults finishes the job and nothing else', async () => {
    // Every team add answers 500, however often it is sent.
    const broken = await started(seededSandbox(orgSeed, { rate500: 1, only: { method: 'POST', pathPrefix: '/api/1.0/teams/' } }));
    const cwd = await workdir({ 'access.yaml': orgDesired });
    const runs: Run[] = [];
    expect(await applyUntilDone(broken, cwd, runs, 1)).toBe(1);
    const first = runs[0]!.claims;
    expect(first.failed.map((c) => `${c.place.name} ${c.user}`).sort()).toEqual([
      'Design frank@acme.com',
      'Design heidi@acme.com',
      'Platform bob@acme.com',
      'Platform carol@acme.com',
      'Platform dan@acme.com',
      'Platform erin@acme.com',
    ]);
    expect(first.done).toHaveLength(29 - 6);

    // The same world, now served with random faults of every kind.
    const mended = await started(worldSandbox(broken.running.world, { ...FAULTS, seed: 11 }));
    expect(await applyUntilDone(mended, cwd, runs, MAX_RUNS)).toBe(0);
    expect(runs[1]!.claims.plan!.changes.map((c) => `${c.place.name} ${c.user}`).sort()).toEqual(
      first.failed.map((c) => `${c.place.name} ${c.user}`).sort(),
    );
    await expectConverged(mended, cwd, runs);
  });

  it.each([5, 23])('seed %i, with --prune: removals too; the token user is kept; nothing removed twice or put back', async (seed) => {
    const sandbox = await started(seededSandbox(orgSeedWithStrays, { ...FAULTS, seed }));
    const cwd = await workdir({ 'access.yaml': orgDesired });
    const runs: Run[] = [];
    // grace leaves the organisation: that removal deprovisions her, which --allow-deprovision consents to.
    expect(await applyUntilDone(sandbox, cwd, runs, MAX_RUNS, ['--prune', '--allow-deprovision']), `apply did not finish in ${MAX_RUNS} runs`).toBe(0);
    await expectConverged(sandbox, cwd, runs, {
      flags: ['--prune', '--allow-deprovision'],
      // grace (workspace, Platform), carol (Design), zed (red-team), oscar (blue-team).
      summary: { add: 25, change: 4, remove: 5 },
      asana: orgAsanaAfterPrune,
      dreadnode: orgDreadnodeAfter,
    });
  });
});
