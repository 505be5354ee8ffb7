import type { Plan } from '../model/index.js';
import { escapeChar, escapeHashBracket, UNPRINTABLE_BEYOND_C0 } from './group.js';

/**
 * Characters no JSON text printed to a log should hold raw: U+0085, U+2028
 * and U+2029, which some readers take as line breaks, the other controls
 * JSON.stringify leaves raw (U+007F–U+009F), and the bidirectional controls
 * (see UNPRINTABLE), which reorder the line. Each occurs only inside a
 * string, and escaped it is the same string once parsed.
 */
const LINE_BREAKERS = UNPRINTABLE_BEYOND_C0;

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
