// Run the built CLI as a child process, as a user would: clean environment,
// stdin not a terminal. Reports wall time (spawn to exit) and peak memory.
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const main = join(root, 'dist/cli/main.js');
const probe = pathToFileURL(join(root, 'bench/rss-probe.mjs')).href;

/**
 * @param {string[]} args
 * @param {Record<string, string>} env
 * @param {string} rssFile where the probe writes peak RSS
 * @returns {Promise<{ code: number | null, stdout: string, stderr: string, ms: number, maxRssKiB: number | undefined }>}
 */
export async function gatehouse(args, env, rssFile) {
  await rm(rssFile, { force: true });
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', probe, main, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', GATEHOUSE_BENCH_RSS_FILE: rssFile, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const code = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', resolve);
  });
  const ms = performance.now() - started;
  const rss = await readFile(rssFile, 'utf8').catch(() => undefined);
  return { code, stdout, stderr, ms, maxRssKiB: rss === undefined ? undefined : Number(rss) };
}
