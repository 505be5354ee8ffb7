/**
 * Step 4c: the characters of every email the files list (places, groups,
 * `protected:`, `revoked:`). An email holds what an ordinary address uses; a file that
 * says `allow_unicode_emails: true` may list internationalised addresses, but
 * not one that mixes scripts in its local part or domain, nor one that looks
 * like another address of the files (UTS #39 skeletons). Each problem is at
 * the character's own column and names it.
 */
import type { SourceLocation } from '../model/index.js';
import { firstBadChar, isAscii, showEmail } from '../text/email-chars.js';
import { mixedScripts, skeletonOf } from '../text/confusables.js';
import { readEntries, type Entry } from './entries.js';
import { where, type Problems } from './problems.js';
import type { ValidFile } from './valid-file.js';

type EmailEntry = Entry & { kind: 'email' };

/** The top-level key that allows internationalised addresses in a file. */
export const UNICODE_KEY = 'allow_unicode_emails';

/** Whether a file's value (validated or not) allows internationalised addresses. */
export function allowsUnicode(value: unknown): boolean {
  return value !== null && typeof value === 'object' && (value as Record<string, unknown>)[UNICODE_KEY] === true;
}

/** The message for a character an email may not hold (`name`: `U+0430 CYRILLIC SMALL LETTER A`). */
export function badCharMessage(written: string, name: string, unicode: boolean): string {
  const rule = unicode
    ? "besides letters, marks and digits of any script, only . _ % + - ' before the @ and hyphens and dots after it; no invisible, control, space, symbol or fullwidth character"
    : "only ASCII letters, digits and . _ % + - ' before the @, and ASCII letters, digits, hyphens and dots after it (allow_unicode_emails: true allows international addresses)";
  return `${showEmail(written)} holds ${name}, which an email may not: ${rule}`;
}

/** Records the first character `written` may not hold, if any; true when there was one. */
export function reportBadChar(written: string, at: SourceLocation, unicode: boolean, problems: Problems): boolean {
  const bad = firstBadChar(written, unicode);
  if (bad === undefined) return false;
  problems.addChar({ at, value: written, index: bad.index, message: (name) => badCharMessage(written, name, unicode) });
  return true;
}

/** The entries of the top-level user lists, `protected:` and `revoked:` (places' and groups' lists are read by their owners). */
function topLevelEntries(files: readonly ValidFile[]): Entry[] {
  return files.flatMap((f) =>
    (['protected', 'revoked'] as const).flatMap((key) => {
      const list = f.value[key];
      return list === undefined ? [] : readEntries(list, f.positions, [key]);
    }),
  );
}

const firstNonAscii = (text: string): number => [...text].findIndex((c) => c.codePointAt(0)! >= 0x80);

/** The UTF-16 index of the n-th code point. */
const unitIndex = (text: string, n: number): number => [...text].slice(0, n).join('').length;

/**
 * Checks the characters of every email entry; with allow_unicode_emails, the
 * scripts and look-alikes of non-ASCII ones. `entries`: the entries of places
 * and groups (protected and revoked lists are read here).
 */
export async function checkEmails(files: readonly ValidFile[], entries: readonly Entry[], problems: Problems): Promise<void> {
  const unicodeFiles = new Set(files.filter((f) => allowsUnicode(f.value)).map((f) => f.file));
  const all = [...entries, ...topLevelEntries(files)].filter((e): e is EmailEntry => e.kind === 'email');
  const passing: EmailEntry[] = [];
  let someNotAscii = false;
  for (const entry of all) {
    if (reportBadChar(entry.written, entry.at, unicodeFiles.has(entry.at.file), problems)) continue;
    if (!isAscii(entry.written)) {
      if (reportMixedScripts(entry, problems)) continue;
      someNotAscii = true;
    }
    passing.push(entry);
  }
  // Look-alikes need an address that is not ASCII: an ordinary file (however large) stops here.
  if (!someNotAscii) return;
  /** Each distinct email that passed, with its first entry. */
  const passed = new Map<string, EmailEntry>();
  for (const entry of passing) if (!passed.has(entry.email)) passed.set(entry.email, entry);
  await reportLookAlikes([...passed.values()], problems);
}

/** The local part, and each label of the domain: the parts UTS #39 asks to be single-script. */
function parts(written: string): { part: string; text: string; offset: number }[] {
  const at = written.lastIndexOf('@');
  const out = [{ part: 'local part', text: written.slice(0, at), offset: 0 }];
  let offset = at + 1;
  for (const label of written.slice(at + 1).split('.')) {
    out.push({ part: 'domain', text: label, offset });
    offset += label.length + 1;
  }
  return out;
}

function reportMixedScripts(entry: EmailEntry, problems: Problems): boolean {
  const written = entry.written;
  for (const { part, text, offset } of parts(written)) {
    const mixed = mixedScripts(text, offset);
    if (mixed === undefined) continue;
    const firstCp = written.codePointAt(mixed.first.index)!;
    problems.addChar({
      at: entry.at,
      value: written,
      index: mixed.other.index,
      message: (name, names) =>
        `${showEmail(written)} mixes scripts in its ${part}: ${name} is ${mixed.other.script}, but ${names(firstCp)} before it is ${mixed.first.script}; the local part and each label of the domain are written in one script`,
    });
    return true;
  }
  return false;
}

/**
 * Two different emails with the same UTS #39 skeleton, one of them not ASCII:
 * an error at each non-ASCII one, naming the other. (Two ASCII addresses
 * that differ, such as `rn@` and `m@`, are different people.)
 */
async function reportLookAlikes(entries: readonly EmailEntry[], problems: Problems): Promise<void> {
  const addressed = entries.map((e) => ({ email: e.email, item: e }));
  for (const { one, other } of await lookAlikes(addressed, addressed)) {
    if (isAscii(one.email)) continue;
    const written = one.item.written;
    const index = unitIndex(written, Math.max(0, firstNonAscii(written)));
    problems.addChar({
      at: one.item.at,
      value: written,
      index,
      message: (name) =>
        `${showEmail(written)} looks like ${showEmail(other.email)} at ${where(other.item.at, one.item.at)} (it holds ${name}); two addresses that look alike are refused: write the one you mean`,
    });
  }
}

export interface Addressed<T> {
  email: string;
  item: T;
}

/**
 * Each email of `mine` with the first email of `theirs` that looks like it
 * (same UTS #39 skeleton) but differs, where one of the two is not ASCII.
 * Loads the confusables data only when some email is not ASCII.
 */
export async function lookAlikes<T, U>(
  mine: readonly Addressed<T>[],
  theirs: readonly Addressed<U>[],
): Promise<{ one: Addressed<T>; other: Addressed<U> }[]> {
  if ([...mine, ...theirs].every((a) => isAscii(a.email))) return [];
  const skeleton = await skeletonOf();
  const bySkeleton = new Map<string, Addressed<U>[]>();
  for (const a of theirs) {
    const key = skeleton(a.email);
    const list = bySkeleton.get(key);
    if (list === undefined) bySkeleton.set(key, [a]);
    else list.push(a);
  }
  const out: { one: Addressed<T>; other: Addressed<U> }[] = [];
  for (const one of mine) {
    const other = bySkeleton
      .get(skeleton(one.email))
      ?.find((b) => b.email !== one.email && (!isAscii(one.email) || !isAscii(b.email)));
    if (other !== undefined) out.push({ one, other });
  }
  return out;
}
