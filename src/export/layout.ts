/**
 * Which file holds what: everything in one file, or (--split) a folder the
 * loader merges back, each provider's files where its export part puts them
 * (the README's export section shows the layout).
 */
import { renderFile } from './document.js';
import type { ExportedSection } from './part.js';
import { compareText } from '../util/compare.js';

/** The export as one file; `schema` is the schema's path relative to where the file will be. */
export function singleFile(sections: readonly ExportedSection[], schema: string): string {
  const lines = sections.flatMap((s) => s.summary);
  if (lines.length === 0) lines.push('nothing: no place was chosen');
  return renderFile({ schema, lines }, sections.map((s) => [s.name, s.section] as const));
}

/**
 * The export as files of a folder: relative path (with `/`) → text, in path
 * order. `schemaFrom(path)` gives the schema's path relative to that file.
 */
export function splitFiles(sections: readonly ExportedSection[], schemaFrom: (path: string) => string): Map<string, string> {
  const files = new Map<string, string>();
  for (const { name, files: parts } of sections) {
    for (const { path, lines, section } of parts) {
      if (files.has(path)) throw new Error(`export: two providers write ${path}`);
      files.set(path, renderFile({ schema: schemaFrom(path), lines }, [[name, section]]));
    }
  }
  return new Map([...files].sort(([a], [b]) => compareText(a, b)));
}
