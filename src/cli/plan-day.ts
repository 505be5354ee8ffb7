/**
 * The day grants are judged on: `--today`, else GATEHOUSE_TODAY, else the
 * clock's date in UTC. Read here, at the edge, so the planner never sees a clock.
 */
import { isCalendarDay } from '../util/calendar-day.js';
import { DEFAULT_WARN_DAYS, type PlanDay } from '../plan/index.js';
import { UsageError } from './errors.js';

export const TODAY_ENV = 'GATEHOUSE_TODAY';

export function planDay(values: Readonly<Record<string, unknown>>, env: NodeJS.ProcessEnv, now: () => Date = () => new Date()): PlanDay {
  const flag = values['today'];
  const fromEnv = env[TODAY_ENV]?.trim();
  let today: string;
  if (typeof flag === 'string') today = flag;
  else if (fromEnv !== undefined && fromEnv !== '') {
    if (!isCalendarDay(fromEnv)) throw new UsageError(`${TODAY_ENV}=${JSON.stringify(fromEnv)}: expected a day written YYYY-MM-DD, such as 2027-03-31`);
    today = fromEnv;
  } else today = now().toISOString().slice(0, 10);
  const warn = values['warn-expiry'];
  return { today, warnDays: typeof warn === 'number' ? warn : DEFAULT_WARN_DAYS };
}
