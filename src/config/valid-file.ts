import type { Positions } from './positions.js';
import type { GatehouseFile } from './schema-types.js';

/** A file that parsed and matched the schema. */
export interface ValidFile {
  file: string;
  positions: Positions;
  value: GatehouseFile;
}
