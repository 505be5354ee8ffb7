/** Code-unit order: the same on every machine, whatever the locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Numeric order of gids (all digits, possibly of different lengths). */
export function compareGids(a: string, b: string): number {
  return a.length - b.length || compareText(a, b);
}
