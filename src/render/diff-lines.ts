/**
 * The lines of one place's changes. Adds and removals are unified +/- lines
 * made with the `diff` package: the "before" side holds each removed user as
 * they are live, the "after" side each added user as the file wants them.
 * A permission change is one `~` line, `user from → to`, as Terraform shows
 * an update in place. Lines come out ordered by user.
 */
import { diffArrays } from 'diff';
import type { Change } from '../model/index.js';

export interface DiffLine {
  sign: '+' | '-' | '~';
  text: string;
  change: Change;
}

function label(user: string, role: string | undefined): string {
  return role === undefined ? user : `${user} ${role}`;
}

export function diffLines(changes: readonly Change[]): DiffLine[] {
  const before: string[] = [];
  const after: string[] = [];
  const owner = new Map<string, Change>();
  const lines: DiffLine[] = [];
  for (const c of changes) {
    const text = label(c.user, c.role);
    if (c.action === 'change') {
      lines.push({ sign: '~', text: `${c.user} ${c.fromRole ?? '(none)'} → ${c.role ?? '(none)'}`, change: c });
    } else {
      (c.action === 'add' ? after : before).push(text);
      owner.set(`${c.action === 'add' ? '+' : '-'}${text}`, c);
    }
  }
  for (const part of diffArrays(before, after)) {
    if (!part.added && !part.removed) continue;
    const sign = part.added ? '+' : '-';
    for (const text of part.value) {
      const change = owner.get(`${sign}${text}`);
      if (change) lines.push({ sign, text, change });
    }
  }
  return lines.sort((a, b) => (a.change.user < b.change.user ? -1 : a.change.user > b.change.user ? 1 : 0));
}
