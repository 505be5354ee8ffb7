/** Step 7: the `sandbox:` sections of all files, merged; the loader does not otherwise use them. */
import type { SourceLocation } from '../model/index.js';
import { where, type Problems } from './problems.js';
import type { SandboxSection } from './schema-types.js';
import type { ValidFile } from './valid-file.js';

export function mergeSandbox(files: readonly ValidFile[], problems: Problems): SandboxSection | undefined {
  let merged: SandboxSection | undefined;
  const setAt: { token?: SourceLocation; me?: SourceLocation; dreadnodeToken?: SourceLocation } = {};
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
    const dn = section.dreadnode;
    if (dn !== undefined) {
      merged.dreadnode ??= {};
      if (dn.token !== undefined) {
        const at = positions.key(['sandbox', 'dreadnode', 'token']);
        if (setAt.dreadnodeToken !== undefined) problems.add(at, `sandbox dreadnode "token" is already set at ${where(setAt.dreadnodeToken, at)}`);
        else {
          setAt.dreadnodeToken = at;
          merged.dreadnode.token = dn.token;
        }
      }
      if (dn.organizations !== undefined) merged.dreadnode.organizations = [...(merged.dreadnode.organizations ?? []), ...dn.organizations];
    }
  }
  return merged;
}
