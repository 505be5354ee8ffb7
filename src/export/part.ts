/**
 * What export needs of one provider (its module's `export` field): the flags
 * that choose what to read, the reading, and the YAML it writes. The core
 * (index.ts, layout.ts) works from a list of these, so it names no provider.
 */
import type { YAMLMap } from 'yaml';
import type { ClientSettings, Connection } from '../providers/connection.js';
import type { DiscoveryProgress } from '../providers/discovery.js';
import type { HttpClient } from '../http/index.js';

/** One command-line flag of export, without dashes. */
export interface ExportFlag {
  flag: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** What follows the flag in the usage text (`NAME`). */
  arg?: string;
  help: string;
}

/** The flags' values as parsed: `string[]` for a repeatable flag, `true` for a boolean one. */
export type FlagValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/** One file's part of the export: the header lines that say what it holds, and the provider's section. */
export interface SectionFile {
  /** Relative path with `/` (only in a split export). */
  path: string;
  lines: string[];
  section: YAMLMap;
}

/** What one provider exported, ready to write: in one file, or as files of a folder. */
export interface ExportedSection {
  /** Its section's key (the provider's name). */
  name: string;
  /** Header lines of a single-file export, one per place it read. */
  summary: string[];
  /** Its section in a single-file export. */
  section: YAMLMap;
  /** Its files in a split export (paths distinct from every other provider's). */
  files: SectionFile[];
}

/** One export's reading of one provider over one connection. */
export interface ExportSession<C> {
  read(choice: C, progress: DiscoveryProgress): Promise<ExportedSection>;
  /** Requests sent so far, retries included. */
  requests(): number;
  close(): Promise<void>;
}

export interface ExportPart<C = unknown> {
  flags: readonly ExportFlag[];
  /** What its flags chose, or undefined when they chose nothing; throws an Error naming the flag when a value is wrong. */
  choose(values: FlagValues): C | undefined;
  /** What is exported when no provider's flags chose anything (a provider whose places cannot be listed has none). */
  byDefault?: C;
  /** Said when its token or address is missing (`--dreadnode-org was given`). */
  why: string;
  /** `--split`'s layout for it, for the usage text (`dreadnode.yaml`). */
  splitHelp: string;
  open(connection: Connection & ClientSettings): ExportSession<C>;
}

/** A session that reads over one HTTP client, counting its requests and closing it. */
export function httpSession<C>(http: HttpClient, read: (choice: C, progress: DiscoveryProgress) => Promise<ExportedSection>): ExportSession<C> {
  return { read, requests: () => http.stats().requests, close: () => http.close() };
}
