/** What a provider's section reader (src/providers/NAME/section.ts) builds with: one import for all of it. */
export { readEntries, type Entry, type ListItem } from './entries.js';
export type { PlaceDecl } from './place-decl.js';
export type { DataPath } from './positions.js';
export { where, type Problems } from './problems.js';
export type { ValidFile } from './valid-file.js';
export type { SchemaFragment, SectionFormat } from './section-format.js';
