// Precompiles the JSON Schema validators with ajv's standalone code
// (https://ajv.js.org/standalone.html), so that no run of the CLI loads ajv's
// compiler or compiles a schema: the desired-state and sandbox-seed formats
// (assembled from the provider modules) and the saved-plan format
// (schemas/saved-plan.schema.json with plan.schema.json). The modules are
// committed under src/ and rewritten by `npm run build` when a schema changes
// (then tsc runs again so dist/ has them too); test/config/precompiled.test.ts
// fails when a committed copy is stale.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';

const standaloneCode = standalone.default;
const require = createRequire(import.meta.url);
const root = new URL('../', import.meta.url);

/** Where each module goes, from the repository root. */
export const DESIRED_STATE_VALIDATOR = 'src/config/desired-state-validator.generated.ts';
export const SANDBOX_SEED_VALIDATOR = 'src/config/sandbox-seed-validator.generated.ts';
export const SAVED_PLAN_VALIDATOR = 'src/cli/saved-plan-validator.generated.ts';

/**
 * The saved plan's ajv options (what saved-plan.ts compiled with before). The
 * format validators' options are src/config/validate.ts's FORMAT_AJV_OPTIONS,
 * which it also compiles a test's own schemas with; they are passed in.
 */
export const SAVED_PLAN_OPTIONS = { allErrors: true, strict: false };

/** The key a schema's check is found by at run time: the sha256 of its JSON text (as validate.ts's schemaKey). */
export const schemaKey = (schema) => createHash('sha256').update(JSON.stringify(schema)).digest('hex');

const header = (from) =>
  [
    '// @ts-nocheck -- ajv standalone code: plain JavaScript, generated, and compared with a fresh generation by a test',
    `/* Generated from ${from} by \`npm run build\` (scripts/precompile-validators.mjs). Do not edit by hand. */`,
    '',
  ].join('\n');

/** ajv's run-time helpers that are one function with no imports: copied in, so the module loads no CommonJS. */
const INLINED = new Set(['ucs2length']);

/**
 * ajv's standalone ESM still reaches its run-time helpers with require().
 * A self-contained helper is copied in; any other is imported, `.default ??
 * module` so that it holds whether the CommonJS module arrives as
 * module.exports (Node) or as its default export (a bundler that honours
 * __esModule).
 */
function withoutRequire(code) {
  const helpers = new Map();
  const body = code.replace(/require\("ajv\/dist\/runtime\/([a-z0-9_]+)"\)\.default/gi, (_, name) => {
    const local = `runtime_${name}`;
    helpers.set(name, local);
    return local;
  });
  if (/\brequire\(/.test(body)) throw new Error('ajv standalone code requires a module other than its run-time helpers');
  const prelude = [...helpers].map(([name, local]) => {
    if (INLINED.has(name)) {
      const fn = require(`ajv/dist/runtime/${name}`).default;
      return `// ajv/dist/runtime/${name}.js\nconst ${local} = ${fn.toString()};\n`;
    }
    return `import ${local}_module from "ajv/dist/runtime/${name}.js";\nconst ${local} = ${local}_module.default ?? ${local}_module;\n`;
  });
  return prelude.join('') + body.replace(/^"use strict";\n?/, '');
}

/** One module: `validate` (ajv's, with its .errors) and the `schemaKey` of the schema it checks. */
function moduleOf(options, schema, refs, from) {
  const ajv = new Ajv({ ...options, code: { source: true, esm: true, lines: true } });
  for (const s of refs) ajv.addSchema(s);
  const code = standaloneCode(ajv, ajv.compile(schema));
  return `${header(from)}${withoutRequire(code)}\n/** The sha256 of the JSON text of the schema this was generated from. */\nexport const schemaKey = ${JSON.stringify(schemaKey(schema))};\n`;
}

/**
 * Path → text of each precompiled module, from the schemas themselves (so the
 * test can pass the ones it assembles from src/ and the build those of dist/).
 * `desired` and `seed` are the assembled schemas, `formatOptions` their ajv
 * options; `plan` and `savedPlan` are the schemas of schemas/.
 */
export function precompiledModules({ desired, seed, formatOptions, plan, savedPlan }) {
  const assembled = 'the schema src/config/assemble-schema.ts assembles from the provider modules';
  return new Map([
    [DESIRED_STATE_VALIDATOR, moduleOf(formatOptions, desired, [], `${assembled} (schemas/gatehouse.schema.json)`)],
    [SANDBOX_SEED_VALIDATOR, moduleOf(formatOptions, seed, [], `${assembled} (schemas/sandbox-seed.schema.json)`)],
    [SAVED_PLAN_VALIDATOR, moduleOf(SAVED_PLAN_OPTIONS, savedPlan, [plan], 'schemas/saved-plan.schema.json and schemas/plan.schema.json')],
  ]);
}

/** The schemas and options as built into dist/ (run after tsc). */
export async function builtSchemas() {
  const dist = (path) => import(new URL(`dist/${path}`, root).href);
  const { providerModules } = await dist('providers/registry.js');
  const { desiredStateSchema, sandboxSeedSchema } = await dist('config/assemble-schema.js');
  const { FORMAT_AJV_OPTIONS } = await dist('config/validate.js');
  const json = async (name) => JSON.parse(await readFile(new URL(`schemas/${name}`, root), 'utf8'));
  return {
    desired: desiredStateSchema(providerModules),
    seed: sandboxSeedSchema(providerModules),
    formatOptions: FORMAT_AJV_OPTIONS,
    plan: await json('plan.schema.json'),
    savedPlan: await json('saved-plan.schema.json'),
  };
}

async function main() {
  const changed = [];
  for (const [path, text] of precompiledModules(await builtSchemas())) {
    const url = new URL(path, root);
    const old = await readFile(url, 'utf8').catch(() => undefined);
    if (old === text) continue;
    await writeFile(url, text);
    changed.push(path);
  }
  if (changed.length === 0) return;
  process.stderr.write(`precompile-validators: rewrote ${changed.join(', ')} (a schema changed): commit ${changed.length === 1 ? 'it' : 'them'}\n`);
  // dist/ was compiled from the old copies: once more, now that they are current.
  const tsc = require.resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', fileURLToPath(new URL('tsconfig.json', root))], { stdio: 'inherit' });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
