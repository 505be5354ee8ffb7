/**
 * The pages the doc tests read (README.md and every page under docs/) and
 * their fenced blocks, each with its info string, the line it starts on and
 * the HTML comment just before it (where a block says what it must produce).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { root } from '../../integration/harness.js';

export interface Block {
  page: string;
  line: number;
  /** The first word of the info string (`yaml`, `console`). */
  lang: string;
  /** The rest of the info string (`workflow`, `exit=1`). */
  meta: string;
  text: string;
  /** The text of an HTML comment on the line before the fence, if any. */
  note?: string;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : [],
  );
}

/** Repository-relative paths of README.md and every page under docs/. */
export const pages: string[] = ['README.md', ...markdownFiles(join(root, 'docs')).map((p) => relative(root, p))].sort();

export const read = (page: string): string => readFileSync(join(root, page), 'utf8');

export function blocksOf(page: string): Block[] {
  const lines = read(page).split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})\s*(\S*)\s*(.*)$/.exec(lines[i]!);
    if (open === null) continue;
    const fence = open[1]!;
    let j = i + 1;
    while (j < lines.length && !(lines[j]!.startsWith(fence) && lines[j]!.trim() === fence)) j++;
    const before = i > 0 ? /^<!--\s*(.*?)\s*-->$/.exec(lines[i - 1]!.trim()) : null;
    blocks.push({ page, line: i + 1, lang: open[2]!, meta: open[3]!.trim(), text: lines.slice(i + 1, j).join('\n'), ...(before ? { note: before[1] } : {}) });
    i = j;
  }
  return blocks;
}

/** A page with its fenced blocks and inline code blanked out, for finding links in prose only. */
export function proseOf(page: string): string {
  return read(page)
    .replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\s*$/gm, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/`+[^`\n]*`+/g, (m) => ' '.repeat(m.length));
}
