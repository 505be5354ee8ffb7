/**
 * Writing an export: never a partial file or folder (each is written under a
 * temporary name beside its place, then renamed), and never over something a
 * person wrote: an existing file (or every file of an existing folder) must be
 * an earlier export, known by the marker in its header.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { compareText } from '../util/compare.js';
import { replaceFile } from '../util/replace-file.js';
import { EXPORT_MARKER } from './document.js';

/** Refused or failed output: one line for the person. */
export class ExportWriteError extends Error {
  override name = 'ExportWriteError';
}

/** How many bytes of a file are read to find the marker: the header is at the top. */
const HEADER_BYTES = 4096;

const tempName = (path: string, what: string): string =>
  join(dirname(path), `.${basename(path)}.gatehouse-${what}-${process.pid}-${randomBytes(4).toString('hex')}`);

async function kindOf(path: string): Promise<'none' | 'file' | 'dir' | 'other'> {
  try {
    const s = await lstat(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'dir' : 'other';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'none';
    throw new ExportWriteError(`--out ${path}: cannot look at it (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

async function isExport(path: string): Promise<boolean> {
  try {
    return (await readFile(path, 'utf8')).slice(0, HEADER_BYTES).includes(EXPORT_MARKER);
  } catch {
    return false;
  }
}

function failed(path: string, error: unknown, what: string): ExportWriteError {
  return new ExportWriteError(`--out ${path}: cannot write ${what} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
}

/** Writes `text` to `path` whole, or not at all. */
export async function writeExportFile(path: string, text: string): Promise<void> {
  const kind = await kindOf(path);
  if (kind === 'dir') throw new ExportWriteError(`--out ${path} is a folder; name a file, or add --split to write a folder`);
  if (kind === 'other') throw new ExportWriteError(`--out ${path}: exists and is not a regular file; refusing to replace it`);
  if (kind === 'file' && !(await isExport(path))) {
    throw new ExportWriteError(`--out ${path}: refusing to overwrite a file that gatehouse export did not write; remove it or name another file`);
  }
  try {
    await mkdir(dirname(path), { recursive: true });
    await replaceFile(path, text);
  } catch (error) {
    throw failed(path, error, 'the file');
  }
}

/**
 * Writes `files` (relative path with `/` → text) as the folder `path`, whole
 * or not at all. An existing folder is replaced only when it is empty or holds
 * nothing but files an earlier export wrote.
 */
export async function writeExportFolder(path: string, files: ReadonlyMap<string, string>): Promise<void> {
  const kind = await kindOf(path);
  if (kind === 'file' || kind === 'other') throw new ExportWriteError(`--out ${path}: exists and is not a folder; with --split, name a folder`);
  if (kind === 'dir') {
    const foreign = await firstForeign(path);
    if (foreign !== undefined) {
      throw new ExportWriteError(
        `--out ${path}: refusing to replace a folder that holds ${foreign}, which gatehouse export did not write; remove it or name another folder`,
      );
    }
  }
  const temp = tempName(path, 'tmp');
  try {
    await mkdir(dirname(path), { recursive: true });
    for (const [rel, text] of files) {
      const target = join(temp, ...rel.split('/'));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, text, { flag: 'wx' });
    }
    await mkdir(temp, { recursive: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw failed(path, error, 'the folder');
  }
  const old = kind === 'dir' ? tempName(path, 'old') : undefined;
  try {
    if (old !== undefined) await rename(path, old);
    try {
      await rename(temp, path);
    } catch (error) {
      if (old !== undefined) await rename(old, path);
      throw error;
    }
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw failed(path, error, 'the folder');
  }
  if (old !== undefined) await rm(old, { recursive: true, force: true });
}

/** The first entry under `dir` (relative) that is not an exported YAML file, if any. */
async function firstForeign(dir: string, rel = ''): Promise<string | undefined> {
  const entries = await readdir(join(dir, rel), { withFileTypes: true });
  entries.sort((a, b) => compareText(a.name, b.name));
  for (const e of entries) {
    const sub = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) {
      const found = await firstForeign(dir, sub);
      if (found !== undefined) return found;
    } else if (!e.isFile() || !/\.ya?ml$/.test(e.name) || !(await isExport(join(dir, sub)))) {
      return sub;
    }
  }
  return undefined;
}
