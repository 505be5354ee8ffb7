/**
 * Calendar days as the file writes them (YYYY-MM-DD). Compared as text: the
 * fixed-width form sorts like the days it names, with no clock or time zone.
 */

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is YYYY-MM-DD and names a day that exists (not 2027-02-30). */
export function isCalendarDay(text: string): boolean {
  const m = DAY.exec(text);
  if (m === null) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Days from `from` to `to` (both valid calendar days); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const ms = (day: string): number => Date.parse(`${day}T00:00:00Z`);
  return Math.round((ms(to) - ms(from)) / 86_400_000);
}

/** The later of two days, where `undefined` means no end. */
export function laterEnd(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined || b === undefined ? undefined : a > b ? a : b;
}

/** The earlier of two days, where `undefined` means no end. */
export function earlierEnd(a: string | undefined, b: string | undefined): string | undefined {
  return a === undefined ? b : b === undefined ? a : a < b ? a : b;
}

/** When a set of grants ends: the latest of their ends, or undefined when any has none. */
export function lastEnd(ends: Iterable<string | undefined>): string | undefined {
  let last: string | undefined;
  let first = true;
  for (const end of ends) {
    if (end === undefined) return undefined;
    last = first ? end : laterEnd(last, end);
    first = false;
  }
  return last;
}
