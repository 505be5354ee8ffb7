/**
 * `gatehouse export`: read what is live through the providers' discovery,
 * decide the outline, and write it as one file (or a folder with --split) in
 * the desired-state format, such that planning that file against the same
 * live state finds nothing to do.
 */
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HttpClient } from '../http/index.js';
import { createAsanaHttpClient } from '../providers/asana/index.js';
import { discoverAsana } from '../providers/asana/discover.js';
import { createDreadnodeHttpClient } from '../providers/dreadnode/index.js';
import { discoverDreadnode } from '../providers/dreadnode/discover.js';
import { connectionsFor, type ConnectionSettings } from '../providers/registry.js';
import { singleFile, splitFiles } from './layout.js';
import { outline, type Outline } from './outline.js';
import { ExportProgress } from './progress.js';
import { writeExportFile, writeExportFolder } from './write.js';

export { EXPORT_MARKER } from './document.js';

export interface ExportRequest {
  /** Export Asana: every visible workspace (undefined) or the named ones (names or gids). */
  asana?: { workspaces?: string[] };
  /** Export these Dreadnode organisations (slugs). */
  dreadnode?: { orgs: string[] };
  /** A file (or a folder with `split`); stdout when undefined. */
  out?: string;
  split?: boolean;
  /** Where relative paths start (the schema comment's path is relative to the output). */
  cwd: string;
}

export interface ExportResult {
  /** The YAML, when no --out was given. */
  text?: string;
  /** Files written (relative to --out with --split). */
  files: string[];
  outline: Outline;
  requests: number;
}

/** The schema file of this installation. */
const SCHEMA_FILE = fileURLToPath(new URL('../../schemas/gatehouse.schema.json', import.meta.url));

/** The schema's path as seen from a file in `dir`, with `/`. */
function schemaPathFrom(dir: string): string {
  const rel = relative(dir, SCHEMA_FILE).split(sep).join('/');
  return rel.startsWith('.') || rel.startsWith('/') ? rel : `./${rel}`;
}

export async function runExport(request: ExportRequest, settings: ConnectionSettings, log: (line: string) => void): Promise<ExportResult> {
  // Every setting is checked before the first request.
  const connections = connectionsFor(
    [
      ...(request.asana ? [{ name: 'asana', baseUrlWhy: 'Asana is being exported', tokenWhy: 'Asana is being exported' }] : []),
      ...(request.dreadnode ? [{ name: 'dreadnode', baseUrlWhy: '--dreadnode-org was given', tokenWhy: '--dreadnode-org was given' }] : []),
    ],
    settings,
  );
  const asanaConnection = connections.get('asana');
  const dreadnodeConnection = connections.get('dreadnode');
  const asanaHttp = asanaConnection && createAsanaHttpClient(asanaConnection);
  const dreadnodeHttp = dreadnodeConnection && createDreadnodeHttpClient(dreadnodeConnection);
  const clients = [asanaHttp, dreadnodeHttp].filter((c): c is HttpClient => c !== undefined);
  const requests = (): number => clients.reduce((n, c) => n + c.stats().requests, 0);
  const progress = new ExportProgress({ write: log, requests });
  progress.start();
  try {
    const [asana, dreadnode] = await Promise.all([
      asanaHttp && discoverAsana(asanaHttp, request.asana?.workspaces, progress),
      dreadnodeHttp && discoverDreadnode(dreadnodeHttp, request.dreadnode?.orgs ?? [], progress),
    ]);
    const shape = outline(asana, dreadnode);
    progress.stop();

    const result: ExportResult = { files: [], outline: shape, requests: requests() };
    if (request.out === undefined) {
      result.text = singleFile(shape, schemaPathFrom(request.cwd));
    } else if (request.split) {
      const folder = resolve(request.cwd, request.out);
      const files = splitFiles(shape, (path) => schemaPathFrom(resolve(folder, path, '..')));
      await writeExportFolder(request.out, files);
      result.files = [...files.keys()];
    } else {
      await writeExportFile(request.out, singleFile(shape, schemaPathFrom(resolve(request.cwd, request.out, '..'))));
      result.files = [request.out];
    }
    return result;
  } finally {
    progress.stop();
    await Promise.all(clients.map((c) => c.close()));
  }
}
