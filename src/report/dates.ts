/** Calendar dates as the files write them (YYYY-MM-DD), compared as days; no clock is read here. */

const DAY_MS = 86_400_000;

/** Days from `today` to `date` (both YYYY-MM-DD): 0 the same day, negative once it has passed. */
export function daysUntil(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** `expires today`, `expires in 9 days`, `expired 2027-03-31`. */
export function expiryWords(until: string, days: number): string {
  if (days < 0) return `expired ${until}`;
  if (days === 0) return `until ${until} (expires today)`;
  return `until ${until} (expires in ${days} ${days === 1 ? 'day' : 'days'})`;
}
