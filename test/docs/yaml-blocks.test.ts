/**
 * Every ```yaml block in README.md and docs/ is an example a reader may copy,
 * so each is checked as what it claims to be:
 * - a desired-state file: `gatehouse validate` must accept it;
 * - a sandbox seed (it has a top-level `sandbox:` key): the seed loader must accept it;
 * - a deliberate error, marked by an HTML comment just before the block,
 *   `<!-- error: TEXT -->`: validate must refuse it, printing TEXT (the file's
 *   name in TEXT is `example.yaml`, or the name the block is saved as);
 * - a workflow or step (```yaml workflow): it must parse, and each step that
 *   uses the Gatehouse action may only give inputs action.yml has.
 * A block marked `<!-- file=PATH -->` must also be exactly that file of the
 * repository, so a page that shows an example file shows it as it is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSeed } from '../../src/pipeline/index.js';
import { gatehouse, root, workdir } from '../integration/harness.js';
import { blocksOf, pages } from './support/markdown.js';

const blocks = pages.flatMap(blocksOf).filter((b) => b.lang === 'yaml' || b.lang === 'yml');
const inputs = Object.keys((parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);

function actionSteps(doc: unknown): Array<{ uses: string; with?: Record<string, unknown> }> {
  if (doc === null || typeof doc !== 'object') return [];
  const here = typeof (doc as { uses?: unknown }).uses === 'string' && /gatehouse@|^\.\/?$/.test((doc as { uses: string }).uses) ? [doc as { uses: string }] : [];
  return [...here, ...Object.values(doc as Record<string, unknown>).flatMap(actionSteps)];
}

describe('yaml blocks in README.md and docs/', () => {
  it('finds blocks to check', () => {
    console.log(`doc yaml blocks: ${blocks.length} (${blocks.filter((b) => b.note?.includes('error:')).length} deliberate errors, ${blocks.filter((b) => b.meta === 'workflow').length} workflows)`);
    expect(blocks.length).toBeGreaterThan(3);
  });

  it.each(blocks.map((b) => [`${b.page}:${b.line}`, b] as const))('%s is what it claims to be', async (_where, block) => {
    if (block.meta === 'workflow') {
      const doc = parse(block.text) as unknown;
      for (const step of actionSteps(doc)) for (const key of Object.keys(step.with ?? {})) expect(inputs, `${step.uses} with ${key}`).toContain(key);
      return;
    }
    const copyOf = /(?:^|\s)file=(\S+)/.exec(block.note ?? '')?.[1];
    if (copyOf !== undefined) expect(`${block.text}\n`, `${block.page}:${block.line} shows ${copyOf}`).toBe(readFileSync(join(root, copyOf), 'utf8'));
    // A block the page saves for its commands is checked under that name, as its commands see it.
    const name = /(?:^|\s)save=(\S+)/.exec(block.note ?? '')?.[1] ?? 'example.yaml';
    const dir = await workdir({ [name]: `${block.text}\n` });
    const error = /(?:^|\s)error:\s*(.*)$/.exec(block.note ?? '')?.[1];
    const isSeed = /^sandbox:/m.test(block.text);
    if (isSeed && error === undefined) {
      await expect(loadSeed(join(dir, name))).resolves.toBeDefined();
      return;
    }
    const result = await gatehouse(['validate', name], {}, { cwd: dir });
    if (error === undefined) {
      expect(result.stdout + result.stderr).toMatch(/valid/);
      expect(result.code, result.stdout + result.stderr).toBe(0);
    } else {
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).toContain(error);
    }
  });
});
