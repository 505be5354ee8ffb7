/**
 * --write: each edited file replaced atomically (a temporary file beside it,
 * then rename), and only if every file still holds the text adopt read.
 * One changed file refuses them all: nothing is written.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { replaceFile } from '../util/replace-file.js';

const BOM = /^\uFEFF/;

export class ChangedOnDiskError extends Error {
  override name = 'ChangedOnDiskError';
  constructor(readonly file: string) {
    super(`${file} changed on disk since adopt read it: nothing was written. Run adopt again.`);
  }
}

export async function writeAdopted(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>, cwd: string): Promise<string[]> {
  const files = [...after.keys()].filter((f) => after.get(f) !== before.get(f));
  for (const file of files) {
    const now = await readFile(resolve(cwd, file), 'utf8').catch(() => undefined);
    if (now?.replace(BOM, '') !== before.get(file)) throw new ChangedOnDiskError(file);
  }
  for (const file of files) {
    const path = resolve(cwd, file);
    const { mode } = await stat(path);
    // The loader reads past a byte order mark; the file keeps the one it had.
    const bom = BOM.test(await readFile(path, 'utf8')) ? '\uFEFF' : '';
    await replaceFile(path, bom + after.get(file)!, { mode, what: 'adopt' });
  }
  return files;
}
