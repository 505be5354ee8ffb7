/**
 * The GitHub Action: run one gatehouse command in-process, then turn its
 * outcome into what a workflow uses: step outputs (has-changes, fingerprint,
 * summary, exit-code, markdown-file, plan-file), the markdown plan in the job
 * summary, a comment-sized markdown file for a comment action, and an exit
 * code where changes are an output, not a failure, unless asked. The log
 * gets the plan folded in a group, and warning annotations for guests and
 * unmanaged members (log.ts).
 *
 * It never reads a token itself: the CLI reads ASANA_TOKEN / DREADNODE_TOKEN
 * from the environment as usual, and everything printed comes from the CLI's
 * own (redacted) output.
 */
import { mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type { Plan } from '../model/index.js';
import { summaryLine } from '../render/group.js';
import { GITHUB_COMMENT_LIMIT, MARKDOWN_DEFAULT_LIMIT, renderMarkdown, type MarkdownOptions } from '../render/markdown.js';
import { printedPlan, workflowCommand } from '../cli/annotations.js';
import type { Io } from '../cli/io.js';
import { main } from '../cli/run.js';
import { appendSummary, JOB_SUMMARY_LIMIT_BYTES, runUrl, writeOutputs } from './github.js';
import { InputError, readInputs, type ActionInputs } from './inputs.js';
import { group, planWarnings } from './log.js';

/** Collects what the CLI writes. */
class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: (error?: Error | null) => void): void {
    this.text += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
    done();
  }
}

export interface ActionStreams {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** The most of the CLI's messages a comment quotes; the log has them all. */
const MESSAGES_IN_MARKDOWN = 20_000;
/** Room kept free in a job summary, which GitHub caps at 1 MiB per step. */
const SUMMARY_BUDGET_BYTES = JOB_SUMMARY_LIMIT_BYTES - 32 * 1024;

/** CLI messages longer than this many lines are folded into a group in the log. */
const LONG_MESSAGES = 20;

/** The flags plan and apply share: removal, the guard rails' limits, and each provider's request budget. */
function planFlags(inputs: ActionInputs): string[] {
  return [
    ...(inputs.prune ? ['--prune'] : []),
    ...(inputs.force ? ['--force'] : []),
    ...(inputs.allowDeprovision ? ['--allow-deprovision'] : []),
    ...(inputs.maxRemovals !== undefined ? ['--max-removals', inputs.maxRemovals] : []),
    ...(inputs.maxRemovalShare !== undefined ? ['--max-removal-share', inputs.maxRemovalShare] : []),
    ...(inputs.only !== undefined ? ['--only', inputs.only] : []),
    ...(inputs.warnExpiry !== undefined ? ['--warn-expiry', inputs.warnExpiry] : []),
    ...Object.entries(inputs.rateLimits).flatMap(([flag, rate]) => [`--${flag}`, rate]),
  ];
}

function argvFor(inputs: ActionInputs): string[] {
  const removal = planFlags(inputs);
  switch (inputs.command) {
    case 'validate':
      return ['validate', inputs.path];
    case 'plan':
      return ['plan', inputs.path, '--format', 'json', ...removal, ...(inputs.out ? ['--out', inputs.out] : [])];
    case 'report':
      return ['report', inputs.path, '--format', inputs.reportFormat ?? 'markdown', ...(inputs.out ? ['--out', inputs.out] : []), ...Object.entries(inputs.rateLimits).flatMap(([flag, rate]) => [`--${flag}`, rate])];
    case 'apply':
      // No --yes: readInputs made sure the workflow names what was reviewed (a saved plan or a
      // fingerprint), and that is the confirmation; anything else is refused, with no terminal to ask on.
      return ['apply', inputs.path, '--format', 'json', ...removal, ...(inputs.expectFingerprint ? ['--expect-fingerprint', inputs.expectFingerprint] : [])];
  }
}

function planFrom(stdout: string): Plan | undefined {
  if (stdout.trim() === '') return undefined;
  try {
    const value = JSON.parse(stdout) as Plan;
    return typeof value.fingerprint === 'string' && Array.isArray(value.changes) ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The CLI's messages for people: workflow commands (annotations) left out. */
function messageLines(stderr: string): string[] {
  return stderr
    .split('\n')
    .filter((line) => !line.startsWith('::'))
    .join('\n')
    .trimEnd()
    .split('\n')
    .filter((line, i, all) => all.length > 1 || line !== '');
}

/** A fenced block no line of `text` can close. */
function codeBlock(text: string): string[] {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return [`${fence}text`, text, fence];
}

function quoted(lines: readonly string[]): string[] {
  let text = lines.join('\n');
  if (text.length > MESSAGES_IN_MARKDOWN) {
    const cut = text.lastIndexOf('\n', MESSAGES_IN_MARKDOWN);
    const kept = text.slice(0, cut > 0 ? cut : MESSAGES_IN_MARKDOWN);
    text = `${kept}\n… ${text.slice(kept.length).split('\n').length - 1} more lines in the run's log`;
  }
  return codeBlock(text);
}

const measureBytes = (text: string) => Buffer.byteLength(text);

interface Outcome {
  inputs: ActionInputs;
  code: number;
  plan: Plan | undefined;
  stdout: string;
  messages: string[];
  env: NodeJS.ProcessEnv;
}

/** What happened, as a heading and lines above the plan (apply results, refusals, errors). */
function resultLines(o: Outcome): string[] {
  const { command } = o.inputs;
  if (command === 'apply' && o.plan) {
    const report = o.messages.find((line) => line.startsWith('Apply: '));
    if (o.code === 0) return [`**${report ?? 'Apply: nothing to do.'}**`, ''];
    if (report) return [`**${report}** Some changes did not apply; the next run plans afresh and retries only what is missing.`, '', ...quoted(o.messages), ''];
    return ['**Refused: nothing was changed.** The plan below is a fresh one: it is not the plan that was reviewed.', '', ...quoted(o.messages), ''];
  }
  if (o.code !== 0) return [...quoted(o.messages), ''];
  return [];
}

/**
 * What validate and report printed, for the summary and the comment. The
 * access review in markdown is shown under its own title, cut at a line to
 * fit; a review written to a file, or in HTML or CSV, is named, not shown.
 */
function printedMarkdown(o: Outcome, head: string[], options: MarkdownOptions, lengthOf: (text: string) => number): string {
  const { command, out, reportFormat } = o.inputs;
  if (command !== 'report') return [...head, o.stdout.trim(), ''].join('\n');
  if (out !== undefined || reportFormat !== 'markdown') {
    const where = out !== undefined ? (o.messages.find((line) => line.startsWith('Wrote ')) ?? `The access review is in \`${out}\`.`) : `The access review (${reportFormat}) is in the run's log.`;
    return [...head, where, ''].join('\n');
  }
  const max = options.maxLength ?? MARKDOWN_DEFAULT_LIMIT;
  const review = o.stdout.trim();
  if (lengthOf(review) < max) return `${review}\n`;
  const note = (left: number) =>
    ['', '> [!WARNING]', `> This review was cut to fit ${options.limitName ?? 'a GitHub comment'}: ${left.toLocaleString('en-US')} more lines are not shown here. Run the report with \`out\` (or \`gatehouse report --out FILE\`) for all of it.`, ''].join('\n');
  const lines = review.split('\n');
  const room = max - lengthOf(note(lines.length));
  let used = 0;
  let kept = 0;
  while (kept < lines.length && used + lengthOf(lines[kept]!) + 1 <= room) used += lengthOf(lines[kept++]!) + 1;
  return `${lines.slice(0, kept).join('\n')}\n${note(lines.length - kept)}`;
}

function markdownFor(o: Outcome, options: MarkdownOptions, lengthOf: (text: string) => number): string {
  const { command } = o.inputs;
  const applied = o.messages.some((line) => line.startsWith('Apply: '));
  // An apply that stopped after planning, without applying anything, was refused.
  const status = o.code === 0 ? '' : command === 'apply' && o.plan && !applied ? ' refused' : ' failed';
  const head = [`### Gatehouse ${command}${status}`, ''];
  const result = resultLines(o);
  if (!o.plan && o.code === 0) return printedMarkdown(o, head, options, lengthOf);
  if (!o.plan) {
    const url = runUrl(o.env);
    return [...head, ...result, ...(url ? [`See [the run's log](${url}).`, ''] : [])].join('\n');
  }
  const prefix = [...head, ...result].join('\n');
  const plan = renderMarkdown(o.plan, { ...options, maxLength: (options.maxLength ?? MARKDOWN_DEFAULT_LIMIT) - lengthOf(prefix) - 1, lengthOf });
  // The plan's own title is replaced by the command's.
  return `${prefix}\n${plan.replace(/^### Gatehouse plan\n\n/, '')}`;
}

/**
 * Moves to the input working-directory. A JavaScript action starts in the
 * checkout (GITHUB_WORKSPACE), and working-directory is relative to it, as a
 * step's own working-directory is; paths in the inputs are relative to where it leads.
 */
async function enterWorkingDirectory(inputs: ActionInputs, env: NodeJS.ProcessEnv): Promise<void> {
  const dir = resolve(env.GITHUB_WORKSPACE || process.cwd(), inputs.workingDirectory);
  const isFolder = await stat(dir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isFolder) throw new InputError(`input working-directory ${JSON.stringify(inputs.workingDirectory)} is not a folder of the checkout`);
  process.chdir(dir);
}

export async function runAction(env: NodeJS.ProcessEnv, streams: ActionStreams): Promise<number> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs(env);
    await enterWorkingDirectory(inputs, env);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    streams.stderr.write(`${workflowCommand('error', { title: 'Gatehouse' }, error.message)}\n`);
    await writeOutputs(env.GITHUB_OUTPUT, { 'exit-code': '1', summary: `Gatehouse: ${error.message}` });
    return 1;
  }

  const cliOut = new Capture();
  const cliErr = new Capture();
  // Progress goes to the live log, not into the captured messages (they make the summary).
  const io: Io = { stdout: cliOut, stderr: cliErr, stdin: Readable.from([]), env, progress: streams.stderr };
  const code = await main(argvFor(inputs), io);
  const plan = inputs.command === 'validate' || inputs.command === 'report' ? undefined : planFrom(cliOut.text);
  const outcome: Outcome = { inputs, code, plan, stdout: cliOut.text, messages: messageLines(cliErr.text), env };

  // The log: the plan (as the input format asks) folded under its summary line, warnings
  // for guests and unmanaged members, then what the CLI said (annotations included).
  if (plan) {
    streams.stdout.write(group(summaryLine(plan), printedPlan(plan, inputs.format, { verbose: inputs.verbose })));
    for (const line of planWarnings(plan, { verbose: inputs.verbose, env })) streams.stdout.write(`${line}\n`);
  } else {
    streams.stdout.write(cliOut.text);
  }
  const said = outcome.messages.length;
  if (said > LONG_MESSAGES) streams.stderr.write(group(`${outcome.messages[0]!.trim() || 'Gatehouse'} (${said.toLocaleString('en-US')} lines)`, cliErr.text));
  else streams.stderr.write(cliErr.text);

  const url = runUrl(env);
  const summaryMarkdown = markdownFor(
    outcome,
    {
      maxLength: SUMMARY_BUDGET_BYTES,
      limitName: 'a job summary (1 MiB)',
      fullPlanAt: inputs.out ? `The full plan is in the saved plan \`${inputs.out}\`.` : 'Run `gatehouse plan --format json` for the full plan.',
    },
    measureBytes,
  );
  await appendSummary(env.GITHUB_STEP_SUMMARY, summaryMarkdown);

  const commentMarkdown = markdownFor(
    outcome,
    {
      limitName: `a GitHub comment (${GITHUB_COMMENT_LIMIT.toLocaleString('en-US')} characters)`,
      fullPlanAt: url ? `The full plan is in [the job summary](${url}).` : "The full plan is in this run's job summary.",
    },
    (text) => text.length,
  );
  const markdownFile = resolve(await mkdtemp(join(env.RUNNER_TEMP || tmpdir(), 'gatehouse-')), `${inputs.command}.md`);
  await writeFile(markdownFile, commentMarkdown);

  const hasChanges = plan !== undefined && plan.changes.length > 0;
  const detailedCode = code !== 0 ? code : inputs.command === 'plan' && hasChanges ? 2 : 0;
  const firstMessage = outcome.messages.find((line) => line.trim() !== '');
  let summary: string;
  if (plan) {
    const report = outcome.messages.find((line) => line.startsWith('Apply: '));
    summary = summaryLine(plan) + (report ? ` ${report}` : code !== 0 && inputs.command === 'apply' ? ' Refused: nothing was changed.' : '');
  } else {
    summary = code === 0 ? cliOut.text.trim().split('\n')[0] ?? '' : `Gatehouse ${inputs.command} failed: ${firstMessage ?? `exit code ${code}`}`;
  }
  const outputs: Record<string, string> = { 'exit-code': String(detailedCode), summary, 'markdown-file': markdownFile };
  if (plan) {
    outputs['has-changes'] = String(hasChanges);
    outputs.fingerprint = plan.fingerprint;
    // Live memberships nobody declared: a drift check may fail on them too (fail-on-unmanaged in examples/github/drift.yml).
    outputs.unmanaged = String(plan.summary.unmanaged);
  }
  if (inputs.command === 'report' && inputs.out && code === 0) outputs['report-file'] = resolve(inputs.out);
  // Absolute: a later step (upload-artifact) resolves paths against GITHUB_WORKSPACE, not working-directory.
  if (inputs.out && plan && code === 0) outputs['plan-file'] = resolve(inputs.out);
  await writeOutputs(env.GITHUB_OUTPUT, outputs);

  if (detailedCode === 2 && inputs.failOnChanges) {
    streams.stderr.write(`${workflowCommand('error', { title: 'Gatehouse' }, `Live state differs from ${inputs.path}. ${summary}`)}\n`);
    return 2;
  }
  return code === 0 ? 0 : 1;
}
