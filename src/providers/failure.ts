/**
 * What both providers share when an answer or a request goes wrong.
 */

/** An answer's shape in a few words, for a message about an answer of the wrong shape. */
export function describeShape(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'an empty body';
  return Array.isArray(v) ? 'an array' : `a${typeof v === 'object' ? 'n object' : ` ${typeof v}`}`;
}
