/**
 * "Today" for expiry: `--today YYYY-MM-DD`, else GATEHOUSE_TODAY, else the
 * clock's UTC date. Read here, at the edge, so the planner and the
 * renderers stay pure and tests and what-if reviews can set it.
 */
import { UsageError } from './errors.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written YYYY-MM-DD (2027-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === text;
}

export function readToday(flag: unknown, env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): string {
  if (typeof flag === 'string') {
    if (!isCalendarDate(flag)) throw new UsageError(`--today ${JSON.stringify(flag)}: expected a date such as 2027-03-31`);
    return flag;
  }
  const fromEnv = env['GATEHOUSE_TODAY']?.trim();
  if (fromEnv) {
    if (!isCalendarDate(fromEnv)) throw new UsageError(`GATEHOUSE_TODAY=${JSON.stringify(fromEnv)}: expected a date such as 2027-03-31`);
    return fromEnv;
  }
  return now().toISOString().slice(0, 10);
}
