/** Step 1: find the files to read and read each as UTF-8 text. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { displayPath } from './display-path.js';
import type { Problems } from './problems.js';

export interface SourceText {
  /** The file name as shown to the user. */
  file: string;
  text: string;
}

const YAML_FILE = /\.ya?ml$/;

function comparePaths(a: string[], b: string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

async function walk(dir: string, parts: string[], out: string[][]): Promise<void> {
  const entries = await readdir(join(dir, ...parts), { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const here = [...parts, entry.name];
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Follow links to files; never links to folders (they can loop).
      const s = await stat(join(dir, ...here)).catch(() => undefined);
      isFile = s?.isFile() ?? false;
      isDir = false;
    }
    if (isDir) await walk(dir, here, out);
    else if (isFile && YAML_FILE.test(entry.name)) out.push(here);
  }
}

/**
 * The absolute paths to read: the file itself, or every `*.yaml`/`*.yml`
 * below a folder (recursive, sorted by path, dot-files and dot-folders skipped).
 * Returns undefined after recording a problem.
 */
export async function listFiles(path: string, problems: Problems): Promise<string[] | undefined> {
  const absolute = resolve(path);
  const at = { file: displayPath(absolute), line: 1, col: 1 };
  let info;
  try {
    info = await stat(absolute);
  } catch {
    problems.add(at, 'no such file or folder');
    return undefined;
  }
  if (!info.isDirectory()) return [absolute];
  const found: string[][] = [];
  try {
    await walk(absolute, [], found);
  } catch (err) {
    problems.add(at, `cannot read folder: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    return undefined;
  }
  if (found.length === 0) {
    problems.add(at, 'folder has no *.yaml or *.yml files');
    return undefined;
  }
  return found.sort(comparePaths).map((parts) => join(absolute, ...parts));
}

/** Reads one file as text, or records why it is not one. */
export async function readSource(absolute: string, problems: Problems): Promise<SourceText | undefined> {
  const file = displayPath(absolute);
  const at = { file, line: 1, col: 1 };
  let bytes: Buffer;
  try {
    bytes = await readFile(absolute);
  } catch (err) {
    problems.add(at, `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    return undefined;
  }
  let text: string;
  try {
    if (bytes.includes(0)) throw new Error('NUL byte');
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    problems.add(at, 'not a text file');
    return undefined;
  }
  return { file, text };
}
