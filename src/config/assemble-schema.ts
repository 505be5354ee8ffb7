/**
 * The file format as one JSON Schema, assembled from the core part and each
 * provider's section: the desired-state schema (schemas/gatehouse.schema.json,
 * the one editors load) and the sandbox seed's, which adds a `sandbox:`
 * section. `npm run gen` writes both files; a test fails when they are stale.
 */
import { coreDefinitions, coreProperties, seedCoreProperties } from './core-schema.js';
import type { JsonSchema, SectionFormat } from './section-format.js';

/** A provider as the schema sees it: its section key and format. */
export interface SchemaSource {
  name: string;
  format: SectionFormat;
}

const ID_BASE = 'https://gatehouse.invalid/schemas/';

function merge(into: Record<string, JsonSchema>, from: Record<string, JsonSchema> | undefined, owner: string): void {
  for (const [name, schema] of Object.entries(from ?? {})) {
    if (Object.hasOwn(into, name)) throw new Error(`schema definition "${name}" of ${owner} is defined twice`);
    into[name] = schema;
  }
}

function base(id: string, title: string, description: string, sources: readonly SchemaSource[]): { schema: JsonSchema; properties: Record<string, JsonSchema>; definitions: Record<string, JsonSchema> } {
  const properties: Record<string, JsonSchema> = { ...coreProperties };
  const definitions: Record<string, JsonSchema> = { ...coreDefinitions };
  for (const { name, format } of sources) {
    if (Object.hasOwn(properties, name)) throw new Error(`the section name "${name}" is taken`);
    properties[name] = { $ref: `#/definitions/${name}` };
    merge(definitions, { [name]: format.section.schema }, name);
    merge(definitions, format.section.definitions, name);
  }
  const schema: JsonSchema = {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `${ID_BASE}${id}`,
    title,
    description,
    type: 'object',
    additionalProperties: false,
    required: ['version'],
    properties,
    definitions,
  };
  return { schema, properties, definitions };
}

/** schemas/gatehouse.schema.json: what a desired-state file may hold. */
export function desiredStateSchema(sources: readonly SchemaSource[]): JsonSchema {
  const titles = sources.map((s) => s.name).join(', ');
  return base(
    'gatehouse.schema.json',
    'GatehouseFile',
    `Who belongs where: the places of each provider's section (${titles}) and their members. One file, or a folder of files merged together.`,
    sources,
  ).schema;
}

/** schemas/sandbox-seed.schema.json: a desired-state file plus the facts that seed `gatehouse sandbox`. */
export function sandboxSeedSchema(sources: readonly SchemaSource[]): JsonSchema {
  const { schema, properties, definitions } = base(
    'sandbox-seed.schema.json',
    'SandboxSeed',
    'A seed for `gatehouse sandbox --seed`: a desired-state file (whose places and members the sandbox starts with) plus a sandbox section of facts a desired-state file never states.',
    sources,
  );
  const seedProperties: Record<string, JsonSchema> = { ...seedCoreProperties };
  for (const { name, format } of sources) {
    for (const [key, fragment] of Object.entries(format.seed ?? {})) {
      if (Object.hasOwn(seedProperties, key)) throw new Error(`the sandbox seed key "${key}" of ${name} is taken`);
      seedProperties[key] = fragment.schema;
      merge(definitions, fragment.definitions, name);
    }
  }
  properties.sandbox = { $ref: '#/definitions/sandbox' };
  definitions.sandbox = {
    title: 'SandboxSection',
    description: 'Only for seeding `gatehouse sandbox`: facts a desired-state file never states.',
    type: 'object',
    additionalProperties: false,
    properties: seedProperties,
  };
  return schema;
}
