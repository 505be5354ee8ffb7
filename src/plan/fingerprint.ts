import { createHash } from 'node:crypto';
import type { Change } from '../model/index.js';

/** A change's identity, as the fingerprint sees it: provider, action, place (kind and live id), user and roles. */
export function changeIdentity(c: Change): string {
  return JSON.stringify([c.provider, c.action, c.place.kind, c.place.id, c.user, c.role ?? null, c.fromRole ?? null]);
}

/**
 * A hash of what a plan would do: for every change, its provider, action,
 * place (kind and live id), user and roles. Reasons and names are left out,
 * so renaming a place or moving a line in the file does not change it; the
 * order of changes does not matter either.
 */
export function fingerprint(changes: readonly Change[]): string {
  const identities = changes.map(changeIdentity).sort();
  const hash = createHash('sha256');
  for (const identity of identities) hash.update(identity).update('\n');
  return hash.digest('hex');
}
