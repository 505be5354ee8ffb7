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

export interface ApplyReport {
  done: Change[];
  failed: FailedChange[];
  skipped: SkippedChange[];
}

export function reportLine(report: ApplyReport): string {
  return `Apply: ${report.done.length} done, ${report.failed.length} failed, ${report.skipped.length} skipped.`;
}

/** One line per failure and skip, for the end of a run. */
export function reportDetails(report: ApplyReport): string[] {
  const describe = (c: Change) => `${c.action} ${c.user} ${c.role ? `(${c.role}) ` : ''}at ${c.place.kind} "${c.place.name}"`;
  return [
    ...report.failed.map((f) => `failed:  ${describe(f.change)}: ${f.error}`),
    ...report.skipped.map((s) => `skipped: ${describe(s.change)}: ${s.because}`),
  ];
}
