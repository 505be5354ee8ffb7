/**
 * Expiring grants, as the planner sees them: a member's grants at a place end
 * on the latest of their `until` days (never, if one has none). "Today" is an
 * input, so the planner stays free of the clock.
 */
import type { DesiredMember } from '../model/index.js';
import { daysBetween, lastEnd } from '../util/calendar-day.js';

export interface PlanDay {
  /** YYYY-MM-DD: a grant whose `until` is before it has ended. */
  today: string;
  /** Grants that end within this many days are flagged as expiring. */
  warnDays: number;
}

export const DEFAULT_WARN_DAYS = 14;

/** When the member's grants here end; undefined when one never does. */
export function memberEnd(member: DesiredMember): string | undefined {
  return lastEnd(member.reasons.map((r) => r.until));
}

/** Whether a grant that ends on `until` is over on `today`. */
export const hasEnded = (until: string, today: string): boolean => until < today;

/** Days left from today to the last day (0: today is the last day). */
export const daysLeft = (until: string, today: string): number => daysBetween(today, until);
