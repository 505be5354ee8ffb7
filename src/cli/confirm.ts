import { once } from 'node:events';
import { createInterface } from 'node:readline/promises';
import type { Io } from './io.js';

/** Ask on the terminal; only "yes" counts, as with terraform apply. End of input (Ctrl+D) is a no. */
export async function confirm(io: Io, question: string): Promise<boolean> {
  const rl = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
  const closed = once(rl, 'close').then(() => '');
  try {
    const answer = await Promise.race([rl.question(`${question} Only 'yes' will be accepted: `), closed]);
    return answer.trim() === 'yes';
  } finally {
    rl.close();
  }
}
