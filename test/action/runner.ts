/**
 * Runs action.yml the way GitHub's runner runs a JavaScript action: its
 * runs.main file with node, in the checkout (GITHUB_WORKSPACE), each input in
 * INPUT_<NAME> (upper case, `-` kept) from the workflow's `with:` or the
 * input's default, GITHUB_ACTIONS=true, and GITHUB_OUTPUT /
 * GITHUB_STEP_SUMMARY pointing at temporary files; then the step's outputs
 * read back from GITHUB_OUTPUT, as `steps.ID.outputs.*` would see them.
 *
 * What runs is the committed bundle (action/index.mjs), not src/ nor dist/:
 * what a workflow that uses the action gets.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { root } from '../integration/harness.js';

export interface ActionYaml {
  inputs: Record<string, { description: string; default?: string; required?: boolean; deprecationMessage?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

export const loadActionYaml = (actionPath: string): ActionYaml => parse(readFileSync(join(actionPath, 'action.yml'), 'utf8')) as ActionYaml;
export const actionYaml = loadActionYaml(root);

/** The variable the runner gives a JavaScript action an input in. */
export const runnerInputVariable = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

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

export async function runAction(options: {
  workspace: string;
  with: Record<string, string>;
  env?: Record<string, string>;
  /** Where the action is checked out (GITHUB_ACTION_PATH): by default this repository. */
  actionPath?: string;
}): Promise<ActionRun> {
  const actionPath = options.actionPath ?? root;
  const action = actionPath === root ? actionYaml : loadActionYaml(actionPath);
  if (!/^node\d+$/.test(action.runs.using)) throw new Error(`action.yml runs.using is ${action.runs.using}: this runner models JavaScript actions`);
  for (const name of Object.keys(options.with)) if (!(name in action.inputs)) throw new Error(`with: ${name} is not an input of action.yml`);
  const inputs: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) {
    const value = options.with[name] ?? spec.default;
    if (spec.required && !value) throw new Error(`input ${name} is required`);
    if (value !== undefined) inputs[runnerInputVariable(name)] = value;
  }

  const runner = await mkdtemp(join(tmpdir(), 'gatehouse-runner-'));
  const outputFile = join(runner, 'output');
  const summaryFile = join(runner, 'summary.md');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env = {
    PATH: process.env.PATH ?? '',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_ACTION_PATH: actionPath,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/access',
    GITHUB_RUN_ID: '4242',
    RUNNER_TEMP: runner,
    ...options.env,
    ...inputs,
  };
  // The runner starts a JavaScript action in the workspace, with its own node (here: this one).
  const child = spawn(process.execPath, [join(actionPath, action.runs.main)], { cwd: options.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });

  const outputs = parseOutputFile(await readFile(outputFile, 'utf8'));
  for (const name of Object.keys(outputs)) if (!(name in action.outputs)) throw new Error(`the action set output ${name}, which action.yml does not declare`);
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
