/** Words for a grant's end day (YYYY-MM-DD); no clock is read here. */

/** `expires today`, `expires in 9 days`, `expired 2027-03-31`. */
export function expiryWords(until: string, days: number): string {
  if (days < 0) return `expired ${until}`;
  if (days === 0) return `until ${until} (expires today)`;
  return `until ${until} (expires in ${days} ${days === 1 ? 'day' : 'days'})`;
}
