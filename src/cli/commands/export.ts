import { chooseExports, runExport, type ExportRequest } from '../../export/index.js';
import type { FlagValues } from '../../export/part.js';
import { inertLine } from '../annotations.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { readSettings } from '../settings.js';
import { handleInterrupts, SIGNAL_EXIT } from '../interrupt.js';

/**
 * Which providers are exported: those whose flags choose something; with no
 * such flag at all, each provider's default (Asana: every workspace).
 */
export async function exportCommand(values: Record<string, unknown>, io: Io): Promise<number> {
  // Only reads are sent, and files are written whole under a temporary name: a signal ends the command at once.
  const interrupt = handleInterrupts((signal) => {
    io.stderr.write(`gatehouse export: interrupted by ${signal}. Nothing was changed.\n`);
    process.exit(SIGNAL_EXIT[signal]);
  });
  try {
    return await exportLive(values, io);
  } finally {
    interrupt.dispose();
  }
}

async function exportLive(values: Record<string, unknown>, io: Io): Promise<number> {
  const started = Date.now();
  let choices;
  try {
    choices = chooseExports(values as FlagValues);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const out = values['out'] as string | undefined;
  const split = values['split'] === true;
  if (split && out === undefined) throw new UsageError('--split writes a folder: name it with --out PATH');
  if (out === '') throw new UsageError('--out needs a path');

  const request: ExportRequest = { choices, cwd: process.cwd() };
  if (out !== undefined) request.out = out;
  if (split) request.split = true;
  if (typeof values['schema'] === 'string') request.schema = values['schema'];

  const settings = await readSettings({ env: io.env, flags: values });
  const log = (line: string): void => void io.stderr.write(`${inertLine(line)}\n`);
  const result = await runExport(request, settings, log);
  if (result.text !== undefined) io.stdout.write(result.text);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const where = out === undefined ? 'to stdout' : split ? `${result.files.length} files to ${out}` : `to ${out}`;
  log(`gatehouse export: wrote ${where} (${result.requests} requests, ${seconds} s)`);
  if (result.schemaMissing !== undefined) {
    log(`gatehouse export: the files refer to ${result.schemaMissing} for editors; write it with: gatehouse schema --out ${result.schemaMissing}`);
  }
  return 0;
}
