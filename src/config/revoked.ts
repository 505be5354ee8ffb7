/**
 * The top-level `revoked:` lists of every file, merged: users taken out of
 * every place the files name. Someone revoked and still granted somewhere, or
 * revoked and protected, is a contradiction the file must settle: an error
 * naming both lines.
 */
import type { DesiredPlaceState, ProtectedUser, RevokedUser } from '../model/index.js';
import { compareText } from '../util/compare.js';
import { dropRepeats, entryLabel, readEntries } from './entries.js';
import type { GroupTable } from './groups.js';
import { where, type Problems } from './problems.js';
import { refuseUntil } from './until.js';
import type { ValidFile } from './valid-file.js';

export function revokedUsers(files: readonly ValidFile[], groups: GroupTable, problems: Problems): RevokedUser[] {
  const found = new Map<string, RevokedUser>();
  for (const file of files) {
    const list = file.value.revoked;
    if (list === undefined) continue;
    const read = readEntries(list, file.positions, ['revoked']);
    const entries = refuseUntil(read, 'revoked', 'takes them out at once', problems);
    for (const entry of dropRepeats(entries, problems)) {
      if (entry.kind === 'group' && !groups.has(entry.group)) {
        groups.reportUndefined(entry, problems);
        continue;
      }
      const emails = entry.kind === 'group' ? groups.emails(entry.group) : [entryLabel(entry)];
      for (const email of emails) {
        if (found.has(email)) continue;
        const user: RevokedUser = { email, source: entry.at };
        if (entry.kind === 'group') user.via = entryLabel(entry);
        found.set(email, user);
      }
    }
  }
  return [...found.values()].sort((a, b) => compareText(a.email, b.email));
}

const through = (via: string | undefined): string => (via === undefined ? '' : ` (through ${via})`);

/**
 * A revoked user listed at a place (directly or through a group) is an error
 * at that listing; a revoked user who is also protected, at the revocation.
 */
export function checkRevoked(revoked: readonly RevokedUser[], places: readonly DesiredPlaceState[], guarded: readonly ProtectedUser[], problems: Problems): void {
  if (revoked.length === 0) return;
  const byEmail = new Map(revoked.map((r) => [r.email, r]));
  for (const { place, members } of places) {
    for (const member of members) {
      const gone = byEmail.get(member.email);
      if (gone === undefined) continue;
      for (const reason of member.reasons) {
        if (reason.kind !== 'listed') continue;
        const at = { file: reason.file, line: reason.line, col: reason.col };
        problems.add(
          at,
          `${member.email}${through(reason.via)} is listed in ${place.kind} "${place.ref}" but revoked${through(gone.via)} at ${where(gone.source, at)}; take them out of this list, or off revoked:`,
        );
      }
    }
  }
  for (const kept of guarded) {
    const gone = byEmail.get(kept.email);
    if (gone === undefined) continue;
    problems.add(
      gone.source,
      `${kept.email}${through(gone.via)} is revoked but protected at ${where(kept.source, gone.source)}; a protected user is never removed, so take them off one of the two lists`,
    );
  }
}
