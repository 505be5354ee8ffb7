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

/**
 * One change as a line: `+ user role` (`+ user (guest)` with the provider's
 * marks), `- user role` (with its cause, the places it also leaves, and its
 * marks: `- dana@acme.com (revoked, also leaves team "Platform")`), or `~ user from → to`.
 */
export function changeLine(c: Change): { sign: DiffLine['sign']; text: string } {
  if (c.action === 'change') return { sign: '~', text: `${c.user} ${c.fromRole ?? '(none)'} → ${c.role ?? '(none)'}` };
  const words = [...(c.cause === undefined ? [] : [c.cause]), ...(c.implies === undefined ? [] : [alsoLeaves(c.implies)]), ...(c.marks ?? []).map(markWords)];
  const marked = (text: string): string => (words.length > 0 ? `${text} (${words.join(', ')})` : text);
  if (c.action === 'remove') return { sign: '-', text: marked(c.fromRole === undefined ? c.user : `${c.user} ${c.fromRole}`) };
  return { sign: '+', text: marked(c.role === undefined ? c.user : `${c.user} ${c.role}`) };
}

/** Places named on a removal's line before the rest are counted. */
const IMPLIED_SHOWN = 5;

/** `also leaves team "Platform", project "Roadmap"`: what leaving a place that covers others also does. */
function alsoLeaves(places: readonly string[]): string {
  const shown = places.slice(0, IMPLIED_SHOWN).join(', ');
  const more = places.length - IMPLIED_SHOWN;
  return `also leaves ${shown}${more > 0 ? ` and ${more} more` : ''}`;
}

/** A mark as the line says it; a deprovision says what it does. */
const markWords = (mark: string): string => (mark === DEPROVISION ? `${DEPROVISION}: leaves the whole organisation, their work handed to the token's owner` : mark);

export function diffLines(changes: readonly Change[]): DiffLine[] {
  return changes
    .map((change) => ({ ...changeLine(change), change }))
    .sort((a, b) => (a.change.user < b.change.user ? -1 : a.change.user > b.change.user ? 1 : 0));
}
