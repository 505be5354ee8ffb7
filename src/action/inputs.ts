/**
 * The action's inputs. action.yml runs the bundle as a JavaScript action, so
 * the runner hands each input to it as an environment variable: INPUT_ plus
 * the name in upper case, spaces as `_` and `-` kept (`INPUT_EXPECT-FINGERPRINT`),
 * with action.yml's default when the workflow's `with:` leaves it out. A test
 * checks that action.yml and this list agree.
 */

import { looksLikeSavedPlanPath } from '../cli/saved-plan.js';
import { CAUSES } from '../model/index.js';
import { providerModules } from '../providers/registry.js';
import { formats, type Format } from '../render/index.js';
import { parseRequestRate } from '../util/rate.js';

export const commands = ['plan', 'apply', 'validate', 'report'] as const;

/** The access review's formats (`gatehouse report --format`). */
export const reportFormats = ['markdown', 'html', 'csv'] as const;
export type ActionCommand = (typeof commands)[number];

/**
 * One request budget per provider, named as its CLI flag (`rate-limit` for
 * Asana, `dreadnode-rate-limit`); `npm run gen` writes their entries in action.yml.
 */
export const rateLimitInputs: ReadonlyArray<{ input: string; env: string; defaultPerMinute: number }> = providerModules.map((m) => ({
  input: m.settings.rateLimitFlag,
  env: m.settings.rateLimitEnv,
  defaultPerMinute: m.settings.defaultPerMinute,
}));

/** Every input the entry point reads, in action.yml's order. */
export const inputNames: readonly string[] = [
  'command',
  'path',
  'out',
  'expect-fingerprint',
  'fail-on-changes',
  'verbose',
  'format',
  'prune',
  'force',
  'allow-deprovision',
  'max-removals',
  'max-removal-share',
  'only',
  'warn-expiry',
  ...rateLimitInputs.map((r) => r.input),
  'working-directory',
];

/**
 * Inputs action.yml still declares but nothing reads, each with a
 * deprecationMessage (the runner prints it as a warning when a workflow sets one).
 */
export const deprecatedInputs: readonly string[] = ['node-version'];

/** The variable the runner puts an input in, as @actions/core's getInput reads it. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Input name (as in action.yml) → the variable the entry point reads it from. */
export const inputVariables: Readonly<Record<string, string>> = Object.fromEntries(inputNames.map((name) => [name, inputVariable(name)]));

export interface ActionInputs {
  command: ActionCommand;
  path: string;
  /** plan: also save the plan to this .json file. */
  out?: string;
  /** apply: apply only if the fresh plan has this fingerprint. */
  expectFingerprint?: string;
  /** plan: exit 2 (a failed step) when there are changes, instead of reporting them as an output only. */
  failOnChanges: boolean;
  verbose: boolean;
  /** plan, apply: how the plan is printed in the log (the summary and the comment are markdown whatever this is). */
  format: Format;
  /** report: the access review's format (markdown, the default, goes to the job summary too). */
  reportFormat?: (typeof reportFormats)[number];
  /** plan, apply: --prune (remove unlisted members at every place the file manages). */
  prune: boolean;
  /** plan, apply: --force (go past the removal guard rails). */
  force: boolean;
  /** plan, apply: --allow-deprovision (removals from an organisation may go ahead). */
  allowDeprovision: boolean;
  /** plan, apply: --max-removals, as written. */
  maxRemovals?: string;
  /** plan, apply: --max-removal-share, as written. */
  maxRemovalShare?: string;
  /** plan, apply: --only (a plan of only the removals of this cause). */
  only?: (typeof CAUSES)[number];
  /** plan, apply: --warn-expiry, as written. */
  warnExpiry?: string;
  /** plan, apply: each provider's request budget given, by its flag (`rate-limit` → `1500/min`). */
  rateLimits: Record<string, string>;
  /** Where to run, relative to the repository checkout (GITHUB_WORKSPACE). */
  workingDirectory: string;
}

/** A mistake in the workflow's `with:`; reported as an ::error and exit 1. */
export class InputError extends Error {
  override name = 'InputError';
}

function read(env: NodeJS.ProcessEnv, name: string): string {
  return (env[inputVariable(name)] ?? '').trim();
}

/** `true`/`false` as GitHub's YAML 1.2 booleans; empty is the default. */
function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = read(env, name);
  if (value === '') return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(`input ${name} must be true or false, not ${JSON.stringify(value)}`);
}

/** `25%` or `0.25`, from 0 to 1 (as --max-removal-share). */
function isShare(value: string): boolean {
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(value);
  const n = percent ? Number(percent[1]) / 100 : /^\d+(?:\.\d+)?$/.test(value) ? Number(value) : NaN;
  return n >= 0 && n <= 1;
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const command = read(env, 'command') || 'plan';
  if (!(commands as readonly string[]).includes(command)) {
    throw new InputError(`input command must be one of ${commands.join(', ')}, not ${JSON.stringify(command)}`);
  }
  const path = read(env, 'path');
  if (path === '') throw new InputError('input path is required: the desired-state file or folder (or, for apply, a saved plan .json)');
  const written = read(env, 'format');
  const reportFormat = command === 'report' ? written || 'markdown' : undefined;
  if (reportFormat !== undefined && !(reportFormats as readonly string[]).includes(reportFormat)) {
    throw new InputError(`input format must be one of ${reportFormats.join(', ')} for command report, not ${JSON.stringify(reportFormat)}`);
  }
  const format = reportFormat === undefined ? written || 'text' : 'text';
  if (!(formats as readonly string[]).includes(format)) {
    throw new InputError(`input format must be one of ${formats.join(', ')}, not ${JSON.stringify(format)}`);
  }
  const inputs: ActionInputs = {
    command: command as ActionCommand,
    path,
    failOnChanges: flag(env, 'fail-on-changes', false),
    verbose: flag(env, 'verbose', false),
    format: format as Format,
    prune: flag(env, 'prune', false),
    force: flag(env, 'force', false),
    allowDeprovision: flag(env, 'allow-deprovision', false),
    rateLimits: {},
    workingDirectory: read(env, 'working-directory') || '.',
  };
  if (reportFormat !== undefined) inputs.reportFormat = reportFormat as (typeof reportFormats)[number];
  const out = read(env, 'out');
  if (out !== '') {
    if (inputs.command !== 'plan' && inputs.command !== 'report') throw new InputError('input out is for command plan (it saves the plan for a later apply) and report (the file the access review is written to)');
    inputs.out = out;
  }
  const expect = read(env, 'expect-fingerprint');
  if (expect !== '') {
    if (inputs.command !== 'apply') throw new InputError('input expect-fingerprint is for command apply');
    inputs.expectFingerprint = expect;
  }
  const maxRemovals = read(env, 'max-removals');
  if (maxRemovals !== '') {
    if (!/^\d+$/.test(maxRemovals)) throw new InputError(`input max-removals must be a whole number (the most removals one run may make), not ${JSON.stringify(maxRemovals)}`);
    inputs.maxRemovals = maxRemovals;
  }
  const share = read(env, 'max-removal-share');
  if (share !== '') {
    if (!isShare(share)) throw new InputError(`input max-removal-share must be a share of a place's members such as 25% or 0.25, not ${JSON.stringify(share)}`);
    inputs.maxRemovalShare = share;
  }
  const only = read(env, 'only');
  if (only !== '') {
    const cause = CAUSES.find((c) => c === only);
    if (cause === undefined) throw new InputError(`input only must be ${CAUSES.join(' or ')}, not ${JSON.stringify(only)}`);
    inputs.only = cause;
  }
  const warnExpiry = read(env, 'warn-expiry');
  if (warnExpiry !== '') {
    if (!/^\d{1,4}$/.test(warnExpiry)) throw new InputError(`input warn-expiry must be a whole number of days, not ${JSON.stringify(warnExpiry)}`);
    inputs.warnExpiry = warnExpiry;
  }
  for (const { input, defaultPerMinute } of rateLimitInputs) {
    const rate = read(env, input);
    if (rate === '') continue;
    if (!parseRequestRate(rate).ok) {
      throw new InputError(`input ${input} must be requests per minute such as ${defaultPerMinute}/min (or per second, 25/s), not ${JSON.stringify(rate)}`);
    }
    inputs.rateLimits[input] = rate;
  }
  // A workflow that applies must name what was reviewed: a saved plan (which
  // the CLI refuses unless it is one) or the reviewed plan's fingerprint.
  if (inputs.command === 'apply' && inputs.expectFingerprint === undefined && !looksLikeSavedPlanPath(path)) {
    throw new InputError(
      `command apply needs what was reviewed: expect-fingerprint (the reviewed plan's fingerprint), or as path a saved plan .json written by plan with out; ` +
        `${JSON.stringify(path)} is neither, so nothing was applied`,
    );
  }
  return inputs;
}
