/**
 * The top-level `protected:` lists of every file, merged: users that prune
 * never removes. Groups are expanded; a user reached twice keeps the first place
 * they were written.
 */
import type { ProtectedUser } from '../model/index.js';
import { compareText } from '../util/compare.js';
import { dropRepeats, entryLabel, readEntries } from './entries.js';
import type { GroupTable } from './groups.js';
import type { Problems } from './problems.js';
import type { ValidFile } from './valid-file.js';
import { refuseUntil } from './until.js';

export function protectedUsers(files: readonly ValidFile[], groups: GroupTable, problems: Problems): ProtectedUser[] {
  const found = new Map<string, ProtectedUser>();
  for (const file of files) {
    const list = file.value.protected;
    if (list === undefined) continue;
    const entries = refuseUntil(readEntries(list, file.positions, ['protected']), 'protected', 'never removes them, so they cannot expire', problems);
    for (const entry of dropRepeats(entries, problems)) {
      if (entry.kind === 'group' && !groups.has(entry.group)) {
        groups.reportUndefined(entry, problems);
        continue;
      }
      const emails = entry.kind === 'group' ? groups.emails(entry.group) : [entryLabel(entry)];
      for (const email of emails) if (!found.has(email)) found.set(email, { email, source: entry.at });
    }
  }
  return [...found.values()].sort((a, b) => compareText(a.email, b.email));
}
