/** Words for grants that end soon (PlacePlan.expiring), shared by the text and markdown plans. */

/** `expires in 9 days`, `expires tomorrow`, `expires at the end of today` (today being its last day). */
export function expiresWords(days: number): string {
  if (days === 0) return 'expires at the end of today';
  if (days === 1) return 'expires tomorrow';
  return `expires in ${days} days`;
}

/** `dave@contractor.io expires in 9 days (until 2027-03-31)` */
export function expiringText(entry: { user: string; until: string; days: number }): string {
  return `${entry.user} ${expiresWords(entry.days)} (until ${entry.until})`;
}
