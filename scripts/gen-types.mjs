// Derives src/config/schema-types.ts from schemas/gatehouse.schema.json, so the
// file format is written down once. `npm run gen:types` rewrites the file; a
// test fails when the committed copy is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const schemaPath = new URL('../schemas/gatehouse.schema.json', import.meta.url);
const outPath = new URL('../src/config/schema-types.ts', import.meta.url);

export async function generateSchemaTypes() {
  const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
  return compile(schema, 'GatehouseFile', {
    bannerComment:
      '/* Generated from schemas/gatehouse.schema.json by `npm run gen:types`. Do not edit by hand. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true },
  });
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  await writeFile(outPath, await generateSchemaTypes());
}
