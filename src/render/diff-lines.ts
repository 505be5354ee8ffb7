/**
 * Unified +/- lines for one place, made with the `diff` package: the "before"
 * side holds each touched user as they are live, the "after" side as the
 * file wants them, so an add is a `+` line, a removal a `-` line and a role
 * change a `-`/`+` pair.
 */
import { diffArrays } from 'diff';
import type { Change } from '../model/index.js';

export interface DiffLine {
  sign: '+' | '-';
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
  for (const c of changes) {
    if (c.action !== 'add') {
      const text = label(c.user, c.action === 'change' ? c.fromRole : c.role);
      before.push(text);
      owner.set(`-${text}`, c);
    }
    if (c.action !== 'remove') {
      const text = label(c.user, c.role);
      after.push(text);
      owner.set(`+${text}`, c);
    }
  }
  const lines: DiffLine[] = [];
  for (const part of diffArrays(before, after)) {
    if (!part.added && !part.removed) continue;
    const sign = part.added ? '+' : '-';
    for (const text of part.value) {
      const change = owner.get(`${sign}${text}`);
      if (change) lines.push({ sign, text, change });
    }
  }
  return lines;
}
