/** `gatehouse apply` on a pseudo-terminal made by script(1), so it asks its question. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from './harness.js';

/**
 * Run `gatehouse apply` on a terminal, answer the question (after `meanwhile`,
 * which may change live state as someone else would while the plan is read),
 * and return what the terminal showed.
 */
export function applyOnTerminal(
  cwd: string,
  env: Record<string, string>,
  answer: string | null,
  meanwhile: () => Promise<void> = async () => {},
): Promise<{ code: number | null; screen: string }> {
  const command = `${process.execPath} ${join(root, 'dist/cli/main.js')} apply access.yaml`;
  const child = spawn('script', ['-qec', command, '/dev/null'], { cwd, env: { PATH: process.env.PATH ?? '', TERM: 'dumb', ...env } });
  let screen = '';
  let asked = false;
  let failed: unknown;
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    screen += d;
    // null: end of input, as Ctrl+D (the terminal's EOF character) sends it.
    if (screen.includes("Only 'yes' will be accepted:") && !asked) {
      asked = true;
      meanwhile().then(
        () => child.stdin.end(answer === null ? '\u0004' : `${answer}\n`),
        (error: unknown) => {
          child.kill();
          failed = error;
        },
      );
    }
  });
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(new Error(`cannot run script(1), which makes the pseudo-terminal: ${error.message}`)));
    child.once('close', (code) => (failed === undefined ? resolve({ code, screen }) : reject(failed)));
  });
}
