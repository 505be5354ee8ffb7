// Anchors as GitHub makes them from headings, so that generated pages can link
// to their own sections and the link test (test/docs/links.test.ts) can check
// every `#anchor` the docs write.

/** The text a heading shows: markdown links by their text, no code ticks or emphasis. */
export function headingText(markdown) {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '')
    .trim();
}

/** GitHub's slug of one heading: lower case, punctuation dropped, spaces as hyphens. */
export function slug(markdown) {
  return headingText(markdown)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** Every anchor of a page, with GitHub's -1, -2 … for repeated headings. Code blocks hold no headings. */
export function anchorsOf(page) {
  const seen = new Map();
  const anchors = new Set();
  let fence = null;
  for (const line of page.split('\n')) {
    const f = /^\s*(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (fence === null) fence = f[1];
      else if (f[1].startsWith(fence)) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const h = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h === null) continue;
    const base = slug(h[1]);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  // Explicit anchors: <a id="…"></a> or <a name="…">.
  for (const m of page.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(m[1]);
  return anchors;
}
