/** Step 1: find the files to read and read each as UTF-8 text. */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { displayPath, leaves } from './display-path.js';
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

interface Walk {
  /** The folder's real path: links must stay inside it. */
  realRoot: string;
  found: string[][];
  /** Links that lead nowhere or out of the folder: path parts and why. */
  badLinks: Array<{ parts: string[]; why: string }>;
}

async function walk(dir: string, parts: string[], w: Walk): Promise<void> {
  const entries = await readdir(join(dir, ...parts), { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const here = [...parts, entry.name];
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      // Never links to folders (they can loop). A link to a file is followed
      // only inside the folder: a file outside it (or nowhere yet) could be
      // put there by something other than a reviewed change to the folder.
      isDir = false;
      isFile = false;
      if (!YAML_FILE.test(entry.name)) continue;
      const target = await realpath(join(dir, ...here)).catch(() => undefined);
      if (target === undefined) w.badLinks.push({ parts: here, why: 'is a symbolic link to a file that does not exist' });
      else if (!isInside(target, w.realRoot)) w.badLinks.push({ parts: here, why: `is a symbolic link to ${displayPath(target)}, outside the folder; only links within it are read` });
      else isFile = (await stat(target)).isFile();
    }
    if (isDir) await walk(dir, here, w);
    else if (isFile && YAML_FILE.test(entry.name)) w.found.push(here);
  }
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !leaves(rel);
}

/**
 * The absolute paths to read: the file itself, or every `*.yaml`/`*.yml`
 * below a folder (recursive, sorted by path, dot-files and dot-folders skipped;
 * symbolic links followed only to files inside the folder). Returns undefined
 * after recording a problem.
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
  const w: Walk = { realRoot: '', found: [], badLinks: [] };
  try {
    w.realRoot = await realpath(absolute);
    await walk(absolute, [], w);
  } catch (err) {
    problems.add(at, `cannot read folder: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    return undefined;
  }
  const { found, badLinks } = w;
  if (badLinks.length > 0) {
    for (const { parts, why } of badLinks) problems.add({ file: displayPath(join(absolute, ...parts)), line: 1, col: 1 }, why);
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
