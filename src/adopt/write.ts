/**
 * --write: each edited file replaced atomically (a temporary file beside it,
 * then rename), and only if every file still holds the text adopt read.
 * One changed file refuses them all: nothing is written.
 */
import { readFile, rename, rm, writeFile, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';

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
    const temp = join(dirname(path), `.${basename(path)}.gatehouse-adopt-${process.pid}`);
    try {
      const { mode } = await stat(path);
      // The loader reads past a byte order mark; the file keeps the one it had.
      const bom = BOM.test(await readFile(path, 'utf8')) ? '\uFEFF' : '';
      await writeFile(temp, bom + after.get(file)!, { mode, flag: 'wx' });
      await rename(temp, path);
    } catch (err) {
      await rm(temp, { force: true });
      throw err;
    }
  }
  return files;
}
