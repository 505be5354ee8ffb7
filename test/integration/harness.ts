/**
 * Integration harness: the built `gatehouse` command, run as a child process,
 * against the real sandbox server over loopback HTTP.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadSeed } from '../../src/pipeline/index.js';
import { buildWorld, startSandbox, type FaultOptions } from '../support/sandbox.js';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = join(root, 'dist/cli/main.js');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run `gatehouse ARGS` with a clean environment plus `env`; stdin is a pipe (not a terminal). */
export function gatehouse(args: string[], env: Record<string, string> = {}, options: { cwd?: string; input?: string } = {}): Promise<CliResult> {
  const base: Record<string, string> = { PATH: process.env.PATH ?? '', NO_COLOR: '1' };
  const child = spawn(process.execPath, [cli, ...args], { cwd: options.cwd ?? root, env: { ...base, ...env }, stdio: 'pipe' });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  child.stdin.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Write files (path → text) into a fresh temporary folder; returns the folder. */
export async function workdir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'gatehouse-it-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, name)), { recursive: true });
    await writeFile(join(dir, name), text);
  }
  return dir;
}

export interface Sandbox {
  env: Record<string, string>;
  baseUrl: string;
  token: string;
  /** Requests the sandbox has answered so far, all or by method. */
  requests(method?: string): number;
  /** Requests to one route, named as the OAS does: `POST /teams/{team_gid}/addUser`. */
  requestsTo(route: string): number;
  /** Faults injected so far. */
  faults(): number;
  /** GET a path under /api/1.0 as a person checking the result would. */
  get(path: string): Promise<any>;
  /** Call the Dreadnode API (a path under /api/v1) directly, as someone else would. */
  dreadnode(method: string, path: string, body?: unknown): Promise<any>;
  close(): Promise<void>;
}

/** Start the sandbox seeded from a YAML file (a path relative to the repo, or YAML text). */
export async function sandbox(seed: string, faults?: FaultOptions): Promise<Sandbox> {
  const seedPath = seed.includes('\n') ? join(await workdir({ 'seed.yaml': seed }), 'seed.yaml') : join(root, seed);
  const { desired, sandbox: section } = await loadSeed(seedPath);
  const server = await startSandbox(buildWorld(desired, section), { port: 0, ...(faults ? { faults } : {}) });
  const env = {
    ASANA_BASE_URL: server.connection('asana').baseUrl,
    ASANA_TOKEN: server.connection('asana').token,
    DREADNODE_BASE_URL: server.connection('dreadnode').baseUrl,
    DREADNODE_TOKEN: server.connection('dreadnode').token,
    // The request budgets lifted far above anything a test sends, so that
    // pacing (1500/min by default: 40 ms a request) does not slow the suite.
    // A test of pacing sets its own.
    ASANA_RATE_LIMIT: '100000/s',
    DREADNODE_RATE_LIMIT: '100000/s',
  };
  const call = async (method: string, url: string, body?: unknown) => {
    const res = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${url.startsWith(server.connection('asana').baseUrl) ? server.connection('asana').token : server.connection('dreadnode').token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${await res.text()}`);
    return res.status === 204 ? undefined : res.json();
  };
  return {
    env,
    baseUrl: server.connection('asana').baseUrl,
    token: server.connection('asana').token,
    requests: (method?: string) => (method ? (server.stats().byMethod[method] ?? 0) : server.stats().total),
    requestsTo: (route: string) => server.stats().byRoute[route] ?? 0,
    faults: () => Object.values(server.stats().faults).reduce((a, b) => a + b, 0),
    get: (path: string) => call('GET', `${server.connection('asana').baseUrl}${path}`),
    dreadnode: (method: string, path: string, body?: unknown) => call(method, `${server.connection('dreadnode').baseUrl}/api/v1${path}`, body),
    close: () => server.close(),
  };
}
