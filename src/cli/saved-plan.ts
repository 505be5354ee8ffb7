/**
 * Saved plans: `plan PATH --out FILE.json` records the plan a person reviewed
 * and the files it was made from; `apply FILE.json` plans afresh from those
 * files and applies only if the fresh plan has the same fingerprint.
 * The format is schemas/saved-plan.schema.json, checked on read by ajv
 * standalone code generated at build time (scripts/precompile-validators.mjs).
 */
import { realpathSync } from 'node:fs';
import { readFile, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import type { ErrorObject } from 'ajv';
import { leaves } from '../config/display-path.js';
import type { Cause, Change, Plan } from '../model/index.js';
import { changeIdentity, fingerprint } from '../plan/index.js';

const SAVED_PLAN_KIND = 'gatehouse-saved-plan';
const SAVED_PLAN_VERSION = 1;

export interface SavedPlan {
  kind: typeof SAVED_PLAN_KIND;
  version: typeof SAVED_PLAN_VERSION;
  /** The file or folder planned, relative to the working directory (with /); never absolute or outside it. */
  config: string;
  /** `--prune` was given: apply plans afresh with it too. */
  prune?: true;
  /** `--only CAUSE` was given: apply plans afresh with it too. */
  only?: Cause;
  plan: Plan;
}

/** A saved plan that cannot be used: unreadable, malformed, edited or from another format version. */
export class SavedPlanError extends Error {
  override name = 'SavedPlanError';
}

let validator: Promise<(value: unknown) => { ok: boolean; errors: readonly ErrorObject[] }> | undefined;

/** The precompiled check (ajv's options: allErrors, strict: false), loaded when a saved plan is first read. */
function savedPlanValidator() {
  validator ??= import('./saved-plan-validator.generated.js').then((module) => {
    const check = module.validate as unknown as ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };
    return (value: unknown) => (check(value) ? { ok: true, errors: [] } : { ok: false, errors: [...(check.errors ?? [])] });
  });
  return validator;
}

/**
 * Where the config really is, symbolic links followed, when that is inside
 * the real working directory (the realpath of `cwd`); otherwise why not: it
 * does not exist (or is a link that leads nowhere), or a link takes it
 * outside. The text of a path cannot tell: `link` may be a symbolic link to
 * `../elsewhere`, shipped in an artifact or made by a step.
 */
function realConfigProblem(config: string, cwd: string): string | undefined {
  const code = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);
  let realCwd: string;
  try {
    realCwd = realpathSync(cwd);
  } catch (error) {
    return `cannot be checked: the working directory ${cwd} cannot be resolved (${code(error)})`;
  }
  let target: string;
  try {
    target = realpathSync(resolve(cwd, config));
  } catch (error) {
    const why = code(error);
    return why === 'ENOENT'
      ? `does not exist in the working directory ${cwd} (or is a symbolic link that leads nowhere)`
      : `cannot be resolved in the working directory ${cwd} (${why})`;
  }
  if (leaves(relative(realCwd, target))) {
    return `leads outside the working directory ${realCwd} through a symbolic link (to ${target})`;
  }
  return undefined;
}

/**
 * How the config path is recorded: relative to the working directory, with `/`.
 * A path outside the working directory is refused, by its text and with
 * symbolic links followed (as is one that does not exist): apply reads the
 * recorded path only inside its own working directory, so a saved plan never
 * names files elsewhere (an artifact could otherwise bring its own).
 */
export function recordedConfigPath(path: string, cwd = process.cwd()): string {
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  if (leaves(rel)) {
    throw new SavedPlanError(
      `cannot save a plan of ${path}: it lies outside the working directory ${cwd}. A saved plan records its files relative to the working directory, ` +
        'and apply reads them only from there: run plan from a folder that contains them.',
    );
  }
  const real = realConfigProblem(path, cwd);
  if (real !== undefined) {
    throw new SavedPlanError(
      `cannot save a plan of ${path}: it ${real}. A saved plan records files inside the working directory, and apply reads them only from there.`,
    );
  }
  return rel === '' ? '.' : rel.split(sep).join('/');
}

/**
 * Why a recorded config path is not one apply may read, or undefined when it
 * is, by its text: it must be relative and without `..` segments, so it
 * stays inside `cwd`. (readSavedPlan also follows it through symbolic links.)
 */
function configPathProblem(config: string): string | undefined {
  if (isAbsolute(config) || /^[/\\]/.test(config) || /^[A-Za-z]:/.test(config)) return 'is absolute';
  if (config.split(/[/\\]/).includes('..')) return 'has a .. segment';
  // Relative and without `..`, it cannot lead out of cwd by its text; links are checked on reading.
  return undefined;
}

export function savedPlanOf(config: string, plan: Plan, cwd = process.cwd(), prune = false, only?: Cause): SavedPlan {
  const saved: SavedPlan = { kind: SAVED_PLAN_KIND, version: SAVED_PLAN_VERSION, config: recordedConfigPath(config, cwd), plan };
  if (prune) saved.prune = true;
  if (only !== undefined) saved.only = only;
  return saved;
}

/**
 * Whether apply takes PATH as a saved plan: it ends in `.json` (a trailing
 * separator or not). Such a path is a saved plan or an error, never a
 * desired-state file or folder to plan.
 */
export const looksLikeSavedPlanPath = (path: string) => /\.json[/\\]*$/i.test(path);

async function textOfFile(path: string): Promise<string | undefined> {
  try {
    if (!(await stat(path)).isFile()) return undefined;
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A plan printed by `--format json`: it has the plan's fields but no kind. */
function isPrintedPlan(value: Record<string, unknown>): boolean {
  return value.kind === undefined && typeof value.fingerprint === 'string' && Array.isArray(value.changes);
}

function describeErrors(errors: readonly ErrorObject[]): string {
  return errors
    .slice(0, 5)
    .map((e) => `${e.instancePath || '(top)'} ${e.message ?? 'is invalid'}${e.params && 'allowedValue' in e.params ? ` (${JSON.stringify(e.params.allowedValue)})` : ''}`)
    .join('; ');
}

/** What apply says about a `.json` path that is not a saved plan. */
function notASavedPlan(path: string, what: string): SavedPlanError {
  return new SavedPlanError(
    `${path} ${what}. apply takes a path ending in .json only as a saved plan, written by \`gatehouse plan PATH --out FILE.json\`; ` +
      'to apply desired-state files, name their .yaml file or folder with --expect-fingerprint. Nothing was changed.',
  );
}

/**
 * The saved plan at PATH, or undefined when PATH does not end in `.json` (a
 * YAML file or a folder: a desired-state config). A path ending in `.json` is
 * a saved plan or an error that says why it is not one: a missing file, a
 * folder, a desired-state or other JSON document, a plan printed by
 * `--format json`, a damaged or edited saved plan, one of another format
 * version, or one whose recorded config is absolute, outside `cwd` (by its
 * text, or through a symbolic link) or missing. It is never planned as
 * desired state: a crafted `.json` must not be applied unreviewed.
 */
export async function readSavedPlan(path: string, cwd = process.cwd()): Promise<SavedPlan | undefined> {
  if (!looksLikeSavedPlanPath(path)) return undefined;
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw notASavedPlan(path, `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (!info.isFile()) throw notASavedPlan(path, 'is a folder, not a saved plan');
  const text = await textOfFile(path);
  if (text === undefined) throw notASavedPlan(path, 'cannot be read');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SavedPlanError(`${path} is not a usable saved plan: it is not valid JSON (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`);
  }
  if (!isObject(value)) throw notASavedPlan(path, 'is not a saved plan: it is not a JSON object');
  if (isPrintedPlan(value)) {
    throw new SavedPlanError(
      `${path} is a plan printed by --format json, not a saved plan: it does not record which files it was made from. ` +
        'Save a plan with `gatehouse plan PATH --out FILE.json`, or apply the files with `gatehouse apply PATH --expect-fingerprint ' +
        `${String(value.fingerprint)}\`. Nothing was changed.`,
    );
  }
  if (value.kind !== SAVED_PLAN_KIND) throw notASavedPlan(path, `is not a saved plan: it has no "kind": "${SAVED_PLAN_KIND}"`);
  if (value.version !== SAVED_PLAN_VERSION) {
    throw new SavedPlanError(
      `${path} is a saved plan of format version ${JSON.stringify(value.version)}; this gatehouse reads version ${SAVED_PLAN_VERSION}. Plan again with this gatehouse. Nothing was changed.`,
    );
  }
  if (typeof value.config === 'string' && value.config !== '') {
    const problem = configPathProblem(value.config);
    if (problem !== undefined) {
      throw new SavedPlanError(
        `${path} is not a usable saved plan: the files it records, ${JSON.stringify(value.config)}, ${problem}; ` +
          'a saved plan may name only files inside the folder apply runs in. Nothing was changed.',
      );
    }
  }
  const check = (await savedPlanValidator())(value);
  if (!check.ok) {
    throw new SavedPlanError(`${path} is not a usable saved plan: ${describeErrors(check.errors)}. Nothing was changed.`);
  }
  const saved = value as unknown as SavedPlan;
  if (fingerprint(saved.plan.changes) !== saved.plan.fingerprint) {
    throw new SavedPlanError(
      `${path} has been edited: its changes do not match its fingerprint ${saved.plan.fingerprint}. Plan again and save the new plan. Nothing was changed.`,
    );
  }
  // Last, once the file is a saved plan: its files as they really are here, links followed.
  const real = realConfigProblem(saved.config, cwd);
  if (real !== undefined) {
    throw new SavedPlanError(
      `${path} is not a usable saved plan here: the files it records, ${JSON.stringify(saved.config)}, ${real}; ` +
        'a saved plan may name only files inside the folder apply runs in. Nothing was changed.',
    );
  }
  return saved;
}

/** True when PATH names an existing file that is meant as a saved plan (valid or not). */
export async function isSavedPlanFile(path: string): Promise<boolean> {
  if (!looksLikeSavedPlanPath(path)) return false;
  const text = await textOfFile(path);
  return text !== undefined && text.includes(SAVED_PLAN_KIND);
}

/**
 * Writes the saved plan to OUT (a `.json` file). Refuses to overwrite a file
 * that is not a saved plan, so a slip such as `--out access.yaml` never
 * destroys a desired-state file, and a config outside the working directory
 * (checked again here, links followed, as plan checked before any request).
 */
export async function writeSavedPlan(out: string, config: string, plan: Plan, cwd = process.cwd(), prune = false, only?: Cause): Promise<void> {
  if (!looksLikeSavedPlanPath(out)) throw new SavedPlanError(`--out ${out}: a saved plan is a .json file; name one ending in .json`);
  const existing = await textOfFile(out);
  if (existing !== undefined && existing.trim() !== '' && !existing.includes(SAVED_PLAN_KIND)) {
    throw new SavedPlanError(`--out ${out}: refusing to overwrite a file that is not a saved plan`);
  }
  const document = savedPlanOf(config, plan, cwd, prune, only);
  try {
    await writeFile(out, `${JSON.stringify(document, null, 2)}\n`);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unwritable';
    throw new SavedPlanError(`--out ${out}: cannot write the saved plan (${code})`);
  }
}

/** Changes in `a` that `b` does not have (by identity). */
export function changesMissingFrom(a: readonly Change[], b: readonly Change[]): Change[] {
  const other = new Set(b.map(changeIdentity));
  return a.filter((c) => !other.has(changeIdentity(c)));
}

const FINGERPRINT = /^[0-9a-f]{64}$/;

/** --expect-fingerprint: a full sha256 fingerprint, as plan prints it. */
export function parseFingerprint(value: string): string {
  const f = value.trim().toLowerCase();
  if (!FINGERPRINT.test(f)) {
    throw new SavedPlanError(
      `--expect-fingerprint ${JSON.stringify(value)}: a fingerprint is the 64 hexadecimal characters that plan prints (Fingerprint: …); nothing was changed`,
    );
  }
  return f;
}
