/**
 * Export of a generated organisation of 5,000 users (50 teams of about 100,
 * 200 projects), through the built CLI against the sandbox: then planning the
 * exported file (and the --split folder) against the same live state finds
 * nothing to do. The harness lifts the request budget, so the test is bound
 * by the sandbox, not by Asana's 1500/min (at that budget this export sends
 * about 560 requests and takes about 25 s).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bigFile } from '../../bench/generate.mjs';
import { changesOf, exportThenPlan } from '../export/live.js';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

const USERS = 5000;

let live: Sandbox;
beforeAll(async () => {
  live = await sandbox(bigFile(USERS, 200));
}, 120_000);
afterAll(() => live?.close());

describe('export of a large organisation', () => {
  it('one file: every member and place, and plan finds nothing to do', { timeout: 180_000 }, async () => {
    // Export alone first: the request count it reports is what the sandbox answered for it.
    const cwd = await workdir({});
    const before = live.requests();
    const exported = await gatehouse(['export', '--out', 'live.yaml'], live.env, { cwd });
    expect(exported.code, exported.stderr).toBe(0);
    const afterExport = live.requests();
    const reported = Number(/wrote to live\.yaml \((\d+) requests, ([\d.]+) s\)/.exec(exported.stderr)?.[1]);
    expect(reported).toBeGreaterThan(0);
    expect(afterExport - before).toBe(reported);
    const plan = await gatehouse(['plan', 'live.yaml', '--detailed-exitcode', '--format', 'json'], live.env, { cwd });
    expect(changesOf(plan)).toEqual([]);
    expect(plan.code).toBe(0);
    expect(live.requests() - afterExport).toBeGreaterThan(0);
    expect(exported.stderr).toContain(`Asana workspace "Acme" (`);
    expect(exported.stderr).toMatch(/: 5001 members, 50 teams, 200 projects, 0 portfolios, 0 goals; reading their members$/m);
    const validate = await gatehouse(['validate', 'live.yaml'], {}, { cwd });
    // 1 workspace + 50 teams + 200 projects; the token's own user is a member of the workspace and every team.
    expect(validate.stdout).toMatch(/valid \(1 file, 251 places, \d+ memberships\)/);
  });

  it('a --split folder: a file per team, and plan finds nothing to do', { timeout: 180_000 }, async () => {
    const { cwd, plan } = await exportThenPlan(live.env, ['--split'], 'access');
    expect(changesOf(plan)).toEqual([]);
    const teams = await readdir(join(cwd, 'access', 'asana', 'acme', 'teams'));
    expect(teams).toHaveLength(50);
  });
});
