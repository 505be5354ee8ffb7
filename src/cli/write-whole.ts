import { stat } from 'node:fs/promises';
import { replaceFile } from '../util/replace-file.js';
import { UsageError } from './errors.js';

/** Writes `text` to `path` whole (a temporary file renamed over it), or not at all: never a partial file. */
export async function writeWhole(path: string, text: string, flag = '--out'): Promise<void> {
  const kind = await stat(path).then((s) => (s.isFile() ? 'file' : 'other'), () => 'none');
  if (kind === 'other') throw new UsageError(`${flag} ${path}: exists and is not a regular file; refusing to replace it`);
  try {
    await replaceFile(path, text);
  } catch (error) {
    throw new Error(`${flag} ${path}: cannot write the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
