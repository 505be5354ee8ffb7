/** `until:` on member entries: a day that exists, and only where a grant can end. */
import { isCalendarDay } from '../util/calendar-day.js';
import { entryLabel, type Entry } from './entries.js';
import type { Problems } from './problems.js';

/** An end date that names no real day (2027-02-30) is an error at its entry. */
export function checkUntil(entries: readonly Entry[], problems: Problems): void {
  for (const entry of entries) {
    if (entry.until !== undefined && !isCalendarDay(entry.until)) {
      problems.add(entry.at, `until: ${entry.until} for ${entryLabel(entry)} is not a real day (write YYYY-MM-DD, such as 2027-03-31)`);
    }
  }
}

/** A list whose entries are not grants (`protected:`, `revoked:`): an end date there is an error, since it would mean nothing. */
export function refuseUntil(entries: readonly Entry[], list: string, why: string, problems: Problems): Entry[] {
  return entries.filter((entry) => {
    if (entry.until === undefined) return true;
    problems.add(entry.at, `${entryLabel(entry)} has until: ${entry.until} in ${list}:, which ${why}; write the plain entry`);
    return false;
  });
}
