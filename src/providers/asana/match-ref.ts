/**
 * Match a name or gid the file writes against a live list, with the words a
 * user needs when it does not match: "did you mean", the gids of an
 * ambiguous name, or what exists.
 */
import type { Named } from './api.js';
import { closeMatches, orList } from '../../text/suggest.js';

export const isGid = (ref: string): boolean => /^\d+$/.test(ref);

export type Match = { ok: true; found: Named } | { ok: false; message: string };

export const nameOf = (n: Named): string => n.name ?? '';

/** Match one ref against a live list; `where` reads like ` in workspace "Acme Corp"`. */
export function matchRef(kind: string, ref: string, list: readonly Named[], where: string): Match {
  if (isGid(ref)) {
    const byGid = list.find((n) => n.gid === ref);
    if (byGid) return { ok: true, found: byGid };
  }
  const exact = list.filter((n) => nameOf(n) === ref);
  if (exact.length === 1 && exact[0]) return { ok: true, found: exact[0] };
  if (exact.length > 1) {
    const listing = exact.map((n) => `${n.gid} (${nameOf(n)})`).join(', ');
    return { ok: false, message: `${kind} name ${JSON.stringify(ref)} is ambiguous${where}: ${listing}; write the gid instead` };
  }
  if (isGid(ref)) {
    return { ok: false, message: `${kind} with gid ${ref} not found${where}${existing(kind, list, where, true)}` };
  }
  const close = closeMatches(ref, list.map(nameOf).filter((n) => n !== ''));
  if (close.length > 0) {
    return { ok: false, message: `${kind} ${JSON.stringify(ref)} not found${where}; did you mean ${orList(close)}?` };
  }
  return { ok: false, message: `${kind} ${JSON.stringify(ref)} not found${where}${existing(kind, list, where, false)}` };
}

function existing(kind: string, list: readonly Named[], where: string, withGids: boolean): string {
  if (list.length === 0) return `; this token sees no ${kind}s${where === '' ? '' : ' there'}`;
  const shown = [...list]
    .sort((a, b) => nameOf(a).localeCompare(nameOf(b)))
    .slice(0, 5)
    .map((n) => (withGids ? `${n.gid} (${nameOf(n)})` : JSON.stringify(nameOf(n))));
  const more = list.length > shown.length ? `, and ${list.length - shown.length} more` : '';
  return `; existing ${kind}s: ${shown.join(', ')}${more}`;
}

