/**
 * Unicode's names for characters (`U+0430 CYRILLIC SMALL LETTER A`,
 * `U+0007 ALERT (BEL)`), from the unicode-name package. Its table is large,
 * so it is imported only when there is a character to name: the bundle keeps
 * it in a chunk of its own that an ordinary run never reads.
 */
import { codePointLabel } from './email-chars.js';

export type CharNamer = (codePoint: number) => string;

let loading: Promise<CharNamer> | undefined;

/** `U+200B ZERO WIDTH SPACE (ZWSP)`: the code point, its name, and its short alias where it has one. */
export function charNamer(): Promise<CharNamer> {
  loading ??= import('unicode-name').then(({ unicodeReadableName, unicodeAliases, unicodeLabel }) => (codePoint: number) => {
    const label = codePointLabel(codePoint);
    const name = unicodeReadableName(codePoint) ?? unicodeLabel(codePoint);
    const short = unicodeAliases(codePoint)?.abbreviation?.[0];
    if (name === undefined) return label;
    return short === undefined ? `${label} ${name}` : `${label} ${name} (${short})`;
  });
  return loading;
}
