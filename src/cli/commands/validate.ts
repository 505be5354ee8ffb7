import { loadDesired } from '../../pipeline/index.js';
import type { Io } from '../io.js';

export async function validateCommand(path: string, io: Io): Promise<number> {
  const { desired } = await loadDesired(path);
  const members = desired.places.reduce((n, p) => n + p.members.length, 0);
  io.stdout.write(
    `${path}: valid (${desired.files.length} file${desired.files.length === 1 ? '' : 's'}, ${desired.places.length} places, ${members} memberships).\n`,
  );
  return 0;
}
