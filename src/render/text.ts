/** The plan for a terminal or a CI log. */
import type { Plan } from '../model/index.js';
import { costLine } from './cost-line.js';
import { diffLines } from './diff-lines.js';
import { expiringText } from './expiring.js';
import { placeTitle, printable, sectionsOf, summaryLine } from './group.js';
import { plain, type Style } from './style.js';

export interface TextOptions {
  style?: Style;
  /** List unmanaged users by name, not only their count. */
  verbose?: boolean;
}

export function renderText(plan: Plan, options: TextOptions = {}): string {
  const style = options.style ?? plain;
  const out: string[] = [];
  for (const { place, changes } of sectionsOf(plan)) {
    const notes: string[] = [];
    if (place.inSync > 0) notes.push(`${place.inSync} in sync`);
    if (place.unmanaged.length > 0) notes.push(`${place.unmanaged.length} unmanaged`);
    if (place.kept) notes.push(`${place.kept.length} kept`);
    if (place.inactive) notes.push(`${place.inactive.length} inactive`);
    if (place.expiring) notes.push(`${place.expiring.length} expiring`);
    if (place.prune) notes.push('prune');
    if (changes.length === 0 && !place.kept && !place.expiring && !options.verbose) continue;
    out.push(style.bold(placeTitle(place.place)) + (notes.length ? style.dim(`  (${notes.join(', ')})`) : ''));
    for (const line of diffLines(changes)) {
      const paint = line.sign === '+' ? style.add : line.sign === '-' ? style.remove : style.change;
      out.push(`  ${paint(printable(`${line.sign} ${line.text}`))}  ${style.dim(printable(line.change.reasons.join('; ')))}`);
    }
    for (const { user, why } of place.kept ?? []) out.push(style.dim(`    ${printable(user)}  (kept: ${printable(why)})`));
    for (const entry of place.expiring ?? []) out.push(`  ${style.change(printable(`! ${expiringText(entry)}`))}`);
    if (options.verbose) {
      for (const user of place.inactive ?? []) out.push(style.dim(`    ${printable(user)}  (inactive: listed live, not active)`));
      for (const user of place.unmanaged) out.push(style.dim(`    ${printable(user)}  (unmanaged: live, not in the file; left alone)`));
    }
    out.push('');
  }
  if (plan.changes.length === 0) out.push('No changes. Live state matches the file.');
  if (plan.summary.unmanaged > 0 && !options.verbose) {
    out.push(style.dim(`${plan.summary.unmanaged} live memberships are not in the file and are left alone (--verbose lists them).`));
  }
  out.push(summaryLine(plan));
  const cost = costLine(plan);
  if (cost !== undefined) out.push(cost);
  return out.join('\n') + '\n';
}
