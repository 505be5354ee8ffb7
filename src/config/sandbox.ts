/**
 * The `sandbox:` sections of a seed's files, merged: lists are joined, and a
 * single value (a token, `me`) may be set in one file only. The keys are the
 * core's and each provider's (schemas/sandbox-seed.schema.json); the merge
 * does not need to know which.
 */
import type { SourceLocation } from '../model/index.js';
import type { DataPath } from './positions.js';
import { where, type Problems } from './problems.js';
import type { ValidFile } from './valid-file.js';

/** The merged section: the core's keys typed in schema-types.ts, each provider's in its section-types.ts. */
export type SandboxSection = Record<string, unknown>;

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => v !== null && typeof v === 'object' && !Array.isArray(v);

export function mergeSandbox(files: readonly ValidFile[], problems: Problems): SandboxSection | undefined {
  let merged: Plain | undefined;
  const setAt = new Map<string, SourceLocation>();
  const into = (target: Plain, given: Plain, path: DataPath, positions: ValidFile['positions']): void => {
    for (const [key, value] of Object.entries(given)) {
      const here = [...path, key];
      const prior = target[key];
      if (Array.isArray(value)) target[key] = [...(Array.isArray(prior) ? prior : []), ...value];
      else if (isPlain(value)) into((target[key] = isPlain(prior) ? prior : {}) as Plain, value, here, positions);
      else {
        const at = positions.key(here);
        const id = here.join('\u0000');
        const first = setAt.get(id);
        // `sandbox "token"`, `sandbox dreadnode "token"`.
        if (first !== undefined) problems.add(at, `${['sandbox', ...path.slice(1)].join(' ')} "${key}" is already set at ${where(first, at)}`);
        else {
          setAt.set(id, at);
          target[key] = value;
        }
      }
    }
  };
  for (const { value, positions } of files) {
    const section = value.sandbox;
    if (!isPlain(section)) continue;
    merged ??= {};
    into(merged, section, ['sandbox'], positions);
  }
  return merged;
}
