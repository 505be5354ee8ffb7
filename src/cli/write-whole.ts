import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './errors.js';

/** Writes `text` to `path` whole (a temporary file renamed over it), or not at all: never a partial file. */
export async function writeWhole(path: string, text: string, flag = '--out'): Promise<void> {
  const kind = await stat(path).then((s) => (s.isFile() ? 'file' : 'other'), () => 'none');
  if (kind === 'other') throw new UsageError(`${flag} ${path}: exists and is not a regular file; refusing to replace it`);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw new Error(`${flag} ${path}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
