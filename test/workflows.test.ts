/**
 * Every workflow and action.yml in the repository parses and holds together, so
 * a broken one fails CI here rather than on GitHub: the structure GitHub
 * requires (a small JSON Schema, checked with ajv), action references pinned
 * to at least a major version, no pull_request_target, shell scripts that
 * parse and take values only through env:, and the Gatehouse steps' with:
 * and outputs matching action.yml.
 */
import { Ajv } from 'ajv';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { deprecatedInputs, inputNames, inputVariables } from '../src/action/inputs.js';
import { root } from './integration/harness.js';

type Step = { id?: string; name?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, unknown>; if?: string; shell?: string };
type Job = { steps?: Step[]; 'runs-on'?: unknown; uses?: string; concurrency?: unknown };
type Workflow = { on: any; jobs: Record<string, Job>; concurrency?: any; permissions?: any; env?: Record<string, string> };

const yamlFiles = (dir: string) =>
  existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(root, dir, f)) : [];
const workflowFiles = [...yamlFiles('.github/workflows'), ...yamlFiles('examples/github')];
const actionFile = join(root, 'action.yml');
const name = (file: string) => relative(root, file);

function load(file: string): any {
  const doc = parseDocument(readFileSync(file, 'utf8'), { uniqueKeys: true, prettyErrors: true });
  expect(doc.errors.map(String), name(file)).toEqual([]);
  expect(doc.warnings.map(String), name(file)).toEqual([]);
  return doc.toJS();
}

const stepSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    id: { type: 'string', pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
    if: { type: ['string', 'boolean'] },
    name: { type: 'string' },
    uses: { type: 'string', pattern: '^(\\./.*|docker://.+|[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+@(v\\d+(\\.\\d+){0,2}|[0-9a-f]{40}))$' },
    run: { type: 'string', minLength: 1 },
    shell: { type: 'string' },
    with: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
    env: { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } },
    'continue-on-error': { type: ['boolean', 'string'] },
    'timeout-minutes': { type: ['number', 'string'] },
    'working-directory': { type: 'string' },
  },
  oneOf: [{ required: ['uses'], not: { required: ['run'] } }, { required: ['run'], not: { required: ['uses'] } }],
};
const permission = { enum: ['read', 'write', 'none'] };
const workflowSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['on', 'jobs'],
  properties: {
    name: { type: 'string' },
    'run-name': { type: 'string' },
    on: {
      anyOf: [
        { type: 'string' },
        { type: 'array', items: { type: 'string' } },
        { type: 'object', minProperties: 1, propertyNames: { not: { const: 'pull_request_target' } } },
      ],
      not: { anyOf: [{ const: 'pull_request_target' }, { type: 'array', contains: { const: 'pull_request_target' } }] },
    },
    permissions: { anyOf: [{ enum: ['read-all', 'write-all'] }, { type: 'object', additionalProperties: permission }] },
    env: { type: 'object' },
    defaults: { type: 'object' },
    concurrency: {
      anyOf: [{ type: 'string' }, { type: 'object', required: ['group'], additionalProperties: false, properties: { group: { type: 'string' }, 'cancel-in-progress': { type: ['boolean', 'string'] } } }],
    },
    jobs: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[A-Za-z_][A-Za-z0-9_-]*$' },
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        properties: {
          name: { type: 'string' },
          needs: { type: ['string', 'array'] },
          if: { type: ['string', 'boolean'] },
          'runs-on': { type: ['string', 'array', 'object'] },
          environment: { type: ['string', 'object'] },
          permissions: { anyOf: [{ enum: ['read-all', 'write-all'] }, { type: 'object', additionalProperties: permission }] },
          concurrency: { type: ['string', 'object'] },
          outputs: { type: 'object' },
          env: { type: 'object' },
          defaults: { type: 'object' },
          'timeout-minutes': { type: ['number', 'string'] },
          strategy: { type: 'object' },
          'continue-on-error': { type: ['boolean', 'string'] },
          container: { type: ['string', 'object'] },
          services: { type: 'object' },
          uses: { type: 'string' },
          with: { type: 'object' },
          secrets: { type: ['string', 'object'] },
          steps: { type: 'array', minItems: 1, items: stepSchema },
        },
        oneOf: [{ required: ['runs-on', 'steps'] }, { required: ['uses'] }],
      },
    },
  },
};
const actionSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['name', 'description', 'runs'],
  properties: {
    name: { type: 'string' },
    description: { type: 'string' },
    author: { type: 'string' },
    branding: { type: 'object' },
    inputs: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['description'],
        properties: { description: { type: 'string' }, required: { type: 'boolean' }, default: { type: 'string' }, deprecationMessage: { type: 'string' } },
      },
    },
    // A JavaScript action's outputs are what it writes to GITHUB_OUTPUT: no value mapping.
    outputs: {
      type: 'object',
      additionalProperties: { type: 'object', additionalProperties: false, required: ['description'], properties: { description: { type: 'string' } } },
    },
    runs: {
      type: 'object',
      additionalProperties: false,
      required: ['using', 'main'],
      properties: {
        // The runtimes GitHub's runner takes for a JavaScript action (docs: metadata syntax, runs.using).
        using: { enum: ['node20', 'node24'] },
        main: { type: 'string', pattern: '^[^/].*\\.m?js$' },
      },
    },
  },
};

const ajv = new Ajv({ allErrors: true, strict: false });
const validWorkflow = ajv.compile(workflowSchema);
const validAction = ajv.compile(actionSchema);

const action = load(actionFile);
const workflows = workflowFiles.map((file) => ({ file, name: name(file), data: load(file) as Workflow }));

/** Steps that use this repository's action, by any of its names. */
const isGatehouse = (uses: string | undefined) => uses !== undefined && (uses === './' || /^[^/]+\/gatehouse@/.test(uses));

function allSteps(file: string, data: { jobs?: Record<string, Job>; runs?: { steps?: Step[] } }): Array<{ where: string; step: Step; steps: Step[] }> {
  if (data.runs) return (data.runs.steps ?? []).map((step) => ({ where: name(file), step, steps: data.runs!.steps! }));
  return Object.entries(data.jobs ?? {}).flatMap(([job, spec]) => (spec.steps ?? []).map((step) => ({ where: `${name(file)} job ${job}`, step, steps: spec.steps! })));
}

describe('workflow and action files', () => {
  it('are found', () => {
    expect(workflows.map((w) => w.name).sort()).toEqual(
      expect.arrayContaining(['.github/workflows/ci.yml', 'examples/github/adopt.yml', 'examples/github/apply.yml', 'examples/github/drift.yml', 'examples/github/plan.yml']),
    );
  });

  it.each(workflowFiles.map(name))('%s has the structure GitHub requires, and no pull_request_target', (file) => {
    const data = workflows.find((w) => w.name === file)!.data;
    expect(validWorkflow(data), JSON.stringify(validWorkflow.errors, null, 1)).toBe(true);
  });

  it('action.yml has the structure GitHub requires of a JavaScript action', () => {
    expect(validAction(action), JSON.stringify(validAction.errors, null, 1)).toBe(true);
  });

  it('the schemas catch what they are meant to catch', () => {
    expect(validWorkflow({ on: { pull_request_target: {} }, jobs: { a: { 'runs-on': 'x', steps: [{ run: 'true' }] } } })).toBe(false);
    expect(validWorkflow({ on: 'push', jobs: { a: { 'runs-on': 'x', steps: [{ uses: 'actions/checkout@main' }] } } })).toBe(false);
    expect(validWorkflow({ on: 'push', jobs: { a: { 'runs-on': 'x', steps: [{ uses: 'actions/checkout@v4', run: 'true' }] } } })).toBe(false);
    expect(validWorkflow({ on: 'push', jobs: { a: { steps: [{ run: 'true' }] } } })).toBe(false);
    expect(validAction({ ...action, runs: { using: 'composite', steps: [{ run: 'true' }] } })).toBe(false);
    expect(validAction({ ...action, runs: { using: 'node16', main: 'action/index.mjs' } })).toBe(false);
    expect(validAction({ ...action, runs: { using: 'node24' } })).toBe(false);
    expect(validAction({ ...action, outputs: { a: { description: 'a', value: '${{ steps.x.outputs.a }}' } } })).toBe(false);
  });

  it('every run: script parses as bash and takes workflow values through env:, never ${{ }} (no script injection)', () => {
    for (const { file, data } of [...workflows, { file: actionFile, data: action }]) {
      for (const { where, step } of allSteps(file, data)) {
        if (step.run === undefined) continue;
        expect(step.run, `${where}: ${step.name ?? step.run}`).not.toContain('${{');
        const check = spawnSync('bash', ['-n', '-c', step.run], { encoding: 'utf8' });
        expect(check.status, `${where}: ${check.stderr}`).toBe(0);
      }
    }
  });

  it('every ${{ }} is closed and refers to a step output that exists', () => {
    const actionOutputs = new Set(Object.keys(action.outputs));
    for (const { file, data } of [...workflows, { file: actionFile, data: action }]) {
      const text = readFileSync(file, 'utf8');
      expect(text.split('${{').length, `${name(file)}: unclosed \${{`).toBe(text.split('}}').length);
      for (const { where, step, steps } of allSteps(file, data)) {
        for (const [, id, output] of JSON.stringify(step).matchAll(/steps\.([A-Za-z0-9_-]+)\.(?:outputs\.([A-Za-z0-9_-]+)|outcome|conclusion)/g)) {
          const target = steps.find((s) => s.id === id);
          expect(target, `${where}: steps.${id} is not a step of this job`).toBeDefined();
          expect(steps.indexOf(target!), `${where}: steps.${id} runs later`).toBeLessThan(steps.indexOf(step));
          if (output && isGatehouse(target!.uses)) expect(actionOutputs, `${where}: the action has no output ${output}`).toContain(output);
        }
      }
    }
  });

  it("every Gatehouse step's with: names inputs of action.yml and gives the required ones", () => {
    const inputs = action.inputs as Record<string, { required?: boolean }>;
    let used = 0;
    for (const { file, data } of workflows) {
      for (const { where, step } of allSteps(file, data)) {
        if (!isGatehouse(step.uses)) continue;
        used += 1;
        for (const key of Object.keys(step.with ?? {})) expect(Object.keys(inputs), `${where}: with.${key}`).toContain(key);
        for (const [key, spec] of Object.entries(inputs)) if (spec.required) expect(step.with, `${where}: needs with.${key}`).toHaveProperty(key);
      }
    }
    expect(used).toBeGreaterThanOrEqual(7);
  });

  it('action.yml declares every input the entry point reads, in its order, and nothing else but deprecated inputs', () => {
    const inputs = action.inputs as Record<string, { deprecationMessage?: string }>;
    const read = Object.keys(inputs).filter((input) => !deprecatedInputs.includes(input));
    expect(read).toEqual([...inputNames]);
    for (const input of deprecatedInputs) expect(inputs[input]!.deprecationMessage, input).toMatch(/ignored/);
    for (const input of read) expect(inputs[input]!.deprecationMessage, input).toBeUndefined();
    // The runner's variable for each: INPUT_ and the name in upper case, - kept.
    expect(inputVariables['fail-on-changes']).toBe('INPUT_FAIL-ON-CHANGES');
  });

  it('action.yml runs one prebuilt file on the runner\'s Node.js: no steps, so nothing is installed or built, and no other code sees the tokens', () => {
    expect(action.runs.main).toBe('action/index.mjs');
    expect(existsSync(join(root, action.runs.main))).toBe(true);
    // Nor pre: or post: scripts: the bundle is the only code the step runs.
    expect(Object.keys(action.runs).sort()).toEqual(['main', 'using']);
  });

  it('action.yml never invites applying a saved plan from an artifact: apply it in the same job; after merge, expect-fingerprint', () => {
    const inputs = action.inputs as Record<string, { description: string }>;
    for (const name of ['path', 'out']) {
      expect(inputs[name]!.description, name).not.toMatch(/apply it after merge|upload it as an artifact, and apply/i);
      expect(inputs[name]!.description, name).toMatch(/same job/);
      expect(inputs[name]!.description, name).toMatch(/never apply a (downloaded saved plan|saved plan downloaded from an artifact)/i);
    }
    expect(inputs.out!.description).toMatch(/expect-fingerprint/);
    // No example applies a saved plan, nor downloads one into the workspace. (ci.yml applies one in the job that wrote it.)
    for (const { file, data } of workflows.filter((w) => w.name.startsWith('examples/'))) {
      for (const { where, step } of allSteps(file, data)) {
        if (isGatehouse(step.uses) && step.with?.command === 'apply') expect(String(step.with.path), where).not.toMatch(/\.json$/);
        expect(step.uses ?? '', where).not.toMatch(/^actions\/download-artifact@/);
      }
    }
  });

  it('every Gatehouse apply names what was reviewed: expect-fingerprint, or a saved plan .json', () => {
    let applies = 0;
    for (const { file, data } of workflows) {
      for (const { where, step } of allSteps(file, data)) {
        if (!isGatehouse(step.uses) || step.with?.command !== 'apply') continue;
        applies += 1;
        const named = String(step.with['expect-fingerprint'] ?? '') !== '' || /\.json$/.test(String(step.with.path));
        expect(named, where).toBe(true);
      }
    }
    expect(applies).toBeGreaterThanOrEqual(2);
  });

  it("ci.yml's action job waits for the sandbox's exports, and fails saying so when they never come", async () => {
    const ci = workflows.find((w) => w.name === '.github/workflows/ci.yml')!.data;
    const start = ci.jobs.action!.steps!.find((s) => s.name === 'Start the sandbox')!;
    const runStart = async (nodeScript: string) => {
      const dir = await mkdtemp(join(tmpdir(), 'gatehouse-ci-'));
      await mkdir(join(dir, 'bin'));
      await writeFile(join(dir, 'bin/npm'), '#!/usr/bin/env bash\nexit 0\n');
      await writeFile(join(dir, 'bin/node'), `#!/usr/bin/env bash\n${nodeScript}\n`);
      await chmod(join(dir, 'bin/npm'), 0o755);
      await chmod(join(dir, 'bin/node'), 0o755);
      await writeFile(join(dir, 'env'), '');
      const env = { PATH: `${join(dir, 'bin')}:${process.env.PATH ?? ''}`, RUNNER_TEMP: dir, GITHUB_ENV: join(dir, 'env') };
      const started = Date.now();
      const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-c', start.run!], { cwd: dir, env, encoding: 'utf8', timeout: 30_000 });
      return { ...result, seconds: (Date.now() - started) / 1000, githubEnv: await readFile(join(dir, 'env'), 'utf8') };
    };
    const ok = await runStart("echo 'Sandbox serving…'; echo '  export ASANA_BASE_URL=http://127.0.0.1:1/api/1.0'; echo '  export ASANA_TOKEN=sandbox-token'; exec sleep 1");
    expect(ok.status, ok.stdout + ok.stderr).toBe(0);
    expect(ok.githubEnv).toBe('ASANA_BASE_URL=http://127.0.0.1:1/api/1.0\nASANA_TOKEN=sandbox-token\n');
    const crashed = await runStart("echo 'gatehouse: cannot read the seed' >&2; exit 1");
    expect(crashed.status).toBe(1);
    expect(crashed.stdout).toContain('::error title=Sandbox::The sandbox did not print its exports');
    expect(crashed.stdout).toContain('gatehouse: cannot read the seed');
    expect(crashed.seconds).toBeLessThan(5); // it did not wait for a sandbox that had exited
    expect(crashed.githubEnv).toBe('');
  });
});

describe('the example workflows do what docs/github-actions.md says', () => {
  const byName = (n: string) => workflows.find((w) => w.name === `examples/github/${n}`)!.data;

  it('plan.yml runs on pull_request into the branch apply.yml applies, saves the plan as an artifact and keeps one comment up to date', () => {
    const plan = byName('plan.yml');
    expect(Object.keys(plan.on)).toEqual(['pull_request']);
    expect(plan.on.pull_request.branches).toEqual(byName('apply.yml').on.push.branches);
    const steps = plan.jobs.plan!.steps!;
    expect(steps.find((s) => s.id === 'plan')).toMatchObject({ with: { command: 'plan', out: 'gatehouse-plan.json' } });
    // overwrite: "Re-run jobs" uploads the artifact again under the same name.
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))).toMatchObject({ with: { name: 'gatehouse-plan', overwrite: true } });
    const comment = steps.find((s) => s.uses?.startsWith('marocchino/sticky-pull-request-comment@'))!;
    expect(comment.with).toMatchObject({ header: 'gatehouse', path: expect.stringContaining('steps.plan.outputs.markdown-file') });
    expect(plan.permissions).toEqual({ contents: 'read', 'pull-requests': 'write' });
  });

  it("apply.yml runs on push to the default branch, never two at once, and applies the merged files with the reviewed plan's fingerprint", () => {
    const apply = byName('apply.yml');
    expect(apply.on.push.branches).toEqual(['main']);
    expect(apply.concurrency).toEqual({ group: 'gatehouse-apply', 'cancel-in-progress': false });
    const steps = apply.jobs.apply!.steps!;
    const run = steps.find((s) => isGatehouse(s.uses) && s.with?.command === 'apply')!;
    // The files from this checkout, never a path the artifact supplies; the artifact gives only a fingerprint.
    expect(run.with).toEqual({
      command: 'apply',
      path: '${{ env.GATEHOUSE_PATH }}',
      'expect-fingerprint': "${{ github.event_name == 'push' && steps.reviewed.outputs.fingerprint || inputs.fingerprint }}",
    });
    expect(run.if).toBe("github.event_name == 'workflow_dispatch' || steps.reviewed.outputs.fingerprint != ''");
    expect(JSON.stringify(apply)).not.toContain('plan-file');
    const lookup = steps.find((s) => s.id === 'reviewed')!;
    expect(lookup.run).toContain('--name gatehouse-plan');
    expect(lookup.run).toContain(".plan.fingerprint");
    expect(lookup.run).toContain('^[0-9a-f]{64}$');
    // The artifact is never unpacked into the checkout: no download-artifact (its default is the workspace), and gh into a fresh temporary folder.
    expect(steps.some((s) => s.uses?.startsWith('actions/download-artifact@'))).toBe(false);
    expect(lookup.run).toContain('dir=$(mktemp -d "$RUNNER_TEMP/');
    expect(lookup.run).toMatch(/gh run download "\$run" --name gatehouse-plan --dir "\$dir"/);
    // Removed before the Apply step, which comes after the lookup.
    expect(steps.indexOf(lookup)).toBeLessThan(steps.indexOf(run));
    expect(apply.on.workflow_dispatch.inputs.fingerprint.required).toBe(true);
  });

  it('apply.yml, with no reviewed plan, applies nothing: it plans, so the job summary shows the fresh plan and its fingerprint, then fails', () => {
    const steps = byName('apply.yml').jobs.apply!.steps!;
    const fresh = steps.find((s) => s.id === 'fresh')!;
    expect(isGatehouse(fresh.uses)).toBe(true);
    expect(fresh.with).toEqual({ command: 'plan', path: '${{ env.GATEHOUSE_PATH }}' });
    // !cancelled(): it runs also when the lookup step fails with an error, so the job summary shows the fresh plan.
    expect(fresh.if).toBe("${{ !cancelled() && github.event_name == 'push' && steps.reviewed.outputs.fingerprint == '' }}");
    const fail = steps.at(-1)!;
    expect(fail.if).toBe("${{ !cancelled() && github.event_name == 'push' && steps.reviewed.outputs.fingerprint == '' }}");
    const runFail = (env: Record<string, string>) => spawnSync('bash', ['--noprofile', '--norc', '-e', '-c', fail.run!], { env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8' });
    const f = 'f'.repeat(64);
    const noPlan = runFail({ REASON: 'no pull request into main was merged as abc (a direct push?).', FINGERPRINT: f });
    expect(noPlan.status).toBe(1);
    expect(noPlan.stdout).toBe(
      '::error title=Gatehouse::No reviewed plan: no pull request into main was merged as abc (a direct push?). Nothing was applied. ' +
        `Review the fresh plan in this run's job summary, then run this workflow by hand (Actions → gatehouse apply → Run workflow) with its fingerprint ${f}.\n`,
    );
    const failed = runFail({ REASON: '', FINGERPRINT: '' });
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/^::error title=Gatehouse::No reviewed plan: finding the reviewed plan failed \(see that step\)\. Nothing was applied\. Planning failed too/);
    expect(runFail({ REASON: '100% odd\nline', FINGERPRINT: '' }).stdout).toMatch(/^::error title=Gatehouse::No reviewed plan: 100%25 odd%0Aline Nothing/);
  });

  it('drift.yml runs on a schedule and fails or files an issue on drift', () => {
    const drift = byName('drift.yml');
    for (const { cron } of drift.on.schedule) expect(cron.split(' ')).toHaveLength(5);
    const steps = drift.jobs.drift!.steps!;
    const drifted = "steps.plan.outputs.has-changes == 'true' || (env.FAIL_ON_UNMANAGED == 'true' && steps.plan.outputs.unmanaged != '0')";
    expect(steps.find((s) => s.uses?.startsWith('peter-evans/create-issue-from-file@'))!.if).toBe(drifted);
    expect(steps.at(-1)!.if).toBe(drifted);
    expect(steps.at(-1)!.run).toContain('exit 1');
    // fail-on-unmanaged: a manual run's input, else the repository variable.
    expect(drift.on.workflow_dispatch.inputs['fail-on-unmanaged']).toMatchObject({ type: 'boolean', default: false });
    expect(drift.env?.FAIL_ON_UNMANAGED).toContain('inputs.fail-on-unmanaged');
    // The access review: markdown into the job summary, the HTML page kept as an artifact.
    const reports = steps.filter((s) => s.with?.command === 'report');
    expect(reports.map((s) => s.with!.format)).toEqual(['markdown', 'html']);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-artifact@'))!.with!.path).toBe('${{ steps.review.outputs.report-file }}');
  });

  it('expire.yml applies only expiry removals, and only the plan it just made', () => {
    const expire = byName('expire.yml');
    for (const { cron } of expire.on.schedule) expect(cron.split(' ')).toHaveLength(5);
    const steps = expire.jobs.expire!.steps!.filter((s) => isGatehouse(s.uses));
    const [plan, apply] = steps;
    expect(steps).toHaveLength(2);
    expect(plan!.with).toMatchObject({ command: 'plan', only: 'expired' });
    // Apply plans afresh with the same --only and refuses unless the fingerprint is the one just planned.
    expect(apply!.with).toMatchObject({ command: 'apply', path: plan!.with!.path, only: 'expired', 'expect-fingerprint': '${{ steps.plan.outputs.fingerprint }}' });
    expect(apply!.if).toBe("steps.plan.outputs.has-changes == 'true'");
    expect(expire.permissions).toEqual({ contents: 'read' });
  });

  it('adopt.yml runs adopt --write once, and opens or updates one pull request with gh and the least permissions', () => {
    const adopt = byName('adopt.yml');
    expect(Object.keys(adopt.on)).toEqual(['workflow_dispatch']);
    expect(adopt.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'read' });
    const steps = adopt.jobs.adopt!.steps!;
    expect(steps[0]).toMatchObject({ uses: 'actions/checkout@v4', with: { 'persist-credentials': false } });
    const run = steps.find((s) => s.id === 'adopt')!;
    const adopts = run.run!.split('\n').filter((l) => /gatehouse-cli@\S+ adopt /.test(l));
    expect(adopts).toHaveLength(1);
    expect(adopts[0]).toContain('--write --format json');
    // The gatehouse step sees the provider tokens, never the repository's.
    expect(Object.keys(run.env ?? {})).not.toContain('GH_TOKEN');
    const pr = steps.find((s) => s.run?.includes('gh pr create'))!;
    expect(pr.if).toBe("steps.adopt.outputs.changed == 'true'");
    expect(pr.env).toMatchObject({ GH_TOKEN: '${{ github.token }}' });
    expect(pr.run).toContain('gh pr edit');
    expect(pr.run).toContain('--label gatehouse-drift');
    expect(pr.run).toMatch(/\.adopted\[\].*\.user.*\.place.*\.level/);
  });

  it('every run: script of the example workflows is clean under shellcheck', async () => {
    expect(spawnSync('shellcheck', ['--version']).status, 'shellcheck is not installed: apt-get install shellcheck (.ci/run does)').toBe(0);
    const dir = await mkdtemp(join(tmpdir(), 'gatehouse-shellcheck-'));
    for (const { file, data } of workflows.filter((w) => w.name.startsWith('examples/'))) {
      for (const { where, step } of allSteps(file, data)) {
        if (step.run === undefined) continue;
        const script = join(dir, 'step.sh');
        await writeFile(script, `#!/bin/bash\n${step.run}`);
        const check = spawnSync('shellcheck', [script], { encoding: 'utf8' });
        expect(check.status, `${where}: ${check.stdout}`).toBe(0);
      }
    }
  });

  it("the project's CI runs the tests on Node 20, 22 and 24", () => {
    const ci = workflows.find((w) => w.name === '.github/workflows/ci.yml')!.data;
    const test = ci.jobs.test as Job & { strategy: { matrix: { node: number[] } } };
    expect(test.strategy.matrix.node).toEqual([20, 22, 24]);
    expect(test.steps!.some((s) => s.run === 'bash .ci/run')).toBe(true);
  });
});
