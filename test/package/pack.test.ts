/**
 * The package as a user gets it: `npm pack` of this tree (dist/ as `npm test`
 * built it), installed from the tarball into an empty folder, then the
 * installed `gatehouse` run from there: --version, validate of the packaged
 * example, and a plan against a sandbox started from the packaged seed.
 * Nothing here reads the repository's own dist/ or examples/ after packing.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };

/** Installing fetches the dependencies from the registry: minutes on a slow network. */
const INSTALL_MS = 300_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The environment of a user's shell: no npm script variables from the `npm
 * test` that runs this (npm_package_*, npm_lifecycle_*, the repository as
 * npm's local prefix), no Gatehouse settings, and this Node first on PATH.
 * npm's own settings (registry, cache, user config) are kept, so CI's work.
 */
function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(npm_package_|npm_lifecycle_|npm_command$|npm_config_local_prefix$|INIT_CWD$)/i.test(key)) continue;
    if (/^(ASANA|DREADNODE)_/.test(key)) continue;
    env[key] = value;
  }
  env.PATH = [dirname(process.execPath), process.env.PATH ?? ''].join(delimiter);
  env.NO_COLOR = '1';
  return { ...env, ...extra };
}

function run(command: string, args: string[], cwd: string, options: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<Run> {
  const child = spawn(command, args, { cwd, env: options.env ?? userEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** What went wrong, for an assertion's message: the command's own output. */
function shown(result: Run): string {
  return `exit ${result.code}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;
}

let work: string;
let app: string;
let files: string[];
let installed: string;
let bin: string;

beforeAll(async () => {
  if (!existsSync(join(root, pkg.bin.gatehouse ?? ''))) {
    throw new Error(`${pkg.bin.gatehouse} is missing: build first (npm test does; alone: npm run build)`);
  }
  work = await mkdtemp(join(tmpdir(), 'gatehouse-pack-'));
  // --ignore-scripts: pack what is built, without prepack rebuilding dist/
  // under the other tests that are running it.
  const packed = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root, { timeoutMs: 120_000 });
  if (packed.code !== 0) throw new Error(`npm pack failed: ${shown(packed)}`);
  const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = info!.files.map((f) => f.path);
  // A folder of its own with a package.json, so npm installs here and not in
  // whatever project it would find above the temporary folder.
  app = join(work, 'app');
  await mkdir(app);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'gatehouse-pack-test', version: '1.0.0', private: true }));
  const install = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, info!.filename)], app, { timeoutMs: INSTALL_MS });
  if (install.code !== 0) throw new Error(`npm install of the tarball failed: ${shown(install)}`);
  installed = join(app, 'node_modules', pkg.name);
  bin = join(app, 'node_modules', '.bin', 'gatehouse');
}, INSTALL_MS + 150_000);

afterAll(async () => {
  if (work !== undefined) await rm(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it('holds what a user runs and nothing of the build or the repository', () => {
    for (const needed of ['package.json', 'README.md', 'LICENSE', pkg.bin.gatehouse!, 'schemas/gatehouse.schema.json', 'examples/acme/gatehouse.yaml', 'examples/sandbox/acme-live.yaml']) {
      expect(files).toContain(needed);
    }
    expect(files.filter((f) => f.endsWith('.map') || f.endsWith('.d.ts'))).toEqual([]);
    const repositoryOnly = /^(src|test|bench|docs|scripts|\.ci|\.github|node_modules)\/|^(tsconfig.*\.json|vitest\.config\.ts|package-lock\.json)$/;
    expect(files.filter((f) => repositoryOnly.test(f))).toEqual([]);
  });

  it('installs without running a build: no install-time scripts', () => {
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare']) expect(manifest.scripts?.[hook]).toBeUndefined();
  });
});

describe('gatehouse installed from the tarball into an empty folder', () => {
  it('npx gatehouse --version prints the package version', async () => {
    // `--`: npx reads the options right after the command's name as its own
    // (`npx gatehouse --version` prints npm's version), up to a subcommand.
    const result = await run('npx', ['--no', '--', 'gatehouse', '--version'], app);
    expect(result.code, shown(result)).toBe(0);
    expect(result.stdout.trim()).toBe(pkg.version);
  }, 60_000);

  it(`npx ${pkg.name} runs the same command (the package has one bin)`, async () => {
    const result = await run('npx', ['--no', pkg.name, 'validate', join(installed, 'examples/acme')], app);
    expect(result.code, shown(result)).toBe(0);
  }, 60_000);

  it('validates the packaged example', async () => {
    const result = await run(bin, ['validate', join(installed, 'examples/acme')], app);
    expect(result.code, shown(result)).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/examples\/acme: valid \(\d+ files, \d+ places, \d+ memberships\)\./);
  }, 60_000);

  it('plans the packaged example against a sandbox started from the packaged seed', async () => {
    const sandbox = spawn(bin, ['sandbox', '--seed', join(installed, 'examples/sandbox/acme-live.yaml'), '--port', '0'], {
      cwd: app,
      env: userEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const env = await exportsOf(sandbox);
      expect(env.ASANA_BASE_URL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/1\.0$/);
      const result = await run(bin, ['plan', join(installed, 'examples/acme')], app, { env: userEnv(env) });
      expect(result.code, shown(result)).toBe(0);
      expect(result.stdout).toMatch(/^Plan: [1-9]\d* to add, \d+ to change, 0 to remove\.$/m);
    } finally {
      if (sandbox.exitCode === null && sandbox.signalCode === null) {
        const exited = new Promise((resolve) => sandbox.once('exit', resolve));
        sandbox.kill('SIGTERM');
        await exited;
      }
    }
  }, 60_000);
});

const EXPORTS = ['ASANA_BASE_URL', 'ASANA_TOKEN', 'DREADNODE_BASE_URL', 'DREADNODE_TOKEN'] as const;

/** The `export NAME=value` lines `gatehouse sandbox` prints, once it has printed all four. */
function exportsOf(child: ChildProcess): Promise<Record<string, string>> {
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the sandbox printed no exports within 30 s:\n${out}\n${err}`)), 30_000);
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const found = Object.fromEntries(EXPORTS.map((name) => [name, new RegExp(`^\\s*export ${name}=(\\S+)$`, 'm').exec(out)?.[1]]));
      if (EXPORTS.every((name) => found[name] !== undefined)) {
        clearTimeout(timer);
        resolve(found as Record<string, string>);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the sandbox exited (${code}) before printing its exports:\n${out}\n${err}`));
    });
  });
}
