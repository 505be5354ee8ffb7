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
 *   ignored rather than refused. A dot path reaches any field of a nested
 *   record whose top field is documented (`members.email` on a project,
 *   `user.email` on a workspace membership), as Asana answers them
 *   (API-FACTS: the per-endpoint lists name only `.name`, the service answers
 *   more).
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
  const paths = fields === undefined ? spec.defaults : fields.filter((f) => honoured(f, spec));
  return render(record, toTree(paths));
}

/** A documented field, or a dot path into a documented nested record. */
function honoured(field: string, spec: FieldSpec): boolean {
  const top = field.split('.', 1)[0] ?? field;
  return spec.allowed.has(field) || (field.includes('.') && spec.allowed.has(top));
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
