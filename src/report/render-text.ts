/** The access review as markdown (a job summary, an issue) and as CSV (a spreadsheet). Pure. */
import { placeTitle, printable } from '../render/group.js';
import { cell } from '../render/markdown.js';
import { levelOf, type Access } from './access.js';
import { sortedMarks, type Review } from './review.js';

/** Text from a file or an API in a markdown table cell: no HTML, no links or emphasis, no column breaks, no mentions. */
function mdCell(text: string): string {
  // The plan's cell escaping, and more for free text: a heading sign, and line breaks (which would end the row).
  return cell(printable(text).replace(/\r?\n/g, ' ')).replace(/#/g, '\\#');
}

export const cellWords = (a: Access | undefined): string => {
  if (a === undefined) return '';
  const level = levelOf(a) || 'member';
  return `${level} (${sortedMarks(a).join(', ')})`;
};

const titleOf = (p: Review['places'][number]) => placeTitle({ provider: p.provider, kind: p.kind, name: p.name, id: p.id ?? p.key });

function header(review: Review): string[] {
  return [
    `Generated ${review.generatedAt}${review.commit ? ` from commit ${review.commit}` : ''}; expiry as of ${review.today}.`,
    '',
    `${review.totals.users} users, ${review.totals.places} places, ${review.totals.memberships} memberships: ${
      Object.entries(review.totals.marks).map(([m, n]) => `${n} ${m}`).join(', ') || 'none'
    }.`,
  ];
}

export function renderReviewMarkdown(review: Review): string {
  const lines = ['### Gatehouse access review', '', ...header(review), ''];
  lines.push('| Place | Owners or admins | Members |', '| --- | --- | --- |');
  review.places.forEach((p, i) => {
    const members = review.rows.filter((r) => r.cells[i] !== undefined).length;
    lines.push(`| ${mdCell(titleOf(p))}${p.declared ? '' : ' (not in the files)'} | ${p.owners.map(mdCell).join(', ') || '—'} | ${members} |`);
  });
  lines.push('', `| User | ${review.places.map((p) => mdCell(titleOf(p))).join(' | ')} |`, `| --- |${review.places.map(() => ' --- |').join('')}`);
  for (const row of review.rows) {
    const who = row.name ? `${mdCell(row.user)} (${mdCell(row.name)})` : mdCell(row.user);
    lines.push(`| ${who} | ${row.cells.map((c) => mdCell(cellWords(c))).join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** A CSV field: quoted when needed; a leading = + - @ (or tab, CR) is prefixed with ' so a spreadsheet never runs it as a formula. */
function csvField(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per membership (user, place): a long table filters and pivots better than a wide one. */
export function renderReviewCsv(review: Review): string {
  const head = ['user', 'name', 'provider', 'kind', 'place', 'place_id', 'level', 'marks', 'until', 'granted_at', 'owners'];
  const lines = [head.join(',')];
  for (const row of review.rows) {
    row.cells.forEach((a, i) => {
      if (a === undefined) return;
      const p = review.places[i]!;
      const at = (a.desired?.grants ?? []).map((g) => g.at ?? `implied by ${g.impliedBy}`).join('; ');
      lines.push(
        [row.user, row.name ?? '', p.provider, p.kind, p.name, p.id ?? '', levelOf(a), sortedMarks(a).join(' '), a.desired?.until ?? '', at, p.owners.join(' ')]
          .map((f) => csvField(printable(f)))
          .join(','),
      );
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}
