/**
 * Every provider's section of the file, turned into place declarations.
 * A new provider adds its schema section and one reader here; groups,
 * repeats, roles and implied membership are handled once for all of them.
 */
import type { PlaceDecl } from '../place-decl.js';
import type { Problems } from '../problems.js';
import type { ValidFile } from '../valid-file.js';
import { asanaPlaces } from './asana.js';
import { dreadnodePlaces } from './dreadnode.js';

const sections: ReadonlyArray<(files: readonly ValidFile[], problems: Problems) => PlaceDecl[]> = [asanaPlaces, dreadnodePlaces];

/** All places of all files: by section, parents before children. */
export function declaredPlaces(files: readonly ValidFile[], problems: Problems): PlaceDecl[] {
  return sections.flatMap((read) => read(files, problems));
}
