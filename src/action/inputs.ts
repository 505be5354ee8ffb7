/**
 * The action's inputs. action.yml passes each one explicitly to the entry
 * point as an environment variable (INPUT_ plus the name in upper case, `-`
 * as `_`); a test checks that action.yml and this list agree.
 */

import { looksLikeSavedPlanPath } from '../cli/saved-plan.js';

export const commands = ['plan', 'apply', 'validate'] as const;
export type ActionCommand = (typeof commands)[number];

/** Input name (as in action.yml) → the variable the entry point reads it from. */
export const inputVariables = {
  command: 'INPUT_COMMAND',
  path: 'INPUT_PATH',
  out: 'INPUT_OUT',
  'expect-fingerprint': 'INPUT_EXPECT_FINGERPRINT',
  'fail-on-changes': 'INPUT_FAIL_ON_CHANGES',
  verbose: 'INPUT_VERBOSE',
  prune: 'INPUT_PRUNE',
  force: 'INPUT_FORCE',
  'allow-deprovision': 'INPUT_ALLOW_DEPROVISION',
} as const;

export type InputName = keyof typeof inputVariables;

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
  /** plan, apply: --prune (remove unlisted members at every place the file manages). */
  prune: boolean;
  /** plan, apply: --force (go past the removal guard rails). */
  force: boolean;
  /** plan, apply: --allow-deprovision (removals from an organisation may go ahead). */
  allowDeprovision: boolean;
}

/** A mistake in the workflow's `with:`; reported as an ::error and exit 1. */
export class InputError extends Error {
  override name = 'InputError';
}

function read(env: NodeJS.ProcessEnv, name: InputName): string {
  return (env[inputVariables[name]] ?? '').trim();
}

/** `true`/`false` as GitHub's YAML 1.2 booleans; empty is the default. */
function flag(env: NodeJS.ProcessEnv, name: InputName, fallback: boolean): boolean {
  const value = read(env, name);
  if (value === '') return fallback;
  if (/^(true|True|TRUE)$/.test(value)) return true;
  if (/^(false|False|FALSE)$/.test(value)) return false;
  throw new InputError(`input ${name} must be true or false, not ${JSON.stringify(value)}`);
}

export function readInputs(env: NodeJS.ProcessEnv): ActionInputs {
  const command = read(env, 'command') || 'plan';
  if (!(commands as readonly string[]).includes(command)) {
    throw new InputError(`input command must be one of ${commands.join(', ')}, not ${JSON.stringify(command)}`);
  }
  const path = read(env, 'path');
  if (path === '') throw new InputError('input path is required: the desired-state file or folder (or, for apply, a saved plan .json)');
  const inputs: ActionInputs = {
    command: command as ActionCommand,
    path,
    failOnChanges: flag(env, 'fail-on-changes', false),
    verbose: flag(env, 'verbose', false),
    prune: flag(env, 'prune', false),
    force: flag(env, 'force', false),
    allowDeprovision: flag(env, 'allow-deprovision', false),
  };
  const out = read(env, 'out');
  if (out !== '') {
    if (inputs.command !== 'plan') throw new InputError('input out is for command plan: it saves the plan for a later apply');
    inputs.out = out;
  }
  const expect = read(env, 'expect-fingerprint');
  if (expect !== '') {
    if (inputs.command !== 'apply') throw new InputError('input expect-fingerprint is for command apply');
    inputs.expectFingerprint = expect;
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
