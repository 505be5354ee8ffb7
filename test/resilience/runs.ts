/**
 * What an apply run claimed, set against what the next plan shows: the check
 * that an apply report tells the truth about what landed.
 */
import { describeChange } from '../../src/apply/report.js';
import type { Change, Plan } from '../../src/model/index.js';
import type { CliResult } from '../integration/harness.js';

/** One change, as the plan and the report identify it (provider, place, action, user, roles). */
export const changeKey = (c: Change): string =>
  [c.provider, c.place.key, c.action, c.user, c.role ?? '', c.fromRole ?? ''].join(' | ');

export interface ApplyClaims {
  /** The plan the run printed, or undefined when planning failed (nothing was applied). */
  plan: Plan | undefined;
  done: Change[];
  failed: Change[];
  skipped: Change[];
  /** Done changes the report added a note to. */
  noted: Change[];
}

/**
 * Read `gatehouse apply --yes --format json`: stdout holds the plan, stderr a
 * `failed:`/`skipped:`/`note:` line per change that needs one. A change the
 * report does not name is done.
 */
export function claimsOf(result: CliResult): ApplyClaims {
  const text = result.stdout.trim();
  if (text === '') return { plan: undefined, done: [], failed: [], skipped: [], noted: [] };
  const plan = JSON.parse(text) as Plan;
  const lines = result.stderr.split('\n');
  const named = (label: string, c: Change) => lines.some((l) => l.startsWith(`${label} ${describeChange(c)}: `));
  const failed = plan.changes.filter((c) => named('failed: ', c));
  const skipped = plan.changes.filter((c) => named('skipped:', c));
  const noted = plan.changes.filter((c) => named('note:   ', c));
  const done = plan.changes.filter((c) => !failed.includes(c) && !skipped.includes(c));
  return { plan, done, failed, skipped, noted };
}

/**
 * Where the report and the world disagree, given the plan made right after
 * the run (`next`):
 * - a change reported done must not be needed again (it landed);
 * - a skipped change was never sent, so it must still be needed;
 * - a failed change may be gone from the next plan only when an answer was
 *   lost after the change was made (`answersLost`: the client cannot know
 *   then), or when another change of the run made it moot: Asana takes
 *   someone who leaves a workspace out of its teams and projects, so a failed
 *   removal there is moot once their removal from the workspace landed;
 * - the next plan holds nothing the run's plan did not (no run undid or
 *   bent something it was not asked to touch).
 */
export function reportProblems(run: ApplyClaims, next: Plan, answersLost: boolean): string[] {
  if (!run.plan) return [];
  const needed = new Set(next.changes.map(changeKey));
  const planned = new Set(run.plan.changes.map(changeKey));
  const landed = (c: Change) => !needed.has(changeKey(c));
  const at = (placeKey: string, user: string) => `${placeKey}\u0000${user}`;
  const removalsLanded = new Set(run.plan.changes.filter((c) => c.action === 'remove' && landed(c)).map((c) => at(c.place.key, c.user)));
  const moot = (c: Change) => c.action === 'remove' && c.place.requiresKey !== undefined && removalsLanded.has(at(c.place.requiresKey, c.user));

  const problems: string[] = [];
  for (const c of run.done) if (!landed(c)) problems.push(`reported done but still needed: ${describeChange(c)}`);
  for (const c of run.skipped) if (landed(c)) problems.push(`reported skipped but landed: ${describeChange(c)}`);
  if (!answersLost) {
    for (const c of run.failed) if (landed(c) && !moot(c)) problems.push(`reported failed but landed, with no answer lost: ${describeChange(c)}`);
  }
  for (const c of next.changes) if (!planned.has(changeKey(c))) problems.push(`needed after the run but not planned by it: ${describeChange(c)}`);
  return problems;
}
