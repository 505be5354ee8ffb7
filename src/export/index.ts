/**
 * `gatehouse export`: read what is live through the providers' discovery,
 * decide the outline, and write it as one file (or a folder with --split) in
 * the desired-state format, such that planning that file against the same
 * live state finds nothing to do.
 */
import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { connectionsFor, providerModules, type ConnectionSettings, type ProviderModule } from '../providers/registry.js';
import { singleFile, splitFiles } from './layout.js';
import type { ExportPart, ExportSession, FlagValues } from './part.js';
import { ExportProgress } from './progress.js';
import { writeExportFile, writeExportFolder } from './write.js';

export { EXPORT_MARKER } from './document.js';
export type { ExportFlag, ExportPart, FlagValues } from './part.js';

export interface ExportRequest {
  /** What to export of each provider, by name (chooseExports). */
  choices: ReadonlyMap<string, unknown>;
  /** A file (or a folder with `split`); stdout when undefined. */
  out?: string;
  split?: boolean;
  /** Where relative paths start (the schema comment's path is relative to the output). */
  cwd: string;
  /** The schema file the written files refer to, relative to `cwd` (default DEFAULT_SCHEMA). */
  schema?: string;
}

/**
 * Where a repository keeps the schema for editors (`gatehouse schema --out`
 * writes it). A path inside the repository stays valid wherever it is cloned,
 * unlike a path into this installation (npx's cache, a global install).
 */
export const DEFAULT_SCHEMA = '.gatehouse/schema.json';

export interface ExportResult {
  /** The YAML, when no --out was given. */
  text?: string;
  /** Files written (relative to --out with --split). */
  files: string[];
  requests: number;
  /** The schema file the files refer to, when it does not exist yet. */
  schemaMissing?: string;
}

type Exporting = ProviderModule & { export: ExportPart };
const exporting = (modules: readonly ProviderModule[]): Exporting[] => modules.filter((m): m is Exporting => m.export !== undefined);

/** Every export flag of every provider, in registry order. */
export const exportFlags = (modules: readonly ProviderModule[] = providerModules) => exporting(modules).flatMap((m) => m.export.flags);

/**
 * What each provider's flags chose; when no flags chose anything, each
 * provider's default (Asana's: every workspace). Throws an Error naming the
 * flag whose value is wrong.
 */
export function chooseExports(values: FlagValues, modules: readonly ProviderModule[] = providerModules): Map<string, unknown> {
  const parts = exporting(modules);
  const chosen = new Map(parts.flatMap((m) => {
    const choice = m.export.choose(values);
    return choice === undefined ? [] : [[m.name, choice] as const];
  }));
  if (chosen.size > 0) return chosen;
  return new Map(parts.flatMap((m) => (m.export.byDefault === undefined ? [] : [[m.name, m.export.byDefault] as const])));
}

/** The path of `schema` as seen from a file in `dir`, with `/`. */
function schemaPathFrom(schema: string, dir: string): string {
  const rel = relative(dir, schema).split(sep).join('/');
  return rel.startsWith('.') || rel.startsWith('/') ? rel : `./${rel}`;
}

export async function runExport(
  request: ExportRequest,
  settings: ConnectionSettings,
  log: (line: string) => void,
  modules: readonly ProviderModule[] = providerModules,
): Promise<ExportResult> {
  const parts = exporting(modules).filter((m) => request.choices.has(m.name));
  // Every setting is checked before the first request.
  const connections = connectionsFor(parts.map((m) => ({ name: m.name, baseUrlWhy: m.export.why, tokenWhy: m.export.why })), settings, modules);
  const sessions = parts.map((m) => ({ name: m.name, session: m.export.open(connections.get(m.name)!) as ExportSession<unknown> }));
  const requests = (): number => sessions.reduce((n, s) => n + s.session.requests(), 0);
  const progress = new ExportProgress({ write: log, requests });
  progress.start();
  try {
    const sections = await Promise.all(sessions.map(({ name, session }) => session.read(request.choices.get(name), progress)));
    progress.stop();

    const result: ExportResult = { files: [], requests: requests() };
    const schema = resolve(request.cwd, request.schema ?? DEFAULT_SCHEMA);
    if (request.out === undefined) {
      result.text = singleFile(sections, schemaPathFrom(schema, request.cwd));
    } else if (request.split) {
      const folder = resolve(request.cwd, request.out);
      const files = splitFiles(sections, (path) => schemaPathFrom(schema, resolve(folder, path, '..')));
      await writeExportFolder(request.out, files);
      result.files = [...files.keys()];
    } else {
      await writeExportFile(request.out, singleFile(sections, schemaPathFrom(schema, resolve(request.cwd, request.out, '..'))));
      result.files = [request.out];
    }
    if (!existsSync(schema)) result.schemaMissing = relative(request.cwd, schema) || schema;
    return result;
  } finally {
    progress.stop();
    await Promise.all(sessions.map((s) => s.session.close()));
  }
}
