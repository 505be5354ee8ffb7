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
import { providerSpecs, type Connection, type ConnectionSettings } from '../providers/registry.js';
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

type ClientConnection = Connection & Omit<ConnectionSettings[string], keyof Connection>;

/**
 * The token and address of a provider the export needs (with the rest of its
 * settings, such as its request budget), or an error naming the variable.
 */
function connection(name: string, settings: ConnectionSettings, why: string): ClientConnection {
  const spec = providerSpecs.find((s) => s.name === name);
  if (spec === undefined) throw new Error(`internal error: no provider named ${name}`);
  const { token, baseUrl, ...client } = settings[name] ?? {};
  const missing: string[] = [];
  if (!baseUrl) missing.push(`${spec.baseUrlEnv} is not set, and ${why}: set it to the ${name} API address, e.g. ${spec.baseUrlExample}.`);
  if (!token) missing.push(`${spec.tokenEnv} is not set, and ${why}: export it, or pass --${spec.tokenFileFlag} FILE.`);
  if (missing.length > 0 || !token || !baseUrl) throw new AggregateError(missing.map((m) => new Error(m)), missing.join(' '));
  return { ...client, token, baseUrl };
}

function client(name: string, make: (c: ClientConnection) => HttpClient, c: ClientConnection): HttpClient {
  const spec = providerSpecs.find((s) => s.name === name);
  try {
    return make(c);
  } catch (error) {
    throw new Error(`${spec?.baseUrlEnv ?? name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function runExport(request: ExportRequest, settings: ConnectionSettings, log: (line: string) => void): Promise<ExportResult> {
  // Every setting is checked before the first request.
  const problems: Error[] = [];
  const need = (name: string, why: string): ClientConnection | undefined => {
    try {
      return connection(name, settings, why);
    } catch (error) {
      problems.push(...(error instanceof AggregateError ? (error.errors as Error[]) : [error as Error]));
      return undefined;
    }
  };
  const asanaConnection = request.asana ? need('asana', 'Asana is being exported') : undefined;
  const dreadnodeConnection = request.dreadnode ? need('dreadnode', '--dreadnode-org was given') : undefined;
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) throw new AggregateError(problems, `${problems.length} settings are missing`);

  const asanaHttp = asanaConnection && client('asana', createAsanaHttpClient, asanaConnection);
  const dreadnodeHttp = dreadnodeConnection && client('dreadnode', createDreadnodeHttpClient, dreadnodeConnection);
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
