/**
 * The loader: files → parsed YAML with positions → schema check → groups,
 * each provider's section → places, members resolved → DesiredState. Every problem in every file is reported
 * at once, as a ConfigError.
 */
import type { DesiredState } from '../model/index.js';
import { displayPath } from './display-path.js';
import { GroupTable } from './groups.js';
import { parseYaml } from './parse-yaml.js';
import { protectedUsers } from './protected.js';
import { Problems } from './problems.js';
import { listFiles, readSource } from './read-files.js';
import { recover } from './recover.js';
import { resolveMembers } from './resolve.js';
import { mergeSandbox } from './sandbox.js';
import { declaredPlaces } from './sections/index.js';
import type { SandboxSection } from './schema-types.js';
import { gatehouseValidator } from './validate.js';
import type { ValidFile } from './valid-file.js';

export type { SandboxSection, GatehouseFile } from './schema-types.js';

export interface LoadedConfig {
  desired: DesiredState;
  /** The `sandbox:` sections of all files, merged; absent when no file has one. */
  sandbox?: SandboxSection;
}

/**
 * Loads a file, or every `*.yaml`/`*.yml` below a folder, merged.
 * Throws ConfigError listing every problem found.
 */
export async function loadConfig(path: string): Promise<LoadedConfig> {
  const problems = new Problems();
  const paths = await listFiles(path, problems);
  if (paths === undefined) {
    problems.throwIfAny([]);
    throw new Error('unreachable');
  }

  const sources = await Promise.all(paths.map((p) => readSource(p, problems)));
  const files = sources.flatMap((s) => (s === undefined ? [] : [s.file]));
  const order = paths.map(displayPath);
  const validate = await gatehouseValidator();
  const valid: ValidFile[] = [];
  let complete = true;
  for (const source of sources) {
    const parsed = source === undefined ? undefined : parseYaml(source, problems);
    if (parsed === undefined) {
      complete = false;
    } else if (validate(parsed.value, parsed.positions, problems)) {
      valid.push({ file: parsed.file, positions: parsed.positions, value: parsed.value });
    } else {
      // Go on with what the schema accepts, to report the rest of the problems too.
      const recovered = recover(parsed, validate);
      if (recovered) valid.push(recovered);
      else complete = false;
    }
  }
  // Without every file, groups and places cannot be checked without false alarms.
  if (!complete) problems.throwIfAny(order);

  const groups = GroupTable.fromFiles(valid, problems);
  const places = resolveMembers(declaredPlaces(valid, problems), groups, problems);
  const guarded = protectedUsers(valid, groups, problems);
  const sandbox = mergeSandbox(valid, problems);
  problems.throwIfAny(order);

  const desired: DesiredState = { files, places };
  if (guarded.length > 0) desired.protected = guarded;
  const loaded: LoadedConfig = { desired };
  if (sandbox !== undefined) loaded.sandbox = sandbox;
  return loaded;
}
