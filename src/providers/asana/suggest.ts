/** "Did you mean" for names that match nothing live. */

/** Levenshtein distance, two rows. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

/**
 * Names close to `wanted`, best first: case-insensitive edit distance at most
 * a third of the longer name (at least 2), or one name containing the other.
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
