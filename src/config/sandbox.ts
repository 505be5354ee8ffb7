/** Step 7: the `sandbox:` sections of all files, merged; the loader does not otherwise use them. */
import type { SourceLocation } from '../model/index.js';
import { where, type Problems } from './problems.js';
import type { SandboxSection } from './schema-types.js';
import type { ValidFile } from './valid-file.js';

export function mergeSandbox(files: readonly ValidFile[], problems: Problems): SandboxSection | undefined {
  let merged: SandboxSection | undefined;
  const setAt: { token?: SourceLocation; me?: SourceLocation } = {};
  for (const { value, positions } of files) {
    const section = value.sandbox;
    if (section === undefined) continue;
    merged ??= {};
    for (const key of ['token', 'me'] as const) {
      const given = section[key];
      if (given === undefined) continue;
      const at = positions.key(['sandbox', key]);
      const first = setAt[key];
      if (first !== undefined) {
        problems.add(at, `sandbox "${key}" is already set at ${where(first, at)}`);
        continue;
      }
      setAt[key] = at;
      merged[key] = given;
    }
    if (section.users !== undefined) merged.users = [...(merged.users ?? []), ...section.users];
    if (section.workspaces !== undefined) merged.workspaces = [...(merged.workspaces ?? []), ...section.workspaces];
    const orgs = section.dreadnode?.organizations;
    if (orgs !== undefined) merged.dreadnode = { organizations: [...(merged.dreadnode?.organizations ?? []), ...orgs] };
  }
  return merged;
}
