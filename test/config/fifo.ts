import { execFileSync } from 'node:child_process';

/** Makes a FIFO (named pipe) at `path` with mkfifo(1). */
export function mkfifo(path: string): void {
  execFileSync('mkfifo', [path]);
}
