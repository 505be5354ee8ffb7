// docs/file-format.md from the assembled JSON Schema: every key of a
// desired-state file (and of a sandbox seed's `sandbox:` section) with its
// type, default, example and description. The descriptions are the schema's
// own, the ones editors show on hover, so the page and the hover text cannot
// disagree. Prose that is about no one key lives in file-format.template.md.
import { stringify } from 'yaml';
import { slug } from './slug.mjs';

const code = (text) => (String(text).includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
const oneLine = (text) => String(text).replace(/\s*\n\s*/g, ' ').trim();

/** A value as YAML on one line: `members: [ alice@acme.com ]`. */
function inlineYaml(key, value) {
  const shown = stringify(value, { collectionStyle: 'flow', lineWidth: 0 }).trim();
  return code(`${key}: ${shown}`);
}

/**
 * Walks a schema from its root and collects one section per object: its keys
 * and where it is found. An object reached through `#/definitions/NAME` is one
 * section however many places refer to it (a project under a team and under a
 * workspace).
 */
class Reference {
  constructor(root) {
    this.root = root;
    this.sections = [];
    this.byKey = new Map();
  }

  resolve(schema) {
    let own = schema;
    let ref;
    const seen = new Set();
    // A key's own words (description, examples, default) win over its definition's.
    let merged = { ...schema };
    while (typeof own.$ref === 'string' && own.$ref.startsWith('#/definitions/')) {
      if (seen.has(own.$ref)) break;
      seen.add(own.$ref);
      ref = own.$ref.slice('#/definitions/'.length);
      own = this.root.definitions?.[ref] ?? {};
      const { $ref: _drop, ...rest } = merged;
      merged = { ...own, ...rest };
    }
    delete merged.$ref;
    return { schema: merged, ref };
  }

  /** The section of an object schema, made on first sight. */
  section(schema, ref, path) {
    const key = ref ?? path;
    let section = this.byKey.get(key);
    if (section === undefined) {
      section = { key, paths: [], schema, title: path };
      this.byKey.set(key, section);
      this.sections.push(section);
      section.rows = this.rows(schema, path);
    }
    if (!section.paths.includes(path)) section.paths.push(path);
    return section;
  }

  rows(object, path) {
    const required = new Set(object.required ?? []);
    const rows = [];
    const refused = [];
    for (const [name, raw] of Object.entries(object.properties ?? {})) {
      const { schema, ref } = this.resolve(raw);
      if (schema.not !== undefined && Object.keys(schema.not).length === 0) {
        refused.push({ name, why: schema.description });
        continue;
      }
      const childPath = path === '' ? name : `${path}.${name}`;
      rows.push({ name, required: required.has(name), schema, type: this.typeOf(schema, ref, childPath) });
    }
    return { rows, refused };
  }

  /** The type in words, with a link to the section of any object it holds. */
  typeOf(schema, ref, path) {
    if (schema.const !== undefined) return `always ${code(JSON.stringify(schema.const))}`;
    if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((v) => code(v)).join(', ')}`;
    for (const combinator of ['oneOf', 'anyOf']) {
      if (Array.isArray(schema[combinator])) {
        return `one of: ${schema[combinator]
          .map((alt, i) => {
            const r = this.resolve(alt);
            return this.typeOf(r.schema, r.ref, schema[combinator].length > 1 ? `${path}(${i + 1})` : path);
          })
          .join('; or ')}`;
      }
    }
    const type = Array.isArray(schema.type) ? schema.type.join(' or ') : schema.type;
    if (type === 'array' && schema.items !== undefined) {
      const item = this.resolve(schema.items);
      return `list of ${this.itemWords(item.schema, item.ref, `${path}[]`)}`;
    }
    if (type === 'object' || schema.properties !== undefined) {
      if (schema.properties !== undefined) return this.link(this.section(schema, ref, path));
      if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
        const value = this.resolve(schema.additionalProperties);
        return `mapping of names to ${this.typeOf(value.schema, value.ref, `${path}.NAME`)}`;
      }
      return 'mapping';
    }
    if (type === 'string') return 'string';
    return type ?? 'any value';
  }

  itemWords(item, ref, path) {
    if (item.properties !== undefined) return this.link(this.section(item, ref, path));
    if (item.type === 'string' && typeof item.description === 'string') return `strings: ${oneLine(item.description).replace(/\.$/, '').replace(/^./, (c) => c.toLowerCase())}`;
    const words = this.typeOf(item, ref, path);
    return words === 'string' ? 'strings' : `${words} items`;
  }

  link(section) {
    return `[${code(section.title)}](#${slug(code(section.title))})`;
  }
}

function keyBlock(row) {
  const facts = [row.type];
  if (row.required) facts.push('required');
  if (row.schema.default !== undefined) facts.push(`default ${code(typeof row.schema.default === 'string' ? row.schema.default : JSON.stringify(row.schema.default))}`);
  for (const example of row.schema.examples ?? []) {
    // A long example (a whole section) is shown as a file in that section instead.
    const shown = inlineYaml(row.name, example);
    if (shown.length <= 110) facts.push(`example ${shown}`);
  }
  const lines = [`- **${code(row.name)}**: ${facts.join(' · ')}`];
  if (row.schema.description) lines.push(`  ${oneLine(row.schema.description)}`);
  return lines.join('\n');
}

/** Full examples of a section (an example that is a whole mapping), as a file that validates. */
function fullExamples(section, wrap) {
  const out = [];
  for (const example of section.schema.examples ?? []) {
    if (typeof example !== 'object' || example === null || Array.isArray(example)) continue;
    const doc = wrap(example);
    out.push('```yaml', stringify(doc, { lineWidth: 0 }).trimEnd(), '```');
  }
  return out;
}

function renderSections(reference, wrapFor) {
  const out = [];
  for (const section of reference.sections) {
    const title = section.title === '' ? 'The top level' : code(section.title);
    out.push(`### ${title}`, '');
    if (section.paths.length > 1) out.push(`Also at ${section.paths.slice(1).map(code).join(', ')}.`, '');
    if (section.schema.description && section.title !== '') out.push(oneLine(section.schema.description), '');
    for (const row of section.rows.rows) out.push(keyBlock(row));
    if (section.rows.rows.length > 0) out.push('');
    if (section.rows.refused.length > 0) {
      const reasons = [...new Set(section.rows.refused.map((r) => oneLine(r.why ?? '')))].filter(Boolean);
      out.push(`Refused here, as an error at its line: ${section.rows.refused.map((r) => code(r.name)).join(', ')}${reasons.length ? ` (${reasons.join(' ')})` : ''}.`, '');
    }
    const full = fullExamples(section, wrapFor(section));
    if (full.length > 0) out.push('For example:', '', ...full, '');
  }
  return out;
}

/** A section example as a whole desired-state file, so the YAML test can validate it. */
const asFile = (section) => (example) => (section.title === '' ? example : { version: 1, [section.title]: example });

/**
 * The page. `template` holds the prose, with `<!-- reference -->` where the
 * generated reference goes.
 */
export function fileFormatPage(desired, seed, template) {
  const file = new Reference(desired);
  file.section(desired, undefined, '');
  const seedRef = new Reference(seed);
  const { schema: sandbox } = seedRef.resolve(seed.properties.sandbox);
  seedRef.section(sandbox, 'sandbox', 'sandbox');
  const reference = [
    '## Every key of a desired-state file',
    '',
    oneLine(desired.description),
    '',
    ...renderSections(file, asFile),
    '## Every key of a sandbox seed\'s `sandbox:` section',
    '',
    `A seed is a desired-state file plus this section ([sandbox.md](sandbox.md)); in a desired-state file the section is an error.`,
    '',
    ...renderSections(seedRef, () => (example) => example),
  ].join('\n');
  const marker = '<!-- reference -->';
  if (!template.includes(marker)) throw new Error(`the file-format template has no ${marker} line`);
  return `${template.replace(marker, reference.trimEnd())}\n`.replace(/\n{3,}/g, '\n\n');
}
