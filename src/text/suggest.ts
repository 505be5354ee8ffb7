/** "Did you mean …?": close matches for a misspelt key, group or live name. */

/** Edit distance where swapping two neighbouring letters counts as one edit. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const cols = b.length + 1;
  const d = new Array<number>((a.length + 1) * cols).fill(0);
  const at = (i: number, j: number): number => d[i * cols + j]!;
  for (let i = 0; i <= a.length; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * For words of a fixed vocabulary (keys, group names): the closest candidate
 * within a third of the word's length; short words only by a difference of case.
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = word.length < 3 ? 0 : Math.max(1, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (Math.abs(c.length - word.length) > limit) continue;
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d <= limit && d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const c = closest(word, candidates);
  return c === undefined ? '' : ` (did you mean "${c}"?)`;
}

/**
 * For names people type (workspaces, teams, projects): up to `max` names,
 * best first, within a third of the longer name (at least 2 edits), or one
 * name containing the other; case and surrounding spaces are ignored.
 */
export function closeMatches(wanted: string, candidates: readonly string[], max = 3): string[] {
  const w = wanted.toLowerCase().trim();
  const scored: Array<{ name: string; d: number }> = [];
  for (const name of new Set(candidates)) {
    const c = name.toLowerCase().trim();
    const d = editDistance(w, c);
    const limit = Math.max(2, Math.floor(Math.max(w.length, c.length) / 3));
    const contains = w.length >= 3 && c.length >= 3 && (c.includes(w) || w.includes(c));
    if (d <= limit || contains) scored.push({ name, d: contains ? Math.min(d, limit) : d });
  }
  scored.sort((x, y) => x.d - y.d || x.name.localeCompare(y.name));
  return scored.slice(0, max).map((s) => s.name);
}

/** `"A"`, `"A" or "B"`, `"A", "B" or "C"`. */
export function orList(names: readonly string[]): string {
  const q = names.map((n) => JSON.stringify(n));
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} or ${q[q.length - 1] ?? ''}`;
}
