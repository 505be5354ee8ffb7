// Writes what is derived from the provider modules, so each fact is written
// once: the two assembled schemas, the TypeScript types of each section, and
// the token blanking in action.yml. Run `npm run gen` (it builds first) after
// changing a schema fragment or the registry; tests fail when a file is stale.
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

/** The action's steps that must not see any provider's token (by their `- name:`). */
const BLANKED_STEPS = ['Set up Node.js', 'Install Gatehouse'];

/** action.yml with each blanking step's env listing exactly the registry's tokens (and their _PLAN_ twins). */
export function blankTokens(text, modules) {
  const names = modules.flatMap((m) => [m.settings.tokenEnv, m.settings.tokenEnv.replace(/_TOKEN$/, '_PLAN_TOKEN')]);
  let out = text;
  for (const step of BLANKED_STEPS) {
    const at = out.indexOf(`- name: ${step}\n`);
    if (at < 0) throw new Error(`action.yml has no step named ${step}`);
    const envAt = out.indexOf('      env:\n', at);
    const bodyAt = envAt + '      env:\n'.length;
    let end = bodyAt;
    while (out.startsWith('        ', end)) end = out.indexOf('\n', end) + 1;
    out = out.slice(0, bodyAt) + names.map((n) => `        ${n}: ""\n`).join('') + out.slice(end);
  }
  return out;
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
  files.set('action.yml', blankTokens(await readFile(new URL('action.yml', root), 'utf8'), providerModules));
  return files;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  for (const [path, text] of await generated()) await writeFile(new URL(path, root), text);
}
