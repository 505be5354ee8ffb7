/**
 * Step 3: check each file against the file format (ajv, all errors; the
 * schema assembled from the providers' sections, as in
 * schemas/gatehouse.schema.json) and turn ajv's findings into sentences
 * pinned to the YAML nodes.
 *
 * The checks of the registry's formats are ajv standalone code generated at
 * build time (scripts/precompile-validators.mjs), so a run loads neither ajv's
 * compiler nor compiles a schema. A schema the build did not see (a test's
 * own providers) is compiled with ajv, loaded only then.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { AnySchemaObject, ErrorObject } from 'ajv';
import type { SourceLocation } from '../model/index.js';
import type { GatehouseFile } from './schema-types.js';
import type { DataPath, Positions } from './positions.js';
import type { Problems } from './problems.js';
import { didYouMean, orList } from '../text/suggest.js';
import { firstBadChar } from '../text/email-chars.js';
import { allowsUnicode, badCharMessage } from './emails.js';
import { groupBy } from '../util/group-by.js';
import { desiredStateSchema, sandboxSeedSchema, type SchemaSource } from './assemble-schema.js';
import * as desiredStateCheck from './desired-state-validator.generated.js';
import * as sandboxSeedCheck from './sandbox-seed-validator.generated.js';

export type Validator = ((value: unknown, positions: Positions, problems: Problems) => value is GatehouseFile) & {
  /** ajv's raw findings for a value, without reporting them (for error recovery). */
  errorsOf(value: unknown): readonly ErrorObject[];
};

/** A check as ajv makes it: true or false, with the last false's findings in `errors`. */
type SchemaCheck = ((value: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * The ajv options of every format check, compiled here or precompiled (the
 * build script reads them from here). Verbose: the messages read each
 * error's parentSchema.
 */
export const FORMAT_AJV_OPTIONS = { allErrors: true, verbose: true, strict: false } as const;

/** What a precompiled check is found by: the sha256 of its schema's JSON text (as the build script computes it). */
export const schemaKey = (schema: unknown): string => createHash('sha256').update(JSON.stringify(schema)).digest('hex');

const precompiled = [desiredStateCheck, sandboxSeedCheck] as unknown as readonly { schemaKey: string; validate: SchemaCheck }[];

const cache = new WeakMap<readonly SchemaSource[], Map<boolean, Validator>>();

/** The validator for these providers' file format (or seed format), made once per process. */
export function formatValidator(sources: readonly SchemaSource[], seed: boolean): Validator {
  let bySeed = cache.get(sources);
  if (bySeed === undefined) cache.set(sources, (bySeed = new Map()));
  let validator = bySeed.get(seed);
  if (validator === undefined) {
    const nouns = Object.assign({}, CORE_NOUNS, ...sources.map((s) => ({ [s.name]: s.name, ...s.format.nouns })));
    const schema = (seed ? sandboxSeedSchema(sources) : desiredStateSchema(sources)) as AnySchemaObject;
    const key = schemaKey(schema);
    validator = validatorOf(precompiled.find((p) => p.schemaKey === key)?.validate ?? compileCheck(schema), nouns);
    bySeed.set(seed, validator);
  }
  return validator;
}

/** Compiles a validator for `schema` (exported so the message rules can be tested on small schemas). */
export function compileValidator(schema: AnySchemaObject, nouns: Readonly<Record<string, string>> = CORE_NOUNS): Validator {
  return validatorOf(compileCheck(schema), nouns);
}

/** ajv, required only here: a run with the registry's formats never loads it. */
function compileCheck(schema: AnySchemaObject): SchemaCheck {
  const { Ajv } = createRequire(import.meta.url)('ajv') as typeof import('ajv');
  return new Ajv({ ...FORMAT_AJV_OPTIONS }).compile(schema);
}

function validatorOf(check: SchemaCheck, nouns: Readonly<Record<string, string>>): Validator {
  const validator = (value: unknown, positions: Positions, problems: Problems): value is GatehouseFile => {
    if (check(value)) return true;
    const found = new Map<string, { at: SourceLocation; message: string; rank: number }>();
    const unicode = allowsUnicode(value);
    for (const err of collapseAlternatives(check.errors ?? [])) {
      const problem = describe(err, value, positions, nouns);
      if (problem === undefined) continue;
      const bad = err.keyword === 'pattern' ? badEmailChar(err, unicode) : undefined;
      if (bad !== undefined) {
        // The character, named at its column, says more than "not an email address".
        const written = err.data as string;
        problems.addChar({ at: problem.at, value: written, index: bad, message: (name) => badCharMessage(written, name, unicode) });
        found.set(`${problem.at.line}:${problem.at.col}`, { ...problem, rank: -1, message: '' });
        continue;
      }
      // One message per place in the file: the most useful one.
      const id = `${problem.at.line}:${problem.at.col}`;
      const prev = found.get(id);
      if (prev === undefined || (prev.rank >= 0 && problem.rank < prev.rank)) found.set(id, problem);
    }
    for (const p of found.values()) if (p.rank >= 0) problems.add(p.at, p.message);
    if (found.size === 0) problems.add(positions.at([]), 'file does not match the schema');
    return false;
  };
  const errorsOf = (value: unknown): readonly ErrorObject[] => (check(value) ? [] : [...(check.errors ?? [])]);
  return Object.assign(validator, { errorsOf });
}

/** Splits an ajv instancePath into keys and list indexes, guided by the data. */
export function toDataPath(pointer: string, root: unknown): (string | number)[] {
  if (pointer === '') return [];
  const out: (string | number)[] = [];
  let node: unknown = root;
  for (const raw of pointer.split('/').slice(1)) {
    const seg = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) {
      const i = Number(seg);
      out.push(i);
      node = node[i];
    } else {
      out.push(seg);
      node = node !== null && typeof node === 'object' && Object.hasOwn(node, seg) ? (node as Record<string, unknown>)[seg] : undefined;
    }
  }
  return out;
}

/** `asana.workspaces[0].teams[1].members[2]` */
export function pathInWords(path: DataPath): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** What messages call the values no provider owns; each provider's section format adds its own. */
const CORE_NOUNS: Readonly<Record<string, string>> = {
  groups: 'groups',
  sandbox: 'sandbox',
  'sandbox/users/#': 'sandbox user',
};

function signature(path: DataPath): string {
  return path.map((s) => (typeof s === 'number' ? '#' : s)).join('/');
}

function noun(path: DataPath, nouns: Readonly<Record<string, string>>): string {
  return Object.hasOwn(nouns, signature(path)) ? nouns[signature(path)]! : pathInWords(path);
}

/** What a value is called in a message: its key, or its path when it is a list item. */
function subject(path: DataPath): string {
  const last = path[path.length - 1];
  if (last === undefined) return 'the file';
  if (path.length === 2 && path[0] === 'groups') return `group "${last}"`;
  if (typeof last === 'number') return pathInWords(path);
  return `"${last}"`;
}

const TYPE_WORDS: Record<string, string> = {
  array: 'a list',
  object: 'a mapping (key: value)',
  string: 'text',
  boolean: 'true or false',
  number: 'a number',
  integer: 'a whole number',
  null: 'empty',
};

function typeWords(type: unknown): string {
  const types = Array.isArray(type) ? type : [type];
  return types.map((t) => (Object.hasOwn(TYPE_WORDS, String(t)) ? TYPE_WORDS[String(t)]! : String(t))).join(' or ');
}

/**
 * The words for a member's form, when the failing schema is one: the core's
 * `member`, or a provider's own (a pattern that allows group:, described in
 * words such as "An email address, group:NAME, or team:NAME.").
 */
function memberForm(err: ErrorObject): string | undefined {
  if (err.schemaPath.includes('/definitions/member/')) return 'an email address or group:NAME';
  const schema = err.parentSchema as { description?: unknown; pattern?: unknown; anyOf?: unknown } | undefined;
  // A member list's item (a member, or a member with an end date) or a member's own pattern.
  const describesMember = Array.isArray(schema?.anyOf) || String(schema?.pattern).includes('group:');
  if (typeof schema?.description !== 'string' || !describesMember) return undefined;
  return schema.description.charAt(0).toLowerCase() + schema.description.slice(1).replace(/\.$/, '');
}

/**
 * The index of a character an email may not hold, when a pattern that
 * describes emails refused a value that is meant as one (not `group:…`).
 */
function badEmailChar(err: ErrorObject, unicode: boolean): number | undefined {
  if (typeof err.data !== 'string' || /^[A-Za-z]+:/.test(err.data)) return undefined;
  // Meant as an email: it has an @, or a character no ASCII word has (`alice＠acme.com`).
  if (!err.data.includes('@') && /^[\x20-\x7e]*$/.test(err.data)) return undefined;
  if (memberForm(err) === undefined && !String((err.params as { pattern?: unknown }).pattern).includes('@')) return undefined;
  return firstBadChar(err.data, unicode)?.index;
}

/** Lower rank wins when two findings point at the same place. */
const RANK: Record<string, number> = { type: 0, required: 1, additionalProperties: 1, const: 2, enum: 2, pattern: 3 };

function describe(
  err: ErrorObject,
  root: unknown,
  positions: Positions,
  nouns: Readonly<Record<string, string>>,
): { at: SourceLocation; message: string; rank: number } | undefined {
  const path = toDataPath(err.instancePath, root);
  const rank = RANK[err.keyword] ?? 5;
  const params = err.params as Record<string, unknown>;
  const value = (at: SourceLocation, message: string) => ({ at, message, rank });

  // Errors about a key name (propertyNames): pinned at the key.
  if (err.propertyName !== undefined) {
    const name = err.propertyName;
    const at = positions.key([...path, name]);
    const what = signature(path) === 'groups' ? 'group name' : 'key';
    if (err.keyword === 'pattern') {
      return value(
        at,
        `${what} "${name}" must start with a letter or digit and use only letters, digits, ".", "_" and "-"`,
      );
    }
    if (err.keyword === 'maxLength') return value(at, `${what} "${name}" is too long (at most ${String(params.limit)} characters)`);
    return value(at, `${what} "${name}" ${err.message ?? 'is not allowed'}`);
  }

  switch (err.keyword) {
    case 'propertyNames':
      return undefined; // its inner error says it better
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      // Keys the format refuses on purpose (`not`) are not offered.
      const properties = (err.parentSchema?.properties ?? {}) as Record<string, { not?: unknown }>;
      const allowed = Object.keys(properties).filter((k) => properties[k]?.not === undefined);
      const close = didYouMean(key, allowed);
      const hint =
        key === '<<'
          ? ' (YAML merge keys are not supported)'
          : close || (allowed.length > 0 && allowed.length <= 8 ? `; expected ${orList(allowed)}` : '');
      const where = path.length === 0 ? 'at the top level' : `in ${noun(path, nouns)}`;
      return value(positions.key([...path, key]), `unknown key "${key}" ${where}${hint}`);
    }
    case 'required': {
      const missing = String(params.missingProperty);
      if (path.length === 0) {
        const example = missing === 'version' ? ' (start it with "version: 1")' : '';
        return value(positions.at(path), `the file needs "${missing}"${example}`);
      }
      return value(positions.at(path), `${noun(path, nouns)} entry needs "${missing}"`);
    }
    case 'type': {
      const at = positions.at(path);
      if (path.length === 0) return value(at, `the file must be ${typeWords(params.type)} (start it with "version: 1")`);
      const form = memberForm(err);
      if (form !== undefined) return value(at, `${subject(path)} must be ${form}`);
      const quote =
        params.type === 'string' && (typeof err.data === 'number' || typeof err.data === 'boolean')
          ? ' (put it in quotes)'
          : '';
      return value(at, `${subject(path)} must be ${typeWords(params.type)}${quote}`);
    }
    case 'const':
      return value(positions.at(path), `${subject(path)} must be ${JSON.stringify(params.allowedValue)}`);
    case 'enum':
      return value(
        positions.at(path),
        `${subject(path)} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      );
    case 'pattern': {
      const shown = JSON.stringify(err.data);
      const at = positions.at(path);
      const form = memberForm(err);
      if (form !== undefined) return value(at, `${shown} is not ${form}`);
      if (err.schemaPath.includes('/definitions/gid/')) return value(at, `${shown} is not a gid (1 to 19 digits)`);
      // The schema's own words for the form, when it has them.
      const described = (err.parentSchema as { description?: unknown } | undefined)?.description;
      if (String(params.pattern).includes('@')) return value(at, `${shown} is not an email address`);
      if (typeof described === 'string') return value(at, `${shown} does not have the expected form. ${described}`);
      return value(at, `${shown} does not have the expected form (${String(params.pattern)})`);
    }
    case 'not': {
      // A key the format refuses on purpose, with the reason as its description (a level list on a place without it).
      const why = (err.parentSchema as { description?: unknown } | undefined)?.description;
      const key = path[path.length - 1];
      const at = typeof key === 'string' ? positions.key(path) : positions.at(path);
      const reason = typeof why === 'string' ? ` (${why.charAt(0).toLowerCase()}${why.slice(1).replace(/\.$/, '')})` : '';
      return value(at, `${subject(path)} is not allowed in ${noun(path.slice(0, -1), nouns)}${reason}`);
    }
    case 'minLength':
      return value(
        positions.at(path),
        params.limit === 1 ? `${subject(path)} must not be empty` : `${subject(path)} must have at least ${String(params.limit)} characters`,
      );
    case 'maxLength':
      return value(positions.at(path), `${subject(path)} is too long (at most ${String(params.limit)} characters)`);
    default:
      return value(positions.at(path), `${subject(path)} ${err.message ?? 'is not valid'}`);
  }
}

/**
 * For oneOf/anyOf, ajv reports every branch's complaint. Keep the branch whose
 * type matched the value (the one the user was evidently writing), or, when no
 * branch's type matched, say which types are allowed.
 */
/**
 * An alternative of `$ref` branches (a member, or a member with an end date):
 * ajv reports errors inside a definition at paths of the definition, not of
 * the branch, so branches are told apart by the value's type. When the value
 * has a type some branch allows, the other branches' type errors go; when it
 * has none, one error says which types are allowed.
 */
function collapseByType(errors: readonly ErrorObject[], alt: ErrorObject): ErrorObject[] {
  const count = Array.isArray(alt.schema) ? alt.schema.length : 0;
  const mismatches = errors.filter((e) => e.keyword === 'type' && e.instancePath === alt.instancePath);
  const rest = errors.filter((e) => !mismatches.includes(e));
  if (mismatches.length < count) return rest;
  const types = new Set(mismatches.flatMap((e) => [(e.params as { type: unknown }).type].flat().map(String)));
  return [...rest, { ...alt, keyword: 'type', params: { type: [...types] } }];
}

const refsOnly = (alt: ErrorObject): boolean =>
  Array.isArray(alt.schema) && alt.schema.every((b) => b !== null && typeof b === 'object' && Object.keys(b).length === 1 && '$ref' in b);

function collapseAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => e.keyword === 'oneOf' || e.keyword === 'anyOf');
  if (alternatives.length === 0) return [...errors];
  let result = errors.filter((e) => !alternatives.includes(e));
  for (const alt of alternatives) {
    const prefix = `${alt.schemaPath}/`;
    const branches = groupBy(
      result.filter((e) => e.schemaPath.startsWith(prefix)),
      (e) => e.schemaPath.slice(prefix.length).split('/')[0]!,
    );
    if (branches.size === 0 && refsOnly(alt)) {
      result = collapseByType(result, alt);
      continue;
    }
    if (branches.size === 0) {
      result.push(alt); // e.g. oneOf matched more than one branch
      continue;
    }
    const inBranches = new Set([...branches.values()].flat());
    const typeMatched = [...branches.values()].filter(
      (errs) => !errs.some((e) => e.keyword === 'type' && e.instancePath === alt.instancePath),
    );
    result = result.filter((e) => !inBranches.has(e));
    if (typeMatched.length > 0) {
      const best = typeMatched.reduce((a, b) => (b.length < a.length ? b : a));
      result.push(...best);
    } else {
      const types = new Set<string>();
      for (const errs of branches.values()) {
        for (const e of errs) {
          if (e.keyword === 'type' && e.instancePath === alt.instancePath) {
            const t = (e.params as { type: unknown }).type;
            for (const x of Array.isArray(t) ? t : [t]) types.add(String(x));
          }
        }
      }
      result.push({ ...alt, keyword: 'type', params: { type: [...types] } });
    }
  }
  return result;
}
