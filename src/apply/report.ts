import type { Change } from '../model/index.js';

export interface FailedChange {
  change: Change;
  error: string;
}

export interface SkippedChange {
  change: Change;
  /** Why it was not attempted: the failed change it depended on. */
  because: string;
}

interface NotedChange {
  change: Change;
  note: string;
}

export interface ApplyReport {
  done: Change[];
  /** Done changes that met a state the plan did not show; also in `done`. */
  notes: NotedChange[];
  failed: FailedChange[];
  skipped: SkippedChange[];
  /** True when the run was interrupted: some changes were not attempted (skipped, because NOT_ATTEMPTED). */
  interrupted?: boolean;
}

/** Why a change was skipped when the run was interrupted before it was sent. */
export const NOT_ATTEMPTED = 'not attempted: the run was interrupted';

/** Said after the report of an interrupted run: by which signal, and how many changes were not attempted. */
export function interruptedLine(report: ApplyReport, signal: string): string {
  const notAttempted = report.skipped.filter((s) => s.because === NOT_ATTEMPTED).length;
  return `Interrupted by ${signal}: nothing new was started; ${notAttempted} change${notAttempted === 1 ? ' was' : 's were'} not attempted.`;
}

export function reportLine(report: ApplyReport): string {
  return `Apply: ${report.done.length} done, ${report.failed.length} failed, ${report.skipped.length} skipped.`;
}

/** What a change does, in words: `add bob@acme.com as contributor to dreadnode workspace "Red Team"`. */
export function describeChange(c: Change): string {
  const where = `${c.place.provider} ${c.place.kind} "${c.place.name}"`;
  switch (c.action) {
    case 'add':
      return `add ${c.user}${c.role === undefined ? '' : ` as ${c.role}`} to ${where}`;
    case 'change':
      return `change ${c.user} from ${c.fromRole ?? '(none)'} to ${c.role ?? '(none)'} on ${where}`;
    case 'remove':
      return `remove ${c.user} from ${where}`;
  }
}

/** One line per note, failure and skip, for the end of a run: what, then why. */
export function reportDetails(report: ApplyReport): string[] {
  return [
    ...report.notes.map((n) => `note:    ${describeChange(n.change)}: ${n.note}`),
    ...report.failed.map((f) => `failed:  ${describeChange(f.change)}: ${f.error}`),
    ...report.skipped.map((s) => `skipped: ${describeChange(s.change)}: ${s.because}`),
  ];
}
