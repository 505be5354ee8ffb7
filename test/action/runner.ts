/**
 * Runs action.yml's Gatehouse step the way GitHub's runner does: the step's
 * `env:` and `working-directory:` with `${{ inputs.* }}` filled in from the
 * workflow's `with:` and the inputs' defaults, its `run:` script in bash,
 * GITHUB_ACTIONS=true, and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY pointing at
 * temporary files; then the action's outputs read back through their
 * `${{ steps.gatehouse.outputs.* }}` mappings.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from '../integration/harness.js';

export const actionYaml = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string; required?: boolean }>;
  outputs: Record<string, { value: string }>;
  runs: { steps: Array<{ id?: string; run?: string; env?: Record<string, string>; 'working-directory'?: string }> };
};

/** Fills `${{ inputs.NAME }}`; any other expression is a test failure (the runner would need more than we model). */
function fill(text: string, inputs: Record<string, string>): string {
  return text.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (_, expr: string) => {
    const m = /^inputs\.([A-Za-z0-9_-]+)$/.exec(expr);
    if (!m) throw new Error(`action.yml's Gatehouse step uses an expression this test cannot evaluate: ${expr}`);
    const name = m[1]!;
    if (!(name in actionYaml.inputs)) throw new Error(`action.yml uses inputs.${name}, which it does not declare`);
    return inputs[name] ?? '';
  });
}

/** The GITHUB_OUTPUT file as the runner reads it: `name=value` lines and `name<<DELIMITER` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) throw new Error(`output ${name}: no closing delimiter`);
      out[name!] = value.join('\n');
    } else {
      const eq = line.indexOf('=');
      if (eq < 1) throw new Error(`bad output line: ${line}`);
      out[line.slice(0, eq)] = line.slice(eq + 1);
    }
  }
  return out;
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The action's outputs, as a later step would see them. */
  outputs: Record<string, string>;
  /** The job summary file's content. */
  summary: string;
  /** Everything the run left anywhere a person or a later step could read. */
  everything(): Promise<string>;
}

export async function runAction(options: { workspace: string; with: Record<string, string>; env?: Record<string, string> }): Promise<ActionRun> {
  const step = actionYaml.runs.steps.find((s) => s.id === 'gatehouse');
  if (!step?.run) throw new Error('action.yml has no step with id gatehouse');
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYaml.inputs)) inputs[name] = spec.default ?? '';
  Object.assign(inputs, options.with);
  for (const [name, spec] of Object.entries(actionYaml.inputs)) {
    if (spec.required && !inputs[name]) throw new Error(`input ${name} is required`);
  }
  const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, fill(String(v), inputs)]));
  const cwd = join(options.workspace, fill(step['working-directory'] ?? '.', inputs));

  const runner = await mkdtemp(join(tmpdir(), 'gatehouse-runner-'));
  const outputFile = join(runner, 'output');
  const summaryFile = join(runner, 'summary.md');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env = {
    PATH: process.env.PATH ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION_PATH: root,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/access',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: runner,
    ...options.env,
    ...stepEnv,
  };
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', step.run], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });

  const stepOutputs = parseOutputFile(await readFile(outputFile, 'utf8'));
  const outputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(actionYaml.outputs)) {
    const m = /^\$\{\{\s*steps\.gatehouse\.outputs\.([A-Za-z0-9_-]+)\s*\}\}$/.exec(spec.value);
    if (!m) throw new Error(`output ${name} does not map a gatehouse step output: ${spec.value}`);
    if (m[1]! in stepOutputs) outputs[name] = stepOutputs[m[1]!]!;
  }
  const summary = await readFile(summaryFile, 'utf8');
  return {
    code,
    stdout,
    stderr,
    outputs,
    summary,
    async everything() {
      const markdown = outputs['markdown-file'] ? await readFile(outputs['markdown-file'], 'utf8') : '';
      return [stdout, stderr, summary, await readFile(outputFile, 'utf8'), markdown].join('\n');
    },
  };
}
