/**
 * The plan as a pull-request comment or job summary: the summary line, a
 * table with a row per place (and a total per provider when there are
 * several), each place's changes as a diff block in a collapsible section
 * (`+` adds, `-` removals, `!` changes, so that GitHub colours each),
 * and the fingerprint. A long plan is cut to fit a size limit (GitHub refuses
 * comments over 65,536 characters) at a line boundary, with every code fence
 * and <details> closed, and a note that says what was left out and where the
 * full plan is.
 */
import type { Change, Plan, PlacePlan } from '../model/index.js';
import { costLine } from './cost-line.js';
import { diffLines, type DiffLine } from './diff-lines.js';
import { expiringText } from './expiring.js';
import { placeTitle, printable, sectionsOf, summaryLine, type PlaceSection } from './group.js';

/** GitHub's limit on the body of a pull-request or issue comment, in characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;
/** The default size: a comment, less room for the marker a comment action adds and a header of its own. */
export const MARKDOWN_DEFAULT_LIMIT = GITHUB_COMMENT_LIMIT - 1_536;

export interface MarkdownOptions {
  /** The most the output may measure (see `lengthOf`). Default: fits a GitHub comment. */
  maxLength?: number;
  /** How to measure text against `maxLength`; default the string's length (UTF-16 units, never less than GitHub's count). */
  lengthOf?: (text: string) => number;
  /** What the limit is, for the note: default `a GitHub comment (65,536 characters)`, or the number given as `maxLength`. */
  limitName?: string;
  /** Where the full plan can be found, for the note (markdown). */
  fullPlanAt?: string;
}

/** Plans with at most this many changes show their sections open. */
const OPEN_UP_TO = 20;
/** Plans with at most this many places list every place in the table, changed or not. */
const ALL_PLACES_UP_TO = 25;
/** The table may use at most this share of the room left after the fixed parts. */
const TABLE_SHARE = 0.4;
/** Grants ending soon listed by name; the rest are counted. */
const EXPIRING_SHOWN = 20;
/** Reasons shown per line; the rest are counted. */
const REASONS_SHOWN = 5;
/** Longest place title in a table cell or section title. */
const TITLE_CHARS = 200;

const number = (n: number) => n.toLocaleString('en-US');
const plural = (n: number, one: string, many = `${one}s`) => `${number(n)} ${n === 1 ? one : many}`;

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * `@` followed by a zero-width space: reads the same, but GitHub does not
 * take `@name` or `@org/team` in a live place name as a mention, which would
 * notify people from a plan comment.
 */
function noMentions(text: string): string {
  return text.replace(/@/g, '@\u200b');
}

/** Text from the live service in a table cell: no HTML, no markdown links or emphasis, no column breaks, no mentions. */
export function cell(text: string): string {
  return noMentions(escapeHtml(text).replace(/[\\`*_[\]~|]/g, (c) => `\\${c}`));
}

function title(place: PlacePlan): string {
  return clip(placeTitle(place.place), TITLE_CHARS);
}

interface Counts {
  add: number;
  change: number;
  remove: number;
  inSync: number;
  unmanaged: number;
}

function countsOf(sections: readonly PlaceSection[]): Counts {
  const counts: Counts = { add: 0, change: 0, remove: 0, inSync: 0, unmanaged: 0 };
  for (const { place, changes } of sections) {
    for (const c of changes) counts[c.action] += 1;
    counts.inSync += place.inSync;
    counts.unmanaged += place.unmanaged.length;
  }
  return counts;
}

function addCounts(a: Counts, b: Counts): Counts {
  return { add: a.add + b.add, change: a.change + b.change, remove: a.remove + b.remove, inSync: a.inSync + b.inSync, unmanaged: a.unmanaged + b.unmanaged };
}

function row(label: string, c: Counts): string {
  return `| ${label} | ${c.add} | ${c.change} | ${c.remove} | ${c.inSync} | ${c.unmanaged} |`;
}

function actionsSummary(changes: readonly Change[]): string {
  const c: Counts = { add: 0, change: 0, remove: 0, inSync: 0, unmanaged: 0 };
  for (const change of changes) c[change.action] += 1;
  const parts = [c.add && `${number(c.add)} to add`, c.change && `${number(c.change)} to change`, c.remove && `${number(c.remove)} to remove`];
  return parts.filter(Boolean).join(', ');
}

/**
 * The sign a ```diff block starts a line with, so that GitHub colours it:
 * `+` (green) and `-` (red) as in the text plan, and `!` for a change of
 * permission or level, which GitHub's diff highlighting shows as changed
 * (orange). The text plan's `~` is not a diff sign, so GitHub left it plain.
 */
export const MARKDOWN_SIGNS: Readonly<Record<DiffLine['sign'], string>> = { '+': '+', '-': '-', '~': '!' };

function diffText(line: DiffLine): string {
  const reasons = line.change.reasons;
  const shown = reasons.slice(0, REASONS_SHOWN).join('; ');
  const more = reasons.length > REASONS_SHOWN ? `; and ${reasons.length - REASONS_SHOWN} more` : '';
  // Every line starts with its sign, so none can close the fence; control characters
  // (a newline in a live name) are shown escaped, so none can start a new line.
  return printable(`${MARKDOWN_SIGNS[line.sign]} ${line.text}    # ${shown}${more}`);
}

/** Lines under a size budget: the output is the lines joined with "\n". */
class Budget {
  readonly lines: string[] = [];
  private used = 0;
  constructor(
    readonly max: number,
    private readonly lengthOf: (text: string) => number,
  ) {}
  cost(lines: readonly string[]): number {
    let n = 0;
    for (const line of lines) n += this.lengthOf(line) + 1;
    return n;
  }
  /** Whether `lines` fit with `reserve` still to spare. */
  fits(lines: readonly string[], reserve: number): boolean {
    return this.used + this.cost(lines) + reserve <= this.max;
  }
  push(...lines: string[]): void {
    this.lines.push(...lines);
    this.used += this.cost(lines);
  }
  get spent(): number {
    return this.used;
  }
}

export function renderMarkdown(plan: Plan, options: MarkdownOptions = {}): string {
  const max = options.maxLength ?? MARKDOWN_DEFAULT_LIMIT;
  const limitName =
    options.limitName ?? (options.maxLength === undefined ? `a GitHub comment (${number(GITHUB_COMMENT_LIMIT)} characters)` : `${number(max)} characters`);
  const fullPlanAt = options.fullPlanAt ?? 'Run `gatehouse plan` for the full plan.';
  const budget = new Budget(max, options.lengthOf ?? ((text) => text.length));

  const sections = sectionsOf(plan);
  const changed = sections.filter((s) => s.changes.length > 0);
  const providers = [...new Set(sections.map((s) => s.place.place.provider))];
  const rows = sections.length <= ALL_PLACES_UP_TO ? sections : changed;

  const head = ['### Gatehouse plan', '', `**${summaryLine(plan)}**`, ''];
  const cost = costLine(plan);
  if (cost !== undefined) head.push(cost, '');
  if (plan.summary.unmanaged > 0) {
    head.push(`${plural(plan.summary.unmanaged, 'live membership is', 'live memberships are')} not in the file and left alone.`, '');
  }
  const expiring = sections.flatMap(({ place }) => (place.expiring ?? []).map((entry) => ({ entry, place })));
  if (expiring.length > 0) {
    head.push(`${plural(expiring.length, 'grant ends', 'grants end')} soon:`, '');
    for (const { entry, place } of expiring.slice(0, EXPIRING_SHOWN)) head.push(`- ${cell(expiringText(entry))}: ${cell(title(place))}`);
    if (expiring.length > EXPIRING_SHOWN) head.push(`- *… ${plural(expiring.length - EXPIRING_SHOWN, 'more')}*`);
    head.push('');
  }
  const tableHead = ['| Place | Add | Change | Remove | In sync | Unmanaged |', '|---|---:|---:|---:|---:|---:|'];
  const tableFoot: string[] = [];
  if (rows.length < sections.length) {
    const quiet = sections.filter((s) => s.changes.length === 0);
    tableFoot.push(row(`*${plural(quiet.length, 'other place')}, no changes*`, countsOf(quiet)));
  }
  if (providers.length > 1) {
    for (const provider of providers) {
      const own = sections.filter((s) => s.place.place.provider === provider);
      tableFoot.push(row(`**${cell(provider)}** (${plural(own.length, 'place')})`, countsOf(own)));
    }
  }

  const note = (changesLeft: number, placesLeft: number) => {
    const parts = [changesLeft > 0 && `${number(changesLeft)} of ${plural(plan.changes.length, 'change')}`, placesLeft > 0 && `${number(placesLeft)} of ${number(rows.length)} table rows`];
    return ['> [!WARNING]', `> This plan was cut to fit ${limitName}: ${parts.filter(Boolean).join(' and ')} are not shown here. ${fullPlanAt}`, ''];
  };
  const fingerprintLines = [`Fingerprint: \`${plan.fingerprint}\``, ''];
  // Room for the end whatever is cut: the note with the largest counts, and the fingerprint.
  const endReserve = budget.cost([...note(plan.changes.length, rows.length), ...fingerprintLines]);

  budget.push(...head);
  const fixed = budget.cost([...tableHead, ...tableFoot, '']) + endReserve;
  const tableRoom = budget.spent + fixed + TABLE_SHARE * Math.max(0, max - budget.spent - fixed);

  // The table: a row per place while it fits in its share, then a row saying how many are left.
  budget.push(...tableHead);
  // Each row's counts, and from the end the sums of the rows from i on (for the "… more places" row).
  const rowCounts = rows.map((r) => countsOf([r]));
  const rest: Counts[] = new Array<Counts>(rows.length + 1);
  rest[rows.length] = { add: 0, change: 0, remove: 0, inSync: 0, unmanaged: 0 };
  for (let i = rows.length - 1; i >= 0; i--) rest[i] = addCounts(rowCounts[i]!, rest[i + 1]!);
  let rowsLeft = 0;
  for (let i = 0; i < rows.length; i++) {
    const { place } = rows[i]!;
    const line = row(cell(title(place)), rowCounts[i]!);
    const moreRow = row(`*… ${plural(rows.length - i, 'more place')}*`, rest[i]!);
    const reserve = budget.cost([...tableFoot, '']) + endReserve;
    if (budget.spent + budget.cost([line, moreRow]) + reserve > tableRoom || !budget.fits([line, moreRow], reserve)) {
      rowsLeft = rows.length - i;
      budget.push(moreRow);
      break;
    }
    budget.push(line);
  }
  budget.push(...tableFoot, '');

  // Each place's changes: a collapsible section with a diff block, cut at a line when room runs out.
  const open = plan.changes.length <= OPEN_UP_TO;
  // A diff line per change; the lines' text is made only for places that are shown.
  const totalLines = changed.reduce((n, s) => n + s.changes.length, 0);
  let shownChanges = 0;
  let cut = false;
  for (const { place, changes } of changed) {
    if (cut) break;
    const lines = diffLines(changes);
    const start = [`<details${open ? ' open' : ''}><summary>${noMentions(escapeHtml(title(place)))}: ${actionsSummary(changes)}</summary>`, '', '```diff'];
    const end = ['```', '', '</details>', ''];
    const moreLine = (n: number) => [`*… ${plural(n, 'more change')} here ${n === 1 ? 'is' : 'are'} not shown.*`, ''];
    const closeReserve = (left: number) => budget.cost([...end.slice(0, 2), ...moreLine(left), ...end.slice(2)]) + endReserve;
    if (!budget.fits([...start, diffText(lines[0]!)], closeReserve(lines.length))) {
      cut = true;
      break;
    }
    budget.push(...start);
    let shown = 0;
    for (const line of lines) {
      const text = diffText(line);
      if (!budget.fits([text], closeReserve(lines.length - shown))) break;
      budget.push(text);
      shown += 1;
    }
    shownChanges += shown;
    // Members prune would have removed but keeps: context lines, while they fit.
    if (shown === lines.length) {
      for (const { user, why } of place.kept ?? []) {
        const text = printable(`  ${user}    # kept: ${why}`);
        if (!budget.fits([text], closeReserve(0))) break;
        budget.push(text);
      }
    }
    if (shown < lines.length) {
      cut = true;
      budget.push(...end.slice(0, 2), ...moreLine(lines.length - shown), ...end.slice(2));
    } else {
      budget.push(...end);
    }
  }

  if (plan.changes.length === 0) budget.push('No changes. Live state matches the file.', '');
  const changesLeft = totalLines - shownChanges;
  if (changesLeft > 0 || rowsLeft > 0) budget.push(...note(changesLeft, rowsLeft));
  budget.push(...fingerprintLines);
  return budget.lines.join('\n');
}
