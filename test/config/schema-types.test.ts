import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain .mjs script without type declarations
import { generateSchemaTypes } from '../../scripts/gen-types.mjs';

describe('src/config/schema-types.ts', () => {
  it('is what `npm run gen:types` makes from the schema (run it after changing the schema)', async () => {
    const committed = await readFile(new URL('../../src/config/schema-types.ts', import.meta.url), 'utf8');
    const generated = (await generateSchemaTypes()) as string;
    expect(committed).toBe(generated);
  });
});
