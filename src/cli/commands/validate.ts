import { loadDesired } from '../../pipeline/index.js';
import { inertLine } from '../annotations.js';
import type { Io } from '../io.js';

/** `maxFileSize`: `--max-file-size` in bytes, if given. */
export async function validateCommand(path: string, io: Io, maxFileSize?: number): Promise<number> {
  const { desired } = await loadDesired(path, undefined, { maxFileSize });
  const members = desired.places.reduce((n, p) => n + p.members.length, 0);
  io.stdout.write(
    `${inertLine(path)}: valid (${desired.files.length} file${desired.files.length === 1 ? '' : 's'}, ${desired.places.length} places, ${members} memberships).\n`,
  );
  return 0;
}
