// Writes what is derived from the provider modules, so each fact is written
// once: the two assembled schemas, the TypeScript types of each section, and
// action.yml's request-budget inputs (one per provider). Run `npm run gen` (it
// builds first) after changing a schema fragment or the registry; tests fail
// when a file is stale.
import { readFile, writeFile } from 'node:fs/promises';
import { compile } from 'json-schema-to-typescript';

const root = new URL('../', import.meta.url);
const dist = (path) => import(new URL(`dist/${path}`, root).href);

const BANNER = (from) => `/* Generated from ${from} by \`npm run gen\`. Do not edit by hand. */`;
const options = (from) => ({ bannerComment: BANNER(from), additionalProperties: false, unreachableDefinitions: false, style: { singleQuote: true } });

async function types(title, schema, definitions, from) {
  return compile({ title, ...schema, definitions }, title, options(from));
}

const json = (value) => `${JSON.stringify(value, null, 2)}\n`;

const BUDGETS_START = "  # Each provider's request budget, written from the provider registry by `npm run gen`.\n";
const BUDGETS_END = '  # End of the request budgets.\n';

/**
 * action.yml with one input per provider for its request budget, named as its
 * CLI flag (`rate-limit`, `dreadnode-rate-limit`), between the two comment
 * lines that mark the place. (src/action/inputs.ts reads the same list.)
 */
export function rateLimitInputs(text, modules) {
  const start = text.indexOf(BUDGETS_START);
  const end = text.indexOf(BUDGETS_END, start);
  if (start < 0 || end < 0) throw new Error("action.yml has no place for the request budgets: the comment lines that start and end it are missing");
  const inputs = modules.map(({ title, settings: s }) => {
    const fallback = `${s.defaultPerMinute}/min${s.defaultPerMinuteNote ? ` (${s.defaultPerMinuteNote})` : ''}`;
    const description = `plan, apply: ${title}'s request budget (--${s.rateLimitFlag}): requests per minute such as ${s.defaultPerMinute}/min, or per second such as 25/s. Empty: ${s.rateLimitEnv} if set, else ${fallback}.`;
    return `  ${s.rateLimitFlag}:\n    description: ${JSON.stringify(description)}\n    required: false\n    default: ""\n`;
  });
  return text.slice(0, start + BUDGETS_START.length) + inputs.join('') + text.slice(end);
}

/** Path (from the repository root) → content, for every generated file. */
export async function generated() {
  const { providerModules } = await dist('providers/registry.js');
  const { desiredStateSchema, sandboxSeedSchema } = await dist('config/assemble-schema.js');
  const { coreProperties, coreDefinitions, seedCoreProperties } = await dist('config/core-schema.js');
  const files = new Map();
  files.set('schemas/gatehouse.schema.json', json(desiredStateSchema(providerModules)));
  files.set('schemas/sandbox-seed.schema.json', json(sandboxSeedSchema(providerModules)));
  const core = await types(
    'GatehouseFile',
    {
      description: 'The provider-neutral keys of a desired-state file; each provider section is typed in its own folder.',
      type: 'object',
      required: ['version'],
      properties: { ...coreProperties, sandbox: { $ref: '#/definitions/sandboxCore' } },
      additionalProperties: true,
    },
    { ...coreDefinitions, sandboxCore: { title: 'SandboxCore', type: 'object', additionalProperties: true, properties: seedCoreProperties } },
    'src/config/core-schema.ts',
  );
  files.set('src/config/schema-types.ts', core);
  for (const m of providerModules) {
    const title = `${m.title}Section`;
    const definitions = { ...coreDefinitions, ...m.format.section.definitions };
    const seedKeys = Object.fromEntries(Object.entries(m.format.seed ?? {}).map(([k, f]) => [k, f.schema]));
    for (const f of Object.values(m.format.seed ?? {})) Object.assign(definitions, f.definitions);
    definitions[`${m.name}Seed`] = { title: `${m.title}Seed`, description: `${m.title}'s keys of a sandbox seed's sandbox: section.`, type: 'object', properties: seedKeys, additionalProperties: false };
    const schema = { ...m.format.section.schema, properties: { ...m.format.section.schema.properties } };
    // Reached from the section so the generator emits the seed's types too; not part of the file format.
    schema.properties['__seed'] = { $ref: `#/definitions/${m.name}Seed` };
    let text = await types(title, schema, definitions, `src/providers/${m.name}/schema.ts`);
    text = text.replace(/\n  __seed\?: \w+;/, '');
    files.set(`src/providers/${m.name}/section-types.ts`, text);
  }
  files.set('action.yml', rateLimitInputs(await readFile(new URL('action.yml', root), 'utf8'), providerModules));
  return files;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  for (const [path, text] of await generated()) await writeFile(new URL(path, root), text);
}
