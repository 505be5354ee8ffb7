// Markdown tables and number formats for the benchmark's report.

/**
 * @param {string[]} headers a header ending in ':' right-aligns its column (the colon is not shown)
 * @param {(string | number)[][]} rows
 */
export function markdownTable(headers, rows) {
  const right = headers.map((h) => h.endsWith(':'));
  const names = headers.map((h) => (h.endsWith(':') ? h.slice(0, -1) : h));
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(names), line(right.map((r) => (r ? '---:' : '---'))), ...rows.map((r) => line(r.map(String)))].join('\n');
}

export const count = (n) => n.toLocaleString('en');
export const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
export const ratio = (a, b) => (b > 0 ? (a / b).toFixed(2) : '–');
export const mib = (kib) => (kib === undefined ? '?' : `${(kib / 1024).toFixed(0)} MiB`);
