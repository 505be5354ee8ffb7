import type { Plan } from '../model/index.js';
import { escapeChar, escapeHashBracket } from './group.js';

/**
 * Characters no JSON text printed to a log should hold raw: U+0085, U+2028
 * and U+2029, which some readers take as line breaks (JSON.stringify already
 * escapes every control character but U+0085, and not these line separators).
 */
const LINE_BREAKERS = /[\u0085\u2028\u2029]/g;

/**
 * The plan as data (schemas/plan.schema.json), as JSON text that is safe to
 * print in a GitHub Actions log and parses back to the same plan:
 *
 * - `##[`, which the runner's legacy parser takes as a workflow command
 *   anywhere in a line, is written `#\u0023[` (the same string once parsed;
 *   `#` occurs in JSON text only inside strings);
 * - no line can start with `::` (a workflow command; the runner looks past
 *   leading whitespace): JSON.stringify escapes CR and LF inside strings, so
 *   each line starts with indentation and then `{`, `}`, `[`, `]` or `"`, or
 *   a number or literal; the characters above that some readers take as line
 *   breaks are escaped too.
 */
export function renderJson(plan: Plan): string {
  const text = escapeHashBracket(JSON.stringify(plan, null, 2)).replace(LINE_BREAKERS, escapeChar);
  return `${text}\n`;
}
