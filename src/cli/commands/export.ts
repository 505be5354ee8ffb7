import { chooseExports, exportFlags, runExport, type ExportRequest } from '../../export/index.js';
import { inertLine } from '../annotations.js';
import { connectionOptions, parseCommand } from '../args.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { readSettings } from '../settings.js';

/** Each provider's export flags (its module's export part), as parseArgs options. */
const providerFlags = Object.fromEntries(
  exportFlags().map((f) => [f.flag, f.multiple ? { type: f.type, multiple: true } : { type: f.type }] as const),
) as Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;

/**
 * Which providers are exported: those whose flags choose something; with no
 * such flag at all, each provider's default (Asana: every workspace).
 */
export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const started = Date.now();
  const { values, path } = parseCommand(
    argv,
    {
      ...connectionOptions,
      ...providerFlags,
      out: { type: 'string' },
      split: { type: 'boolean' },
    },
    '',
  );
  if (path !== '') throw new UsageError(`unexpected argument: ${path} (export reads live state; name the output with --out)`);
  let choices;
  try {
    choices = chooseExports(values);
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.split && values.out === undefined) throw new UsageError('--split writes a folder: name it with --out PATH');
  if (values.out === '') throw new UsageError('--out needs a path');

  const request: ExportRequest = { choices, cwd: process.cwd() };
  if (values.out !== undefined) request.out = values.out as string;
  if (values.split) request.split = true;

  const settings = await readSettings({ env: io.env, flags: values });
  const log = (line: string): void => void io.stderr.write(`${inertLine(line)}\n`);
  const result = await runExport(request, settings, log);
  if (result.text !== undefined) io.stdout.write(result.text);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const where = values.out === undefined ? 'to stdout' : values.split ? `${result.files.length} files to ${values.out}` : `to ${values.out}`;
  log(`gatehouse export: wrote ${where} (${result.requests} requests, ${seconds} s)`);
  return 0;
}
