import { ConfigError, ResolveError, formatProblem } from '../model/index.js';
import { annotationLines, inertLine } from './annotations.js';
import { UsageError } from './errors.js';

/**
 * Turn any error into the lines a person sees on stderr. In GitHub Actions
 * (GITHUB_ACTIONS=true in `env`), problems pinned to a file line are also
 * printed as `::error file=…,line=…,col=…::` annotations.
 */
export function errorLines(error: unknown, env: NodeJS.ProcessEnv): string[] {
  return [...plainLines(error), ...annotationLines(error, env)];
}

/**
 * The lines for people. Their text comes from files (keys, names, file names)
 * and from APIs, so each is made inert (see inertLine): one line each, none
 * a workflow command, whatever the data holds.
 */
function plainLines(error: unknown): string[] {
  return messageLines(error).map(inertLine);
}

function messageLines(error: unknown): string[] {
  if (error instanceof ConfigError) {
    const n = error.problems.length;
    return [...error.problems.map(formatProblem), `${n} problem${n === 1 ? '' : 's'} found.`];
  }
  if (error instanceof ResolveError) {
    return error.problems.map((p) => formatProblem({ ...(p.at ?? p.place.source), message: p.message }));
  }
  // One line, and where the command's usage is: no usage dump.
  if (error instanceof UsageError) {
    const help = error.command === undefined ? 'gatehouse --help' : `gatehouse ${error.command} --help`;
    return [`gatehouse: ${error.message}; see '${help}'`];
  }
  // Several independent problems (missing settings): one line each.
  if (error instanceof AggregateError) return error.errors.flatMap(messageLines);
  if (error instanceof Error) return [`gatehouse: ${error.message}`];
  return [`gatehouse: ${String(error)}`];
}
