import { runExport, type ExportRequest } from '../../export/index.js';
import { writableSlug } from '../../export/refs.js';
import { inertLine } from '../annotations.js';
import { connectionOptions, parseCommand } from '../args.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';
import { readSettings } from '../settings.js';

/**
 * Which providers are exported: those a flag names; with no flag at all,
 * every Asana workspace (Dreadnode organisations cannot be listed, so they
 * are exported only when named).
 */
export async function exportCommand(argv: string[], io: Io): Promise<number> {
  const started = Date.now();
  const { values, path } = parseCommand(
    argv,
    {
      ...connectionOptions,
      'asana-workspace': { type: 'string', multiple: true },
      'all-asana-workspaces': { type: 'boolean' },
      'dreadnode-org': { type: 'string', multiple: true },
      out: { type: 'string' },
      split: { type: 'boolean' },
    },
    '',
  );
  if (path !== '') throw new UsageError(`unexpected argument: ${path} (export reads live state; name the output with --out)`);
  const workspaces = values['asana-workspace'];
  const orgs = values['dreadnode-org'];
  if (workspaces !== undefined && values['all-asana-workspaces']) {
    throw new UsageError('--asana-workspace and --all-asana-workspaces do not go together: name workspaces, or take them all');
  }
  for (const org of orgs ?? []) {
    if (!writableSlug(org)) throw new UsageError(`--dreadnode-org ${JSON.stringify(org)}: not an organisation slug (no slash or space)`);
  }
  if (values.split && values.out === undefined) throw new UsageError('--split writes a folder: name it with --out PATH');
  if (values.out === '') throw new UsageError('--out needs a path');

  const request: ExportRequest = { cwd: process.cwd() };
  if (workspaces !== undefined) request.asana = { workspaces };
  else if (values['all-asana-workspaces'] || orgs === undefined) request.asana = {};
  if (orgs !== undefined) request.dreadnode = { orgs };
  if (values.out !== undefined) request.out = values.out;
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
