/**
 * Step 1: find the files to read and read each as UTF-8 text. Only regular
 * files are read (a FIFO, a device or a socket is refused before it is
 * opened, so none can hang the command or stream without end), and none past
 * the size limits (limits.ts): a file's size is checked before it is read,
 * and reading stops past the limit should it grow meanwhile.
 */
import { constants, type Stats } from 'node:fs';
import { open, readdir, realpath, stat, type FileHandle } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { displayPath, leaves } from './display-path.js';
import { FOLDER_FACTOR, readLimits, showSize, type ReadLimits } from './limits.js';
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
  /** Links that lead nowhere or out of the folder, and YAML names that are not regular files: path parts and why. */
  badLinks: Array<{ parts: string[]; why: string }>;
}

/** What a path is when it is not a regular file, for the message; undefined for a regular file. */
function notRegular(info: Stats): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a folder';
  return 'a special file';
}

const notRegularWhy = (kind: string): string => `is ${kind}, not a regular file: only regular files are read`;

async function walk(dir: string, parts: string[], w: Walk): Promise<void> {
  const entries = await readdir(join(dir, ...parts), { withFileTypes: true });
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const here = [...parts, entry.name];
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (!isDir && !isFile && !entry.isSymbolicLink()) {
      // A FIFO, device or socket named like a YAML file: refused, not skipped, so the folder is not read in part.
      if (YAML_FILE.test(entry.name)) w.badLinks.push({ parts: here, why: notRegularWhy(notRegular(await stat(join(dir, ...here))) ?? 'a special file') });
      continue;
    }
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
      else {
        const kind = notRegular(await stat(target));
        isFile = kind === undefined;
        if (kind !== undefined && kind !== 'a folder') w.badLinks.push({ parts: here, why: `is a symbolic link to ${kind}, not a regular file: only regular files are read` });
      }
    }
    if (isDir) await walk(dir, here, w);
    else if (isFile && YAML_FILE.test(entry.name)) w.found.push(here);
  }
}

function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !leaves(rel);
}

/** The problem for a file over the limit on one file. */
function tooBig(size: number, limits: ReadLimits): string {
  return `file is ${showSize(size)} (${size} bytes), over the ${showSize(limits.maxFileSize)} limit on one file: not read (--max-file-size SIZE raises the limit)`;
}

/**
 * The absolute paths to read: the file itself, or every `*.yaml`/`*.yml`
 * below a folder (recursive, sorted by path, dot-files and dot-folders skipped;
 * symbolic links followed only to files inside the folder). Anything that is
 * not a regular file, a file over `limits.maxFileSize`, or a folder whose files
 * hold more than `limits.maxFolderSize` in all, is refused here, before any is
 * read. Returns undefined after recording a problem.
 */
export async function listFiles(path: string, problems: Problems, limits: ReadLimits = readLimits()): Promise<string[] | undefined> {
  const absolute = resolve(path);
  const at = { file: displayPath(absolute), line: 1, col: 1 };
  let info;
  try {
    info = await stat(absolute);
  } catch {
    problems.add(at, 'no such file or folder');
    return undefined;
  }
  if (!info.isDirectory()) {
    const kind = notRegular(info);
    if (kind !== undefined) problems.add(at, notRegularWhy(kind));
    else if (info.size > limits.maxFileSize) problems.add(at, tooBig(info.size, limits));
    else return [absolute];
    return undefined;
  }
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
  const paths = found.sort(comparePaths).map((parts) => join(absolute, ...parts));
  let total = 0;
  let over = false;
  for (const file of paths) {
    const size = await stat(file).then((s) => s.size, () => 0); // a file gone meanwhile is reported when read
    total += size;
    if (size > limits.maxFileSize) {
      over = true;
      problems.add({ file: displayPath(file), line: 1, col: 1 }, tooBig(size, limits));
    }
  }
  if (!over && total > limits.maxFolderSize) {
    problems.add(
      at,
      `the folder's ${paths.length} files hold ${showSize(total)} (${total} bytes), over the ${showSize(limits.maxFolderSize)} limit on a folder: none read (--max-file-size SIZE raises it to ${FOLDER_FACTOR} times the size given)`,
    );
    over = true;
  }
  return over ? undefined : paths;
}

/**
 * Reads at most `max` + 1 bytes: the whole file when it holds at most `max`
 * (`expected`, its size when it was opened, sizes the first read), or
 * undefined when it holds more.
 */
async function readAtMost(handle: FileHandle, expected: number, max: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let total = 0;
  let size = Math.min(expected, max) + 1;
  for (;;) {
    const buffer = Buffer.allocUnsafe(size);
    let filled = 0;
    while (filled < size) {
      const { bytesRead } = await handle.read(buffer, filled, size - filled, null);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    chunks.push(buffer.subarray(0, filled));
    total += filled;
    if (total > max) return undefined;
    if (filled < size) break;
    size = Math.min(max + 1 - total, 1024 * 1024); // it grew since it was opened: go on in steps
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}

/**
 * Reads one file as text, or records why it is not one. The file is opened
 * without blocking and checked again once open (it may have been replaced
 * since it was listed): a FIFO, device or socket is refused without a byte
 * read, and a file past the limit is not read past it.
 */
export async function readSource(absolute: string, problems: Problems, limits: ReadLimits = readLimits()): Promise<SourceText | undefined> {
  const file = displayPath(absolute);
  const at = { file, line: 1, col: 1 };
  let bytes: Buffer | undefined;
  let handle: FileHandle | undefined;
  try {
    handle = await open(absolute, constants.O_RDONLY | constants.O_NONBLOCK);
    const info = await handle.stat();
    const kind = notRegular(info);
    if (kind !== undefined) {
      problems.add(at, notRegularWhy(kind));
      return undefined;
    }
    if (info.size > limits.maxFileSize) {
      problems.add(at, tooBig(info.size, limits));
      return undefined;
    }
    bytes = await readAtMost(handle, info.size, limits.maxFileSize);
    if (bytes === undefined) {
      problems.add(at, `file grew past the ${showSize(limits.maxFileSize)} limit on one file while it was read: not read (--max-file-size SIZE raises the limit)`);
      return undefined;
    }
  } catch (err) {
    problems.add(at, `cannot read file: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
    return undefined;
  } finally {
    await handle?.close();
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
