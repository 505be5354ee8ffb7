/**
 * The lines of one place's changes: `+` an add, `-` a removal, and a
 * permission change as one `~` line, `user from → to`, as Terraform shows an
 * update in place. Lines come out ordered by user. (An added and a removed
 * user never share a line, so there is nothing for a diff algorithm to do
 * here: the `diff` package works in adopt's patches and apply's stale-plan
 * diff instead.)
 */
import { DEPROVISION, type Change } from '../model/index.js';

export interface DiffLine {
  sign: '+' | '-' | '~';
  text: string;
  change: Change;
}

/** One change as a line: `+ user role` (`+ user (guest)` with the provider's marks), `- user role` (with marks too), or `~ user from → to`. */
export function changeLine(c: Change): { sign: DiffLine['sign']; text: string } {
  if (c.action === 'change') return { sign: '~', text: `${c.user} ${c.fromRole ?? '(none)'} → ${c.role ?? '(none)'}` };
  const marked = (text: string): string => (c.marks?.length ? `${text} (${c.marks.map(markWords).join(', ')})` : text);
  if (c.action === 'remove') return { sign: '-', text: marked(c.fromRole === undefined ? c.user : `${c.user} ${c.fromRole}`) };
  return { sign: '+', text: marked(c.role === undefined ? c.user : `${c.user} ${c.role}`) };
}

/** A mark as the line says it; a deprovision says what it does. */
const markWords = (mark: string): string => (mark === DEPROVISION ? `${DEPROVISION}: leaves the whole organisation, their work handed to the token's owner` : mark);

export function diffLines(changes: readonly Change[]): DiffLine[] {
  return changes
    .map((change) => ({ ...changeLine(change), change }))
    .sort((a, b) => (a.change.user < b.change.user ? -1 : a.change.user > b.change.user ? 1 : 0));
}
