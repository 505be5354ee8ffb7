// Builds the GitHub Action into one file, action/index.mjs, that action.yml
// runs on the runner's own Node.js with nothing installed: Gatehouse's code
// from src/action/main.ts and every dependency inlined (esbuild), plus the
// repository files the code reads by a path relative to itself, if any,
// copied beside it. Run `npm run build:action` after changing src/ or the
// dependencies; test/action/bundle.test.ts fails while the committed files
// differ from a fresh build.
//
// A file of src/ that finds a file by its own location (`new URL('../../x',
// import.meta.url)`, `createRequire(import.meta.url)('../../x.json')`) would
// look in the wrong place once bundled, so the build rewrites what it can
// carry over: what createRequire loads (a package, a JSON file) becomes a
// require() that esbuild bundles, still loaded only when called; a file or
// folder reached with `new URL` is copied into action/ under its repository
// path, and the URL points there. Any other use of import.meta stops the
// build, saying where.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../', import.meta.url));
/** The folder action.yml's runs.main is in; everything in it is built here. */
export const ACTION_DIR = 'action';
export const ENTRY = 'src/action/main.ts';
export const BUNDLE = `${ACTION_DIR}/index.mjs`;

const BANNER = [
  '// Gatehouse\'s GitHub Action, built by `npm run build:action` (scripts/build-action.mjs)',
  '// from src/action/main.ts and its dependencies. Do not edit: test/action/bundle.test.ts',
  '// fails when this differs from a fresh build of the sources.',
  // Bundled CommonJS dependencies require Node's built-in modules; an ES module has no require of its own.
  "import { createRequire as __gatehouseCreateRequire } from 'node:module';",
  'const require = __gatehouseCreateRequire(import.meta.url);',
].join('\n');

const repoPath = (file) => relative(root, file).split(sep).join('/');

function lineOf(text, index) {
  return text.slice(0, index).split('\n').length;
}

/**
 * The esbuild plugin that carries files found by their location into the
 * bundle: `copies` collects repository path → what to copy (a file, or a
 * folder's files when the URL is a template that names a file in it).
 */
function repositoryFiles(copies) {
  return {
    name: 'gatehouse-repository-files',
    setup(esbuild) {
      // The package's own package.json, as the code reads it about itself: its name and version.
      // The rest (scripts, dependencies, files) is not the bundle's business, and editing it
      // must not make the committed bundle stale.
      esbuild.onLoad({ filter: /[\\/]package\.json$/ }, async (args) => {
        if (args.path !== join(root, 'package.json')) return undefined;
        const { name, version } = JSON.parse(await readFile(args.path, 'utf8'));
        return { contents: JSON.stringify({ name, version }), loader: 'json' };
      });
      esbuild.onLoad({ filter: /\.[cm]?[jt]s$/ }, async (args) => {
        const file = args.path;
        if (!file.startsWith(join(root, 'src') + sep)) return undefined;
        const original = await readFile(file, 'utf8');
        if (!original.includes('import.meta')) return undefined;
        const dir = dirname(file);
        let handled = 0;
        // A plain require() of the same module, which esbuild bundles and still loads only when called.
        let text = original.replace(/createRequire\(\s*import\.meta\.url\s*\)\(\s*(['"])([^'"]+)\1\s*\)/g, (_, quote, spec) => {
          handled += 1;
          return `require(${quote}${spec}${quote})`;
        });
        text = text.replace(/new URL\(\s*(['"`])(\.{1,2}\/[^'"`$]*)([^'"`]*)\1\s*,\s*import\.meta\.url\s*\)/g, (whole, quote, prefix, rest) => {
          const target = resolve(dir, prefix);
          const path = repoPath(target);
          const where = `${repoPath(file)}:${lineOf(original, original.indexOf(whole))}`;
          if (path.startsWith('..') || path === '' || path.startsWith('src/') || path.startsWith('node_modules/')) {
            throw new Error(`${where}: ${prefix} leads to ${path || 'the repository root'}, which build-action.mjs does not copy beside the bundle`);
          }
          const folder = rest !== '';
          if (folder && !prefix.endsWith('/')) throw new Error(`${where}: a URL made from a template must name a file in a folder (…/folder/\${name})`);
          copies.set(folder ? path.replace(/\/?$/, '/') : path, { source: target, folder, from: where });
          handled += 1;
          return `new URL(${quote}./${path}${folder ? '/' : ''}${rest}${quote}, import.meta.url)`;
        });
        const uses = original.match(/import\.meta/g).length;
        if (uses !== handled) {
          const at = [...original.matchAll(/import\.meta/g)].map((m) => lineOf(original, m.index)).join(', ');
          throw new Error(
            `${repoPath(file)} (lines ${at}) uses import.meta in a way build-action.mjs cannot carry into the bundle. ` +
              "Use createRequire(import.meta.url)('module or ../../file.json') or new URL('../../path', import.meta.url), each with a literal.",
          );
        }
        return { contents: text, loader: file.endsWith('.ts') ? 'ts' : 'js', resolveDir: dir };
      });
    },
  };
}

/** Every file the build makes: path in the repository → content. Writes nothing. */
export async function buildAction() {
  const copies = new Map();
  const result = await build({
    absWorkingDir: root,
    entryPoints: [ENTRY],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: BANNER },
    // Non-ASCII characters (a zero-width space, arrows) written as escapes: nothing invisible in the committed file.
    charset: 'ascii',
    legalComments: 'eof',
    write: false,
    logLevel: 'silent',
    plugins: [repositoryFiles(copies)],
  });
  if (result.warnings.length > 0) {
    throw new Error(`esbuild warned:\n${result.warnings.map((w) => `${w.location ? `${w.location.file}:${w.location.line}: ` : ''}${w.text}`).join('\n')}`);
  }
  const files = new Map();
  for (const out of result.outputFiles) files.set(repoPath(out.path), out.text);
  for (const [path, { source, folder }] of copies) {
    if (!folder) {
      files.set(`${ACTION_DIR}/${path}`, await readFile(source, 'utf8'));
      continue;
    }
    for (const entry of await readdir(source, { withFileTypes: true })) {
      if (entry.isFile()) files.set(`${ACTION_DIR}/${path}${entry.name}`, await readFile(join(source, entry.name), 'utf8'));
    }
  }
  return files;
}

/** The files now in action/, path in the repository → content. */
export async function committedAction() {
  const files = new Map();
  const walk = async (dir) => {
    let entries;
    try {
      entries = await readdir(join(root, dir), { withFileTypes: true });
    } catch (error) {
      if (error.code === 'ENOENT') return;
      throw error;
    }
    for (const entry of entries) {
      const path = `${dir}/${entry.name}`;
      if (entry.isDirectory()) await walk(path);
      else files.set(path, await readFile(join(root, path), 'utf8'));
    }
  };
  await walk(ACTION_DIR);
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = await buildAction();
  await rm(join(root, ACTION_DIR), { recursive: true, force: true });
  for (const [path, text] of files) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  for (const [path, text] of files) console.log(`${path}  ${(Buffer.byteLength(text) / 1024).toFixed(0)} KiB`);
}
