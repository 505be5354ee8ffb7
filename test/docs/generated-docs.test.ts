/**
 * docs/file-format.md and docs/commands.md are generated (`npm run docs`, also
 * run by `npm run gen`) from the JSON Schema and the CLI's commander
 * definitions. These fail when a committed page is stale, and show that they
 * would: a page made from a changed copy of the schema or of the program is
 * reported stale.
 */
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/program.js';
import { providerModules } from '../../src/providers/registry.js';
// @ts-expect-error -- a plain .mjs script without type declarations
import { docPages, docSources, stalePages } from '../../scripts/docs.mjs';

type Pages = Map<string, string>;
const sources = await docSources();
const fresh = (await docPages(sources)) as Pages;

describe('generated docs', () => {
  it('docs/file-format.md and docs/commands.md are what `npm run docs` makes', async () => {
    expect([...fresh.keys()].sort()).toEqual(['docs/commands.md', 'docs/file-format.md']);
    expect(await stalePages(fresh)).toEqual([]);
  });

  it('every key of the schema is on the file-format page', () => {
    const page = fresh.get('docs/file-format.md')!;
    const keys = new Set<string>();
    const walk = (schema: unknown): void => {
      if (schema === null || typeof schema !== 'object') return;
      const props = (schema as { properties?: Record<string, unknown> }).properties;
      for (const [key, value] of Object.entries(props ?? {})) {
        keys.add(key);
        walk(value);
      }
      for (const value of Object.values(schema as Record<string, unknown>)) if (typeof value === 'object') walk(value);
    };
    walk(sources.desired);
    for (const key of keys) expect(page, key).toContain(`\`${key}\``);
  });

  it('a schema description changed without regenerating makes file-format.md stale', async () => {
    const desired = structuredClone(sources.desired);
    desired.definitions.asanaTeam.properties.prune.description = 'Remove everyone at once.';
    const pages = (await docPages({ ...sources, desired })) as Pages;
    expect(pages.get('docs/file-format.md')).toContain('Remove everyone at once.');
    expect(await stalePages(pages)).toEqual(['docs/file-format.md']);
  });

  it('a flag changed or added without regenerating makes commands.md stale', async () => {
    const changed = buildProgram(providerModules, () => {});
    const plan = changed.commands.find((c) => c.name() === 'plan')!;
    plan.options.find((o) => o.long === '--verbose')!.description = 'say more';
    let pages = (await docPages({ ...sources, program: changed })) as Pages;
    expect(pages.get('docs/commands.md')).toContain('| `--verbose` | say more |');
    expect(await stalePages(pages)).toEqual(['docs/commands.md']);

    const added = buildProgram(providerModules, () => {});
    added.commands.find((c) => c.name() === 'plan')!.option('--only-places <KIND>', 'plan only places of KIND');
    pages = (await docPages({ ...sources, program: added })) as Pages;
    expect(pages.get('docs/commands.md')).toContain('| `--only-places <KIND>` | plan only places of KIND |');
    expect(await stalePages(pages)).toEqual(['docs/commands.md']);
  });

  it('commands.md lists every command and flag the program defines, and its exit codes', () => {
    const page = fresh.get('docs/commands.md')!;
    const program = buildProgram(providerModules, () => {});
    for (const cmd of program.commands) {
      expect(page).toContain(`### \`gatehouse ${cmd.name()}\``);
      for (const o of cmd.options) expect(page, `${cmd.name()} ${o.flags}`).toContain(`| \`${o.flags}\` |`);
    }
    for (const code of ['0', '1', '2', '130', '143']) expect(page).toContain(`| \`${code}\` |`);
    for (const m of providerModules) expect(page).toContain(`| \`${m.settings.tokenEnv}\` |`);
  });
});
