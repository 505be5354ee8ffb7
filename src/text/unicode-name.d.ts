/** The part of unicode-name (Unicode's character names and aliases, MIT) that Gatehouse uses. */
declare module 'unicode-name' {
  /** The character's name, or its correction or control alias when it has one (`ALERT` for U+0007). */
  export function unicodeReadableName(char: string | number): string | undefined;
  /** The character's aliases by kind, such as `{ abbreviation: ['ZWSP'] }`. */
  export function unicodeAliases(char: string | number): Record<string, string[]> | undefined;
  /** A label for a character without a name, such as `<control-0007>`. */
  export function unicodeLabel(char: string | number): string | undefined;
}
