/**
 * Error recovery after a schema failure: drop from the document what the
 * schema refuses, so the checks that need a well-formed file (groups,
 * repeated entries, places declared twice) can still run and every problem
 * is reported in one go. The document is pruned in place; nodes that remain
 * keep their source ranges, so positions stay right.
 *
 * Pruning only removes, so it cannot invent a duplicate or a cycle. The one
 * follow-on error it could cause, "undefined group", is avoided by emptying
 * a bad group instead of removing it; where a whole section would go
 * (`groups`, a provider's section, the root), recovery gives up and the file
 * is reported on its schema errors alone.
 */
import type { ErrorObject } from 'ajv';
import type { Document } from 'yaml';
import type { ParsedFile } from './parse-yaml.js';
import { MAX_ALIAS_COUNT } from './parse-yaml.js';
import type { DataPath } from './positions.js';
import type { ValidFile } from './valid-file.js';
import { toDataPath, type Validator } from './validate.js';

const MAX_ROUNDS = 8;

function pathOf(error: ErrorObject, root: unknown): DataPath {
  const path = toDataPath(error.instancePath, root);
  if (error.keyword === 'additionalProperties') return [...path, String(error.params['additionalProperty'])];
  if (error.keyword === 'propertyNames') return [...path, String(error.params['propertyName'])];
  return path;
}

const givesUp = (sections: ReadonlySet<string>) => (path: DataPath) => path.length === 0 || (path.length === 1 && sections.has(String(path[0])));

/** Deepest first, later list items first, so each deletion leaves the other paths valid. */
function deletionOrder(a: DataPath, b: DataPath): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return y - x;
    return String(x) < String(y) ? -1 : 1;
  }
  return b.length - a.length;
}

/** `sections`: the top-level keys whose loss ends recovery (`groups` and each provider's section). */
export function recover(parsed: ParsedFile & { doc: Document }, validate: Validator, sections: ReadonlySet<string>): ValidFile | undefined {
  let value = parsed.value;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const errors = validate.errorsOf(value);
    if (errors.length === 0) return { file: parsed.file, positions: parsed.positions, value: value as ValidFile['value'] };
    const paths = errors.map((e) => pathOf(e, value));
    if (paths.some(givesUp(sections))) return undefined;
    const unique = [...new Map(paths.map((p) => [JSON.stringify(p), p])).values()].sort(deletionOrder);
    try {
      for (const path of unique) {
        if (path.length === 1 && path[0] === 'version') parsed.doc.setIn(path, 1);
        else if (path.length === 2 && path[0] === 'groups') parsed.doc.setIn(path, parsed.doc.createNode([]));
        else parsed.doc.deleteIn(path);
      }
      value = parsed.doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch {
      return undefined;
    }
  }
  return undefined;
}
