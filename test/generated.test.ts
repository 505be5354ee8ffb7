/**
 * What `npm run gen` derives from the provider modules (the assembled
 * schemas, each section's types, action.yml's token blanking) is committed;
 * these fail when a committed copy is stale. Run `npm run gen` to mend.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { generated } from '../scripts/gen.mjs';

const files = (await generated()) as Map<string, string>;

describe('generated files', () => {
  it.each([...files.keys()])('%s is what `npm run gen` makes', async (path) => {
    const committed = await readFile(new URL(`../${path}`, import.meta.url), 'utf8');
    expect(committed).toBe(files.get(path));
  });

  it('covers both schemas, the core types, each provider section and the action', () => {
    expect([...files.keys()].sort()).toEqual([
      'action.yml',
      'schemas/gatehouse.schema.json',
      'schemas/sandbox-seed.schema.json',
      'src/config/schema-types.ts',
      'src/providers/asana/section-types.ts',
      'src/providers/dreadnode/section-types.ts',
    ]);
  });
});
