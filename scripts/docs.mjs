// Writes the generated pages of docs/: file-format.md from the JSON Schema and
// commands.md from the CLI's commander definitions, each filled into its
// template (scripts/docs/*.template.md, which holds the prose). `npm run docs`
// (after a build) runs it; test/docs/generated-docs.test.ts fails while a
// committed page differs from what this makes.
import { readFile, writeFile } from 'node:fs/promises';
import { commandsPage } from './docs/commands.mjs';
import { fileFormatPage } from './docs/file-format.mjs';

const root = new URL('../', import.meta.url);
const dist = (path) => import(new URL(`dist/${path}`, root).href);
const template = (name) => readFile(new URL(`scripts/docs/${name}.template.md`, root), 'utf8');

/** What the pages are made from: the assembled schemas and the program, as the built CLI has them. */
export async function docSources() {
  const { providerModules } = await dist('providers/registry.js');
  const { desiredStateSchema, sandboxSeedSchema } = await dist('config/assemble-schema.js');
  const { buildProgram } = await dist('cli/program.js');
  return {
    desired: desiredStateSchema(providerModules),
    seed: sandboxSeedSchema(providerModules),
    program: buildProgram(providerModules, () => {}),
  };
}

/** Path (from the repository root) → content, for every generated page, made from `sources`. */
export async function docPages(sources) {
  const { desired, seed, program } = sources ?? (await docSources());
  return new Map([
    ['docs/file-format.md', fileFormatPage(desired, seed, await template('file-format'))],
    ['docs/commands.md', commandsPage(program, await template('commands'))],
  ]);
}

/** The pages whose committed copy differs from `pages` (what a fresh run makes). */
export async function stalePages(pages) {
  const stale = [];
  for (const [path, text] of pages) {
    const committed = await readFile(new URL(path, root), 'utf8').catch(() => undefined);
    if (committed !== text) stale.push(path);
  }
  return stale;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  for (const [path, text] of await docPages()) await writeFile(new URL(path, root), text);
}
