/**
 * Which characters an email address may hold, and how to show one that it
 * may not. No character data is loaded here: the policy is ASCII ranges and
 * the engine's own Unicode properties (\p{…}, NFKC), so checking an ordinary
 * file costs nothing. Names come from src/text/char-names.ts, loaded only
 * when there is a character to name; look-alike checks from
 * src/text/confusables.ts, loaded only for addresses that are not ASCII.
 */

/** What an ordinary address uses before the @ … */
const LOCAL_ASCII = /^[A-Za-z0-9._%+'-]$/;
/** … and after it (ASCII labels). */
const DOMAIN_ASCII = /^[A-Za-z0-9.-]$/;
/** The same, by ASCII code: a file may list a million addresses, and this makes no string per character. */
const asciiTable = (allowed: RegExp): Uint8Array => Uint8Array.from({ length: 0x80 }, (_, c) => (allowed.test(String.fromCharCode(c)) ? 1 : 0));
const LOCAL_CODES = asciiTable(LOCAL_ASCII);
const DOMAIN_CODES = asciiTable(DOMAIN_ASCII);
/**
 * A non-ASCII character an internationalised address may hold: a letter,
 * mark or digit that is its own compatibility form (so no fullwidth `ａ`,
 * no ligature, no invisible or control character, no space, no symbol).
 */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

export interface BadChar {
  /** Index of the character in the string (UTF-16 units). */
  index: number;
  codePoint: number;
}

/** True when the string is printable ASCII only. */
export const isAscii = (text: string): boolean => /^[\x20-\x7e]*$/.test(text);

/**
 * The first character `email` may not hold, or undefined. With `unicode`
 * (a file that says `allow_unicode_emails: true`), non-ASCII letters, marks
 * and digits are allowed too; ASCII characters follow the same rules either way.
 */
export function firstBadChar(email: string, unicode: boolean): BadChar | undefined {
  const at = email.lastIndexOf('@');
  for (let index = 0; index < email.length; ) {
    const codePoint = email.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const ok =
      index === at ||
      (codePoint < 0x80
        ? (index > at ? DOMAIN_CODES : LOCAL_CODES)[codePoint] === 1
        : unicode && isWordChar(email.slice(index, index + width)));
    if (!ok) return { index, codePoint };
    index += width;
  }
  return undefined;
}

const isWordChar = (char: string): boolean => WORD_CHAR.test(char) && char.normalize('NFKC') === char;

/** `U+0430` */
export const codePointLabel = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * The address with every character outside printable ASCII written as
 * `\u{…}`, so that a look-alike or an invisible character shows in a message
 * and no control character reaches the terminal.
 */
export function showEmail(email: string): string {
  let out = '';
  for (const char of email) {
    const cp = char.codePointAt(0)!;
    out += cp >= 0x20 && cp < 0x7f && char !== '"' && char !== '\\' ? char : `\\u{${cp.toString(16).toUpperCase()}}`;
  }
  return `"${out}"`;
}
