/**
 * One exported file as YAML: a header naming the schema and what was
 * exported (no date: the same live state gives the same bytes), `version: 1`,
 * then each provider's section in registry order. The sections themselves
 * are each provider's (its export part, built from yaml-kit.ts).
 */
import { Document, Scalar, YAMLMap } from 'yaml';
import { shown } from './refs.js';
import { pair } from './yaml-kit.js';

/** In the header of every file export writes; a file that has it may be overwritten by the next export. */
export const EXPORT_MARKER = 'Written by `gatehouse export`';

export interface Header {
  /** The schema's path relative to the file (the `$schema` of the yaml-language-server line). */
  schema: string;
  /** What this file holds, one line each, after the marker line. */
  lines: string[];
}

/** `version: 1` and the given sections (key → its map), with the header as the document's first comment. */
export function renderFile(header: Header, sections: readonly (readonly [string, YAMLMap])[]): string {
  const doc = new Document();
  doc.commentBefore = [` yaml-language-server: $schema=${header.schema}`, '', ` ${EXPORT_MARKER} from the live state of:`, ...header.lines.map((l) => `   ${shown(l)}`)].join('\n');
  const root = new YAMLMap();
  root.add(pair('version', new Scalar(1)));
  for (const [name, section] of sections) root.add(pair(name, section));
  doc.contents = root;
  return doc.toString({ lineWidth: 0 });
}
