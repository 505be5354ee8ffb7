/**
 * Why apply refuses a fresh plan that is not the one reviewed: both
 * fingerprints and, for a saved plan, the changes only one of them has.
 */
import { createTwoFilesPatch } from 'diff';
import type { Change, Plan } from '../model/index.js';
import { printedPlan } from './annotations.js';
import { changeLine } from '../render/diff-lines.js';
import { placeTitle } from '../render/group.js';
import { changesMissingFrom, type SavedPlan } from './saved-plan.js';

/** How many differing changes a refusal names, each way. */
const SHOWN_DIFFERENCES = 10;

function describe(c: Change): string {
  const { sign, text } = changeLine(c);
  return `${sign} ${text} at ${placeTitle(c.place)}`;
}

function differenceLines(title: string, changes: readonly Change[]): string[] {
  if (changes.length === 0) return [];
  const shown = changes.slice(0, SHOWN_DIFFERENCES).map((c) => `    ${describe(c)}`);
  const more = changes.length > SHOWN_DIFFERENCES ? [`    … and ${changes.length - SHOWN_DIFFERENCES} more`] : [];
  return [`  ${title} (${changes.length}):`, ...shown, ...more];
}

const count = (n: number) => `${n} change${n === 1 ? '' : 's'}`;

/**
 * The reviewed plan's text against the fresh plan's, as a unified diff: what
 * moved since the review, in the words the reviewer read.
 */
function planDiff(reviewed: Plan, fresh: Plan): string[] {
  const patch = createTwoFilesPatch('reviewed plan', 'fresh plan', printedPlan(reviewed, 'text'), printedPlan(fresh, 'text'), undefined, undefined, { context: 2 });
  const lines = patch.replace(/^=+\n/, '').trimEnd().split('\n');
  return ['  the reviewed plan against the fresh plan:', ...lines.map((l) => `    ${l}`)];
}

/** Why the fresh plan is not the one that was reviewed; every line ends in "Nothing was changed". */
export function refusal(fresh: Plan, wanted: string, source: { path: string; saved?: SavedPlan | undefined }): string[] {
  const { saved } = source;
  if (saved) {
    return [
      `gatehouse: refusing to apply ${source.path}: the files or the live state have changed since it was planned.`,
      `  saved plan: fingerprint ${saved.plan.fingerprint} (${count(saved.plan.changes.length)})`,
      `  fresh plan: fingerprint ${fresh.fingerprint} (${count(fresh.changes.length)})`,
      ...differenceLines('only in the fresh plan', changesMissingFrom(fresh.changes, saved.plan.changes)),
      ...differenceLines('only in the saved plan', changesMissingFrom(saved.plan.changes, fresh.changes)),
      ...planDiff(saved.plan, fresh),
      'Nothing was changed. Review the fresh plan, then save it again with `gatehouse plan --out` and apply that.',
    ];
  }
  return [
    `gatehouse: refusing to apply: --expect-fingerprint ${wanted} was given, but a fresh plan of ${source.path} has fingerprint ${fresh.fingerprint} (${count(fresh.changes.length)}).`,
    'Nothing was changed. Review the fresh plan, then apply it with its own fingerprint.',
  ];
}
