/**
 * The loader: files → parsed YAML with positions → schema check → groups,
 * each provider's section → places, members resolved → DesiredState. Every problem in every file is reported
 * at once, as a ConfigError.
 */
import type { DesiredState } from '../model/index.js';
import { displayPath } from './display-path.js';
import { checkEmails } from './emails.js';
import { GroupTable } from './groups.js';
import { readLimits } from './limits.js';
import { parseYaml } from './parse-yaml.js';
import { protectedUsers } from './protected.js';
import { Problems } from './problems.js';
import { listFiles, readSource } from './read-files.js';
import { recover } from './recover.js';
import { resolveMembers } from './resolve.js';
import { checkRevoked, revokedUsers } from './revoked.js';
import { checkUntil } from './until.js';
import { mergeSandbox } from './sandbox.js';
import type { SandboxSection } from './sandbox.js';
import type { SectionFormat } from './section-format.js';
import { formatValidator } from './validate.js';
import type { ValidFile } from './valid-file.js';

export type { GatehouseFile, SandboxCore } from './schema-types.js';
export type { SandboxSection } from './sandbox.js';

/** A provider as the loader sees it: its section's name and format. */
export interface SectionSource {
  name: string;
  format: SectionFormat;
}

export interface LoadOptions {
  /** The providers whose sections the files may have (the registry's, in the CLI). */
  sections: readonly SectionSource[];
  /** A sandbox seed (schemas/sandbox-seed.schema.json): a `sandbox:` section is allowed and returned. */
  seed?: boolean;
  /** `--max-file-size`: the most one file may hold, in bytes (default 8 MiB; a folder may hold 8 times as much in all, at least 64 MiB). */
  maxFileSize?: number;
}

export interface LoadedConfig {
  desired: DesiredState;
  /** With `seed`: the `sandbox:` sections of all files, merged; absent when no file has one. */
  sandbox?: SandboxSection;
  /** The text of each file as it was read, by its name in `desired.files` (adopt edits it and checks it is unchanged before writing). */
  texts: ReadonlyMap<string, string>;
}

/**
 * Loads a file, or every `*.yaml`/`*.yml` below a folder, merged.
 * Throws ConfigError listing every problem found.
 */
export async function loadConfig(path: string, options: LoadOptions): Promise<LoadedConfig> {
  const problems = new Problems();
  const limits = readLimits(options.maxFileSize);
  const paths = await listFiles(path, problems, limits);
  if (paths === undefined) {
    problems.throwIfAny([]);
    throw new Error('unreachable');
  }

  const sources = await Promise.all(paths.map((p) => readSource(p, problems, limits)));
  const files = sources.flatMap((s) => (s === undefined ? [] : [s.file]));
  const texts = new Map(sources.flatMap((s) => (s === undefined ? [] : [[s.file, s.text] as const])));
  const order = paths.map(displayPath);
  const validate = formatValidator(options.sections, options.seed === true);
  const sections = new Set(['groups', ...options.sections.map((s) => s.name)]);
  const valid: ValidFile[] = [];
  let complete = true;
  for (const source of sources) {
    const parsed = source === undefined ? undefined : parseYaml(source, problems);
    if (parsed !== undefined && !options.seed) refuseSeedSection(parsed, problems);
    if (parsed === undefined) {
      complete = false;
    } else if (validate(parsed.value, parsed.positions, problems)) {
      valid.push({ file: parsed.file, positions: parsed.positions, value: parsed.value });
    } else {
      // Go on with what the schema accepts, to report the rest of the problems too
      // (on yaml's document: the light parser keeps none to prune).
      const full = parsed.doc === undefined ? parseYaml(source!, problems, false) : parsed;
      const recovered = full?.doc === undefined ? undefined : recover({ ...full, doc: full.doc }, validate, sections);
      if (recovered) valid.push(recovered);
      else complete = false;
    }
  }
  // Without every file, groups and places cannot be checked without false alarms.
  if (!complete) {
    await problems.settle(texts);
    problems.throwIfAny(order);
  }

  const groups = GroupTable.fromFiles(valid, problems);
  const declared = options.sections.flatMap((s) => s.format.places(valid, problems));
  const places = resolveMembers(declared, groups, problems);
  const guarded = protectedUsers(valid, groups, problems);
  const revoked = revokedUsers(valid, groups, problems);
  checkRevoked(revoked, places, guarded, problems);
  const entries = [...groups.entries(), ...declared.flatMap((d) => d.entries)];
  checkUntil(entries, problems);
  const sandbox = options.seed ? mergeSandbox(valid, problems) : undefined;
  await checkEmails(valid, entries, problems);
  await problems.settle(texts);
  problems.throwIfAny(order);

  const desired: DesiredState = { files, places };
  if (guarded.length > 0) desired.protected = guarded;
  if (revoked.length > 0) desired.revoked = revoked;
  const loaded: LoadedConfig = { desired, texts };
  if (sandbox !== undefined) loaded.sandbox = sandbox;
  return loaded;
}

/**
 * A desired-state file with a seed's `sandbox:` section: an error that says
 * where the section belongs. The key is dropped so that the schema check does
 * not report it again as unknown.
 */
function refuseSeedSection(parsed: { value: unknown; positions: ValidFile['positions'] }, problems: Problems): void {
  const value = parsed.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value) || !Object.hasOwn(value, 'sandbox')) return;
  problems.add(
    parsed.positions.key(['sandbox']),
    'a sandbox: section seeds `gatehouse sandbox --seed FILE` and is not part of a desired-state file: move it to a seed file (schemas/sandbox-seed.schema.json)',
  );
  delete (value as Record<string, unknown>).sandbox;
}
