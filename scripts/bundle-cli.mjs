// The command users run, bundled: `npm run build` compiles src/ with tsc
// into dist/ (the scripts and the benchmark import those modules), then this
// replaces dist/cli/main.js with src/cli/main.ts and everything it imports,
// dependencies inlined. Node then reads a few files instead of resolving and
// loading some three hundred modules, which was most of the start-up time.
// Each command's code is its own chunk (program.ts imports it when the
// command runs), so `--help` reads little. The bundle stays at dist/cli/, so
// what it resolves relative to itself (../../package.json) is where tsc's
// output would find it.
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/cli`;
rmSync(`${outdir}/chunks`, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: ['src/cli/main.ts'],
  outdir,
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Inlined CommonJS dependencies call require(); give the bundle one.
  banner: { js: "import { createRequire as __gatehouseRequire } from 'node:module';\nconst require = __gatehouseRequire(import.meta.url);" },
  // Shorter to parse; names are kept, so a stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
});
chmodSync(`${outdir}/main.js`, 0o755);
