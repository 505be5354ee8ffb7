/** The gatehouse command: pick a command, run it, turn the outcome into an exit code. */
import { applyCommand } from './commands/apply.js';
import { exportCommand } from './commands/export.js';
import { planCommand } from './commands/plan.js';
import { sandboxCommand } from './commands/sandbox.js';
import { validateCommand } from './commands/validate.js';
import { UsageError } from './errors.js';
import { processIo, type Io } from './io.js';
import { errorLines } from './report-error.js';
import { usage } from './usage.js';

const commands: Record<string, (argv: string[], io: Io) => Promise<number>> = {
  validate: validateCommand,
  plan: planCommand,
  apply: applyCommand,
  export: exportCommand,
  sandbox: sandboxCommand,
};

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    io.stderr.write(usage);
    return 1;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage);
    return 0;
  }
  const command = commands[name];
  try {
    if (!command) throw new UsageError(`unknown command: ${name}`);
    return await command(rest, io);
  } catch (error) {
    for (const line of errorLines(error, io.env)) io.stderr.write(`${line}\n`);
    return 1;
  }
}


