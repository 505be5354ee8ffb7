/**
 * The one way the doc-example test masks what changes from run to run: each
 * pattern is replaced by its placeholder in both the page's output and the
 * program's before they are compared, so a page can show real output (real
 * gids, a real port) and still be checked. A line of only `...` or `…` in a
 * page's output stands for any number of lines (an abridged output).
 * docs/contributing-docs.md says the same for people writing pages.
 */
export const VOLATILE: ReadonlyArray<readonly [RegExp, string]> = [
  [/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>'],
  [/\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g, '<uuid>'],
  [/\b[0-9a-f]{64}\b/g, '<fingerprint>'],
  [/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z?\b/g, '<time>'],
  [/\b\d{10,19}\b/g, '<gid>'],
  [/\b(?:under|about) \d+(?:[.,]\d+)? ?(?:ms|s|min)\b/g, '<duration>'],
  [/\b\d+(?:\.\d+)? ?(?:ms|s)\b/g, '<duration>'],
  [/\/tmp\/[^\s:'"]+/g, '<tmp>'],
];

export function mask(text: string): string {
  let out = text;
  for (const [pattern, placeholder] of VOLATILE) out = out.replace(pattern, placeholder);
  return out;
}

const ELISION = /^\s*(\.\.\.|…)\s*$/;

/** Whether `actual` is what `expected` shows, both masked, lines trimmed at the end, `...` lines matching any lines. */
export function matches(expected: string, actual: string): boolean {
  const want = lines(mask(expected));
  const got = lines(mask(actual));
  const memo = new Map<string, boolean>();
  const from = (i: number, j: number): boolean => {
    const key = `${i},${j}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === want.length) result = j === got.length;
    else if (ELISION.test(want[i]!)) result = from(i + 1, j) || (j < got.length && from(i, j + 1));
    else result = j < got.length && want[i] === got[j] && from(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return from(0, 0);
}

function lines(text: string): string[] {
  const out = text.split('\n').map((l) => l.replace(/\s+$/, ''));
  while (out.length > 0 && out.at(-1) === '') out.pop();
  while (out.length > 0 && out[0] === '') out.shift();
  return out;
}
