/** The plan as a pull-request comment or job summary. */
import type { Plan } from '../model/index.js';
import { diffLines } from './diff-lines.js';
import { placeTitle, sectionsOf, summaryLine } from './group.js';

function cell(text: string): string {
  return escapeHtml(text).replace(/\|/g, '\\|');
}

export function renderMarkdown(plan: Plan): string {
  const out: string[] = ['### Gatehouse plan', '', `**${summaryLine(plan)}**`, ''];
  const sections = sectionsOf(plan);
  out.push('| Place | Add | Change | Remove | In sync | Unmanaged |', '|---|---:|---:|---:|---:|---:|');
  for (const { place, changes } of sections) {
    const count = (action: string) => changes.filter((c) => c.action === action).length;
    out.push(
      `| ${cell(placeTitle(place))} | ${count('add')} | ${count('change')} | ${count('remove')} | ${place.inSync} | ${place.unmanaged.length} |`,
    );
  }
  out.push('');
  for (const { place, changes } of sections) {
    if (changes.length === 0) continue;
    out.push(`<details><summary>${escapeHtml(placeTitle(place))}: ${changes.length} change(s)</summary>`, '', '```diff');
    for (const line of diffLines(changes)) out.push(`${line.sign} ${line.text}    # ${line.change.reasons.join('; ')}`);
    out.push('```', '', '</details>', '');
  }
  if (plan.changes.length === 0) out.push('No changes. Live state matches the file.', '');
  out.push(`Fingerprint: \`${plan.fingerprint}\``, '');
  return out.join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
