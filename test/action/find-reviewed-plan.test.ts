/**
 * apply.yml's lookup of the reviewed plan, run as the runner would run it:
 * its `run:` script in bash, with real `jq` and a stand-in `gh` that answers
 * from canned GitHub API JSON and records what it was asked.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../integration/harness.js';
import { parseOutputFile } from './runner.js';

const hasJq = spawnSync('jq', ['--version'], { encoding: 'utf8' }).status === 0;

type Step = { id?: string; run?: string; env?: Record<string, string> };
const apply = parse(readFileSync(join(root, 'examples/github/apply.yml'), 'utf8')) as { jobs: { apply: { steps: Step[] } } };
const lookup = apply.jobs.apply.steps.find((s) => s.id === 'reviewed')!;

const REPO = 'acme/access';
const MERGED = 'a'.repeat(40); // the push: the merge commit of pull request 7
const HEAD = 'b'.repeat(40); // the last commit of pull request 7 (and of 6)
const fp = (c: string) => c.repeat(64);

interface Pull {
  number: number;
  merged_at: string | null;
  merge_commit_sha: string | null;
  base: { ref: string };
  head: { sha: string; ref: string; repo: { full_name: string } | null };
}

const pull = (number: number, base: string, merge: string | null, repo = REPO): Pull => ({
  number,
  merged_at: merge ? '2025-05-01T10:00:00Z' : null,
  merge_commit_sha: merge,
  base: { ref: base },
  head: { sha: HEAD, ref: 'add-carol', repo: { full_name: repo } },
});

const run = (id: number, created: string, prs: Array<[number, string]>, over: Record<string, unknown> = {}) => ({
  id,
  event: 'pull_request',
  status: 'completed',
  conclusion: 'success',
  head_sha: HEAD,
  head_branch: 'add-carol',
  head_repository: { full_name: REPO },
  created_at: created,
  pull_requests: prs.map(([number, base]) => ({ number, base: { ref: base }, head: { ref: 'add-carol', sha: HEAD } })),
  ...over,
});

/** The stand-in for the gh CLI: GitHub's answers come from files in $FIXTURES. */
const ghStub = `#!/usr/bin/env bash
printf '%s\\n' "$*" >> "$FIXTURES/calls"
if [ "$1" = api ]; then
  case "$2" in
    */commits/*/pulls*) cat "$FIXTURES/pulls.json" ;;
    */actions/workflows/*/runs*) cat "$FIXTURES/runs.json" ;;
    *) echo "unexpected: $*" >&2; exit 1 ;;
  esac
elif [ "$1" = run ] && [ "$2" = download ]; then
  id=$3; shift 3; dir=
  while [ $# -gt 0 ]; do case "$1" in --dir) dir=$2; shift 2 ;; *) shift ;; esac; done
  if [ -e "$FIXTURES/artifact-$id.json" ]; then mkdir -p "$dir" && cp -R "$FIXTURES/artifact-$id.json" "$dir/gatehouse-plan.json"
  else echo "no valid artifacts found to download" >&2; exit 1; fi
else
  echo "unexpected: $*" >&2; exit 1
fi
`;

async function lookUp(fixtures: { pulls: unknown; runs: unknown[]; artifacts?: Record<number, string | { folder: true }> }) {
  const dir = await mkdtemp(join(tmpdir(), 'gatehouse-lookup-'));
  const bin = join(dir, 'bin');
  const data = join(dir, 'fixtures');
  await mkdir(bin);
  await mkdir(data);
  await writeFile(join(bin, 'gh'), ghStub);
  await chmod(join(bin, 'gh'), 0o755);
  await writeFile(join(data, 'pulls.json'), JSON.stringify(fixtures.pulls));
  await writeFile(join(data, 'runs.json'), JSON.stringify({ total_count: fixtures.runs.length, workflow_runs: fixtures.runs }));
  for (const [id, artifact] of Object.entries(fixtures.artifacts ?? {})) {
    if (typeof artifact === 'string') await writeFile(join(data, `artifact-${id}.json`), artifact);
    else await mkdir(join(data, `artifact-${id}.json`));
  }
  await writeFile(join(dir, 'output'), '');
  // The checkout the step runs in, and the runner's temporary folder beside it (as on GitHub).
  const workspace = join(dir, 'workspace');
  const runnerTemp = join(dir, 'runner-temp');
  await mkdir(workspace);
  await mkdir(runnerTemp);
  // The step's own literal env (PLAN_WORKFLOW), then what its expressions would give.
  const literal = Object.fromEntries(Object.entries(lookup.env ?? {}).filter(([, v]) => !String(v).includes('${{')));
  const env = {
    PATH: `${bin}:${process.env.PATH ?? ''}`,
    ...literal,
    GH_TOKEN: 'ghs_test',
    GH_REPO: REPO,
    DEFAULT_BRANCH: 'main',
    GITHUB_SHA: MERGED,
    GITHUB_OUTPUT: join(dir, 'output'),
    RUNNER_TEMP: runnerTemp,
    FIXTURES: data,
  };
  const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-c', lookup.run!], { cwd: workspace, env, encoding: 'utf8' });
  const calls = await readFile(join(data, 'calls'), 'utf8').catch(() => '');
  const download = /^run download \S+ .*--dir (\S+)/m.exec(calls)?.[1];
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs: parseOutputFile(await readFile(join(dir, 'output'), 'utf8')),
    calls,
    /** Where the artifact was downloaded, if it was, relative to RUNNER_TEMP; and whether that folder is still there. */
    download: download === undefined ? undefined : { under: relative(runnerTemp, download), left: existsSync(download) },
    /** What the step left in the checkout and in RUNNER_TEMP. */
    leftInWorkspace: readdirSync(workspace),
    leftInTemp: readdirSync(runnerTemp),
  };
}

const plan = (fingerprint: string) => JSON.stringify({ kind: 'gatehouse-saved-plan', version: 1, config: 'access', plan: { fingerprint } });

describe.skipIf(!hasJq)(`apply.yml finds the reviewed plan${hasJq ? '' : ' (skipped: jq is not on PATH here; GitHub runners have it)'}`, () => {
  it('takes the pull request merged as this commit into main, not the first one listed, and the plan run that names it', async () => {
    const result = await lookUp({
      // Two merged pull requests with the same head commit: 6 (into release) is listed first.
      pulls: [pull(6, 'release', 'c'.repeat(40)), pull(7, 'main', MERGED)],
      runs: [
        run(300, '2025-05-01T09:30:00Z', [[6, 'release']]), // newest, but another pull request's
        run(200, '2025-05-01T09:00:00Z', [[7, 'main']]),
        run(100, '2025-05-01T09:10:00Z', []),
        run(400, '2025-05-01T09:50:00Z', [[7, 'main']], { conclusion: 'failure' }),
      ],
      artifacts: { 100: plan(fp('1')), 200: plan(fp('2')), 300: plan(fp('3')), 400: plan(fp('4')) },
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({ fingerprint: fp('2') });
    expect(result.stdout).toContain(`Reviewed plan: pull request #7, run 200, fingerprint ${fp('2')}.`);
    // The lookup went by the plan workflow's file name and the merged pull request's head commit.
    expect(result.calls).toContain(`api repos/${REPO}/commits/${MERGED}/pulls?per_page=100`);
    expect(result.calls).toContain(`api repos/${REPO}/actions/workflows/gatehouse-plan.yml/runs?event=pull_request&status=success&head_sha=${HEAD}&per_page=100`);
    expect(result.calls).toContain('run download 200 --name gatehouse-plan --dir');
  });

  it('downloads the artifact into a fresh folder under RUNNER_TEMP, never the checkout, and removes it before the step ends', async () => {
    const artifacts: Array<string | { folder: true }> = [plan(fp('2')), 'not json', { folder: true }];
    for (const artifact of artifacts) {
      const result = await lookUp({ pulls: [pull(7, 'main', MERGED)], runs: [run(200, '2025-05-01T09:00:00Z', [[7, 'main']])], artifacts: { 200: artifact } });
      const what = JSON.stringify(artifact);
      expect(result.code, what).toBe(0);
      expect(result.download, what).toEqual({ under: expect.stringMatching(/^reviewed-plan\.[A-Za-z0-9]{10}$/), left: false });
      expect(result.leftInTemp, what).toEqual([]);
      expect(result.leftInWorkspace, what).toEqual([]);
    }
    // The artifact could not be downloaded: the fresh folder is removed all the same.
    const missing = await lookUp({ pulls: [pull(7, 'main', MERGED)], runs: [run(200, '2025-05-01T09:00:00Z', [[7, 'main']])] });
    expect(missing.outputs).toEqual({ reason: 'run 200 of gatehouse-plan.yml kept no gatehouse-plan artifact (expired?).' });
    expect(missing.download?.left).toBe(false);
    expect(missing.leftInTemp).toEqual([]);
  });

  it('takes the newest run that names no pull request when none names this one (GitHub empties the list once a pull request is closed)', async () => {
    const result = await lookUp({
      pulls: [pull(7, 'main', MERGED)],
      runs: [
        run(500, '2025-05-01T11:00:00Z', [[8, 'main']]), // still open, same branch: not ours
        run(110, '2025-05-01T09:00:00Z', []),
        run(120, '2025-05-01T10:00:00Z', []),
        run(130, '2025-05-01T10:30:00Z', [], { head_branch: 'elsewhere' }),
        run(140, '2025-05-01T10:40:00Z', [], { head_repository: { full_name: 'mallory/access' } }),
      ],
      artifacts: { 110: plan(fp('a')), 120: plan(fp('b')), 130: plan(fp('c')), 140: plan(fp('d')), 500: plan(fp('e')) },
    });
    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({ fingerprint: fp('b') });
  });

  it('finds no reviewed plan when the plan run kept no artifact: a reason, no fingerprint, and the step still succeeds', async () => {
    const result = await lookUp({ pulls: [pull(7, 'main', MERGED)], runs: [run(200, '2025-05-01T09:00:00Z', [[7, 'main']])] });
    expect(result.code).toBe(0);
    expect(result.outputs).toEqual({ reason: 'run 200 of gatehouse-plan.yml kept no gatehouse-plan artifact (expired?).' });
  });

  it('takes nothing from an artifact but a well-formed fingerprint', async () => {
    for (const artifact of [plan('F'.repeat(64)), plan(`${fp('1')}\n${fp('2')}`), '{"plan": {"fingerprint": ["x"]}}', 'not json', { folder: true as const }]) {
      const result = await lookUp({ pulls: [pull(7, 'main', MERGED)], runs: [run(200, '2025-05-01T09:00:00Z', [[7, 'main']])], artifacts: { 200: artifact } });
      expect(result.code, JSON.stringify(artifact)).toBe(0);
      expect(result.outputs, JSON.stringify(artifact)).toEqual({ reason: 'the gatehouse-plan artifact of run 200 holds no plan fingerprint.' });
    }
  });

  it('finds no reviewed plan for a direct push, a pull request into another branch, a fork, or no successful plan run', async () => {
    const cases: Array<[string, Parameters<typeof lookUp>[0], string]> = [
      ['direct push', { pulls: [], runs: [] }, `no pull request into main was merged as ${MERGED} (a direct push?).`],
      ['other base', { pulls: [pull(7, 'release', MERGED)], runs: [] }, `no pull request into main was merged as ${MERGED} (a direct push?).`],
      ['not merged', { pulls: [pull(7, 'main', null)], runs: [] }, `no pull request into main was merged as ${MERGED} (a direct push?).`],
      ['fork', { pulls: [pull(7, 'main', MERGED, 'mallory/access')], runs: [] }, 'pull request #7 came from a fork; forks are not planned.'],
      [
        'no run',
        { pulls: [pull(7, 'main', MERGED)], runs: [run(200, '2025-05-01T09:00:00Z', [[7, 'main']], { conclusion: 'failure' })], artifacts: { 200: plan(fp('2')) } },
        `no successful gatehouse-plan.yml run planned pull request #7 at its last commit ${HEAD}.`,
      ],
    ];
    for (const [name, fixtures, reason] of cases) {
      const result = await lookUp(fixtures);
      expect(result.code, name).toBe(0);
      expect(result.outputs, name).toEqual({ reason });
    }
  });
});
