/**
 * Asana's opt_fields: a record comes back compact unless fields are asked for; asked
 * fields are dot paths into nested records (`user.name`, `members.name`).
 *
 * Guesses (the OAS says only "excludes some properties by default"):
 * - With opt_fields, an answer holds `gid` plus exactly the asked fields (no
 *   `resource_type` unless asked), the way Asana's input/output options page
 *   shows it; a client must ask for what it reads.
 * - A nested record named without a sub-path comes back compact (gid,
 *   resource_type, name).
 * - Fields the endpoint does not document (or the sandbox does not model) are
 *   ignored rather than refused: e.g. `members.email` on a project is not in
 *   the OAS list (API-FACTS: do not depend on `.email` sub-fields), so it
 *   is not honoured. Only the endpoint's own enum counts: `member.resource_type`
 *   or a top-level `resource_type` is honoured nowhere, because no enum lists
 *   it; a client gets a nested record's resource_type by naming the record
 *   (`member`), which comes back compact.
 */
export interface FieldSpec {
  /** Fields of the record when no opt_fields are sent (besides gid). */
  defaults: readonly string[];
  /** Documented opt_fields the sandbox honours (dot paths included). */
  allowed: ReadonlySet<string>;
}

export type Rec = { gid: string; resource_type: string } & Record<string, unknown>;

type Tree = Map<string, Tree>;

export function fieldSpec(defaults: readonly string[], allowed: readonly string[]): FieldSpec {
  // gid is in every answer anyway.
  return { defaults, allowed: new Set([...allowed, 'gid']) };
}

/** opt_fields as sent (comma-separated; repeated parameters are joined). */
export function optFields(query: URLSearchParams): string[] | undefined {
  const values = query.getAll('opt_fields');
  if (values.length === 0) return undefined;
  return values
    .flatMap((v) => v.split(','))
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
}

export function select(record: Rec, fields: string[] | undefined, spec: FieldSpec): Record<string, unknown> {
  const paths = fields === undefined ? spec.defaults : fields.filter((f) => spec.allowed.has(f));
  return render(record, toTree(paths));
}

function toTree(paths: readonly string[]): Tree {
  const root: Tree = new Map();
  for (const path of paths) {
    let node = root;
    for (const part of path.split('.')) {
      let next = node.get(part);
      if (!next) {
        next = new Map();
        node.set(part, next);
      }
      node = next;
    }
  }
  return root;
}

function render(record: Record<string, unknown>, tree: Tree): Record<string, unknown> {
  const out: Record<string, unknown> = { gid: record['gid'] };
  for (const [key, sub] of tree) {
    if (key === 'gid' || !(key in record)) continue;
    const value = record[key];
    out[key] = Array.isArray(value) ? value.map((v) => nested(v, sub)) : nested(value, sub);
  }
  return out;
}

function nested(value: unknown, sub: Tree): unknown {
  if (value === null || typeof value !== 'object') return value;
  const obj = value as Record<string, unknown>;
  if (sub.size > 0) return render(obj, sub);
  const compact: Record<string, unknown> = { gid: obj['gid'], resource_type: obj['resource_type'] };
  if ('name' in obj) compact['name'] = obj['name'];
  return compact;
}
