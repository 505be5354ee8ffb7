import { mkdir, mkdtemp, realpath, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, expect } from 'vitest';
import type { LoadedConfig } from '../../src/config/index.js';
import { loadDesired, loadSeed } from '../../src/pipeline/index.js';
import { ConfigError, formatProblem } from '../../src/model/index.js';

const made: string[] = [];

afterEach(async () => {
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

/** Writes the given files (path → content) into a fresh temp folder and returns it. */
export async function fixture(files: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await realpath(await mkdtemp(join(tmpdir(), 'gatehouse-config-')));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
  }
  return dir;
}

/** Loads `name` inside `dir` (or `dir` itself), as desired-state files or (`seed`) as a sandbox seed. */
export function load(dir: string, name = '', as: 'desired' | 'seed' = 'desired'): Promise<LoadedConfig> {
  return (as === 'seed' ? loadSeed : loadDesired)(name === '' ? dir : join(dir, name));
}

/** The problems a load reports, as `file:line:col: message` with the temp folder removed. */
export async function problems(dir: string, name = '', as: 'desired' | 'seed' = 'desired'): Promise<string[]> {
  let error: unknown;
  try {
    await load(dir, name, as);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ConfigError);
  return (error as ConfigError).problems.map((p) => formatProblem(p).split(`${dir}/`).join(''));
}

/** Loads a single file `gatehouse.yaml` with the given text. */
export async function loadText(text: string): Promise<LoadedConfig> {
  const dir = await fixture({ 'gatehouse.yaml': text });
  return load(dir, 'gatehouse.yaml');
}

/** The problems of a single file `f.yaml` with the given text. */
export async function problemsOf(text: string | Uint8Array, as: 'desired' | 'seed' = 'desired'): Promise<string[]> {
  const dir = await fixture({ 'f.yaml': text });
  return problems(dir, 'f.yaml', as);
}

/** Joins lines into a YAML document (keeps fixtures readable with exact line numbers). */
export function yaml(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
