/** The gatehouse command: parse the command line, run the command, turn the outcome into an exit code. */
import { CommanderError, type Command } from 'commander';
import { providerCatalog } from '../providers/catalog.js';
import { UsageError } from './errors.js';
import { processIo, type Io } from './io.js';
import { buildProgram, type Run } from './program.js';

/** Commander's outcomes that are not mistakes: help or the version was asked for and printed. */
const PRINTED = new Set(['commander.helpDisplayed', 'commander.help', 'commander.version']);

/** Commander's error (`error: unknown option '--x'\n(Did you mean --y?)`) as one short line. */
function oneLine(message: string): string {
  return message
    .replace(/^error: /, '')
    .split('\n')
    .map((line) => line.trim().replace(/^\(Did you mean (.*)\)$/, '(did you mean $1)'))
    .filter((line) => line !== '')
    .join(' ')
    .replace(/\.$/, '');
}

/** Every command reports mistakes in its own words and output goes to `io`, never to process.exit. */
function configure(command: Command, io: Io): void {
  command.exitOverride();
  command.configureOutput({
    writeOut: (text) => void io.stdout.write(text),
    writeErr: (text) => void io.stderr.write(text),
    // run.ts writes the one line itself, with the command's name.
    outputError: () => undefined,
  });
  for (const sub of command.commands) configure(sub, io);
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let run: Run | undefined;
  let name: string | undefined;
  const program = buildProgram(providerCatalog, (r) => {
    run = r;
  });
  configure(program, io);
  program.hook('preSubcommand', (_program, sub) => {
    name = sub.name();
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (PRINTED.has(error.code)) return error.exitCode;
    const who = name === undefined ? 'gatehouse' : `gatehouse ${name}`;
    io.stderr.write(`${who}: ${oneLine(error.message)}; see '${who} --help'\n`);
    return 1;
  }
  if (run === undefined) return 0;
  try {
    return await run(io);
  } catch (error) {
    if (error instanceof UsageError && error.command === undefined && name !== undefined) error.command = name;
    // Loaded only on failure: it brings the renderers along (annotations).
    const { errorLines } = await import('./report-error.js');
    for (const line of errorLines(error, io.env)) io.stderr.write(`${line}\n`);
    return 1;
  }
}
