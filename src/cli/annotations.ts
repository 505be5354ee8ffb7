/**
 * GitHub Actions annotations: when GITHUB_ACTIONS=true, every problem pinned
 * to a line of a file is also printed as a workflow command
 * (`::error file=F,line=L,col=C::message`), so the pull request shows it on
 * that line of the YAML.
 */
import { relative, resolve, sep } from 'node:path';
import { leaves } from '../config/display-path.js';
import type { FileProblem, Plan } from '../model/index.js';
import { ConfigError, ResolveError } from '../model/index.js';
import { escapeChar, escapeHashBracket, printable, UNPRINTABLE } from '../render/group.js';
import { render, type Format } from '../render/index.js';
import type { TextOptions } from '../render/text.js';

/**
 * Escapes a workflow command's message: %, CR and LF as the runner reads
 * them back, and every other UNPRINTABLE character (a control character, a
 * bidirectional control, U+2028/U+2029) as \uXXXX, as printable shows it.
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(UNPRINTABLE, escapeChar);
}

/** Escapes a workflow command's property value: as data, and also : and ,. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** `::NAME key=value,…::message`, with every part escaped. */
export function workflowCommand(name: string, properties: Readonly<Record<string, string | number | undefined>>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

/**
 * Text from a file or an API (a name, a key, a file name, an error message),
 * made safe to print inside one line of a GitHub Actions log: control
 * characters are shown as \uXXXX (printable), so an embedded newline cannot
 * start a new line, and `##[`, which the runner's legacy parser takes as a
 * workflow command anywhere in a line, is shown as `#\u0023[`.
 */
export function inertText(text: string): string {
  return escapeHashBracket(printable(text));
}

/**
 * A line whose leading colons would make the runner read it as a workflow
 * command (`::warning …::`; the runner looks past leading whitespace) with
 * those colons shown as \u003a. Other lines are returned as they are.
 */
function guardLine(line: string): string {
  const lead = /^\s*/u.exec(line)![0];
  return line.startsWith('::', lead.length) ? `${lead}\\u003a\\u003a${line.slice(lead.length + 2)}` : line;
}

/**
 * One plain line made of text from files or APIs, as it may be printed in a
 * GitHub Actions log: one line (inertText), and not a workflow command.
 */
export function inertLine(text: string): string {
  return guardLine(inertText(text));
}

/** The plan with every string in it inert (inertText): for printing, never for applying. */
function inertPlan(plan: Plan): Plan {
  return JSON.parse(JSON.stringify(plan), (_key, value: unknown) => (typeof value === 'string' ? inertText(value) : value)) as Plan;
}

/**
 * The plan as the CLI prints it, where no name, e-mail, reason or file name
 * can break a line or start a workflow command. JSON is printed as
 * renderJson writes it, already inert: its lines start with whitespace and a
 * quote or a bracket, and `##[` is written `#\u0023[` (the same value).
 */
export function printedPlan(plan: Plan, format: Format, options: TextOptions = {}): string {
  if (format === 'json') return render(plan, format, options);
  return render(inertPlan(plan), format, options).split('\n').map(guardLine).join('\n');
}

function inGitHubActions(env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_ACTIONS === 'true';
}

/**
 * The file as GitHub knows it: relative to the repository checkout
 * (GITHUB_WORKSPACE) when it lies inside it, with `/`. Problems name files
 * relative to the working directory, which may be a folder of the checkout.
 */
export function repositoryPath(file: string, env: NodeJS.ProcessEnv, cwd = process.cwd()): string {
  const workspace = env.GITHUB_WORKSPACE;
  if (!workspace) return file;
  const rel = relative(resolve(workspace), resolve(cwd, file));
  if (rel === '' || leaves(rel)) return file;
  return rel.split(sep).join('/');
}

function problemsOf(error: unknown): FileProblem[] {
  if (error instanceof ConfigError) return error.problems;
  if (error instanceof ResolveError) return error.problems.map((p) => ({ ...(p.at ?? p.place.source), message: p.message }));
  return [];
}

/**
 * The annotation lines for an error, none outside GitHub Actions: one per
 * problem pinned to a file line, or one without a file for any other error
 * (a missing token, a refused URL), so the run's page says why it failed.
 */
export function annotationLines(error: unknown, env: NodeJS.ProcessEnv, cwd = process.cwd()): string[] {
  if (!inGitHubActions(env)) return [];
  const problems = problemsOf(error);
  if (problems.length === 0) {
    const message = error instanceof Error ? error.message : String(error);
    return [workflowCommand('error', { title: 'Gatehouse' }, message)];
  }
  return problems.map((p) =>
    workflowCommand(
      'error',
      {
        file: repositoryPath(p.file, env, cwd),
        line: p.line > 0 ? p.line : undefined,
        col: p.col > 0 ? p.col : undefined,
        title: 'Gatehouse',
      },
      p.message,
    ),
  );
}
