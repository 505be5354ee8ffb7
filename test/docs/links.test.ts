/**
 * Every relative link in README.md and docs/ leads to a file of the
 * repository, and every #anchor to a heading of its page (anchors made as
 * GitHub makes them, scripts/docs/slug.mjs).
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../integration/harness.js';
// @ts-expect-error -- a plain .mjs script without type declarations
import { anchorsOf } from '../../scripts/docs/slug.mjs';
import { pages, proseOf, read } from './support/markdown.js';

interface Link {
  page: string;
  line: number;
  target: string;
}

function linksOf(page: string): Link[] {
  const links: Link[] = [];
  proseOf(page)
    .split('\n')
    .forEach((text, i) => {
      for (const m of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) links.push({ page, line: i + 1, target: m[1]! });
      for (const m of text.matchAll(/<a\s+href="([^"]+)"/g)) links.push({ page, line: i + 1, target: m[1]! });
    });
  return links;
}

const all = pages.flatMap(linksOf).filter((l) => !/^[a-z]+:/i.test(l.target));

/** Why a link does not resolve, or undefined when it does. */
function broken({ page, target }: Link): string | undefined {
  const [path, anchor] = target.split('#') as [string, string | undefined];
  const file = path === '' ? join(root, page) : normalize(join(root, dirname(page), decodeURIComponent(path)));
  if (relative(root, file).startsWith('..')) return 'leads outside the repository';
  if (!existsSync(file)) return `${relative(root, file)} does not exist`;
  if (anchor === undefined || anchor === '') return undefined;
  if (statSync(file).isDirectory() || !file.endsWith('.md')) return `#${anchor} on a file that is not markdown`;
  const anchors = anchorsOf(read(relative(root, file))) as Set<string>;
  return anchors.has(anchor) ? undefined : `${relative(root, file)} has no heading #${anchor}`;
}

describe('links in README.md and docs/', () => {
  it('finds links to check', () => {
    console.log(`doc links: ${all.length} relative links in ${pages.length} pages`);
    expect(all.length).toBeGreaterThan(20);
  });

  it.each(pages)('every relative link and #anchor in %s resolves', (page) => {
    const bad = all.filter((l) => l.page === page).flatMap((l) => {
      const why = broken(l);
      return why === undefined ? [] : [`${l.page}:${l.line}: ${l.target}: ${why}`];
    });
    expect(bad).toEqual([]);
  });

  it('the checker itself refuses a missing file and a missing anchor', () => {
    expect(broken({ page: 'README.md', line: 1, target: 'docs/no-such-page.md' })).toMatch(/does not exist/);
    expect(broken({ page: 'README.md', line: 1, target: 'docs/commands.md#no-such-heading' })).toMatch(/no heading/);
    expect(broken({ page: 'docs/commands.md', line: 1, target: '#exit-codes' })).toBeUndefined();
  });
});
