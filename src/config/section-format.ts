/**
 * What a provider gives the loader: its section of the file format (a JSON
 * Schema fragment, assembled into schemas/gatehouse.schema.json) and how a
 * validated section becomes place declarations.
 */
import type { PlaceDecl } from './place-decl.js';
import type { Problems } from './problems.js';
import type { ValidFile } from './valid-file.js';

/** JSON Schema, as plain data. */
export type JsonSchema = Record<string, unknown>;

export interface SchemaFragment {
  /** The schema of the section's value. */
  schema: JsonSchema;
  /** Definitions it refers to as `#/definitions/NAME`; a name must not clash with another fragment's. */
  definitions?: Record<string, JsonSchema>;
}

export interface SectionFormat {
  /** The provider's top-level section (`asana: …`). */
  section: SchemaFragment;
  /** Its keys of a sandbox seed's `sandbox:` section (schemas/sandbox-seed.schema.json), by key. */
  seed?: Record<string, SchemaFragment>;
  /**
   * What error messages call a value, by its path with `#` for a list index,
   * from the file's top (`asana/workspaces/#`: `workspace`; seed keys under
   * `sandbox/`). Other paths are put in words.
   */
  nouns?: Record<string, string>;
  /** The places of every file's section, parents before children. */
  places(files: readonly ValidFile[], problems: Problems): PlaceDecl[];
}
