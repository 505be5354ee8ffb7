/**
 * docs/github-actions.md lists the action's inputs and outputs in two tables,
 * written by hand for readers; this fails when they and action.yml disagree
 * (an input added, renamed or dropped), so the page cannot drift from the
 * action. The deprecated, ignored inputs are left out of the table on purpose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { root } from '../integration/harness.js';

const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { deprecationMessage?: string }>;
  outputs: Record<string, unknown>;
};
const page = readFileSync(join(root, 'docs/github-actions.md'), 'utf8');

/** The first column of the table whose header row starts with `| HEADER |`. */
function column(header: string): string[] {
  const lines = page.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${header} |`));
  expect(start, `a table headed "${header}"`).toBeGreaterThanOrEqual(0);
  const rows: string[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(/^\|\s*`([^`]+)`/.exec(line)?.[1] ?? line);
  }
  return rows;
}

describe('docs/github-actions.md and action.yml', () => {
  it('the inputs table lists every input action.yml has, and no other', () => {
    const live = Object.entries(action.inputs).filter(([, i]) => i.deprecationMessage === undefined).map(([name]) => name);
    expect(column('input').sort()).toEqual(live.sort());
  });

  it('the outputs table lists every output action.yml has, and no other', () => {
    expect(column('output').sort()).toEqual(Object.keys(action.outputs).sort());
  });
});
