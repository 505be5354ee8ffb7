/**
 * The Dreadnode part of the seed: the file's Dreadnode places (provider
 * `dreadnode`, kind `workspace`, scope = org slug, ref = workspace slug,
 * members with a role) become organisations, workspaces and permissions;
 * `sandbox.dreadnode` adds workspaces that exist with nobody in them, or
 * names them. Platform users are the token's own user, `sandbox.users`, and
 * everyone the Dreadnode section names; someone only in Asana has no
 * Dreadnode account. Pure and deterministic, like the Asana seed.
 */
import type { DesiredState } from '../../../model/index.js';
import type { SandboxCore } from '../../../config/schema-types.js';
import type { DreadnodeSeed } from '../section-types.js';
import type { SeedCore } from '../../../sandbox/part.js';

type SandboxSection = SandboxCore & DreadnodeSeed;
import {
  emptyDreadnodeWorld,
  ensureDnUser,
  ensureOrg,
  ensureWorkspace,
  grant,
  isPermission,
  type DreadnodeWorld,
} from './world.js';

/** `core.me` is the token's own user; the API accepts `sandbox.dreadnode.token`, else `core.token`. */
export function seedDreadnode(desired: DesiredState, section: SandboxSection, core: SeedCore): DreadnodeWorld {
  const dw = emptyDreadnodeWorld();
  dw.token = section.dreadnode?.token ?? core.token;
  const auth = section.dreadnode?.auth;
  if (auth !== undefined) dw.auth = auth;
  // Lower case, as Asana keeps `me`'s email.
  dw.meId = ensureDnUser(dw, core.me.toLowerCase()).id;
  for (const u of section.users ?? []) ensureDnUser(dw, u.email, u.name);

  const seen = new Set<string>();
  for (const { place, members } of desired.places) {
    if (place.provider !== 'dreadnode') continue;
    const where = `dreadnode ${place.kind} ${place.ref} (${place.key})`;
    if (place.kind !== 'workspace') throw new Error(`sandbox seed: ${where}: only workspaces are Dreadnode places`);
    if (place.scope === undefined) throw new Error(`sandbox seed: ${where} has no organisation (scope)`);
    const id = `${place.scope}/${place.ref}`;
    if (seen.has(id)) throw new Error(`sandbox seed: ${where}: workspace ${id} is declared twice`);
    seen.add(id);
    const ws = ensureWorkspace(ensureOrg(dw, place.scope), place.ref);
    for (const m of members) {
      if (!isPermission(m.role)) {
        throw new Error(`sandbox seed: ${where}: ${m.email} has no valid permission (got ${String(m.role)})`);
      }
      const user = ensureDnUser(dw, m.email);
      if (ws.grants.has(user.id)) throw new Error(`sandbox seed: ${where}: ${m.email} is listed twice`);
      grant(dw, ws, user, m.role, null);
    }
  }

  for (const o of section.dreadnode?.organizations ?? []) {
    const org = ensureOrg(dw, o.org);
    for (const w of o.workspaces ?? []) ensureWorkspace(org, w.workspace, w.name);
  }
  return dw;
}
