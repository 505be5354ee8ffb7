/**
 * Replaces a file whole or not at all: the text goes to a temporary file
 * beside it, which is then renamed over it. A failure removes the temporary
 * file and throws the error as it came; callers say what failed in their words.
 */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export async function replaceFile(path: string, text: string, options: { mode?: number; what?: string } = {}): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.gatehouse-${options.what ?? 'tmp'}-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(temp, text, { flag: 'wx', ...(options.mode === undefined ? {} : { mode: options.mode }) });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
