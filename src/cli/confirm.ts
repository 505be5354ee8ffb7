import { createInterface } from 'node:readline/promises';
import type { Io } from './io.js';

/** Ask on the terminal; only "yes" counts, as with terraform apply. */
export async function confirm(io: Io, question: string): Promise<boolean> {
  const rl = createInterface({ input: io.stdin, output: io.stderr, terminal: false });
  try {
    const answer = await rl.question(`${question} Only 'yes' will be accepted: `);
    return answer.trim() === 'yes';
  } finally {
    rl.close();
  }
}
