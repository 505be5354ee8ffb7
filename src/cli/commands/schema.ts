/**
 * `gatehouse schema`: the desired-state file's JSON Schema, assembled from
 * the providers' sections exactly as the loader validates with, for editors.
 * Written into the user's repository (`--out .gatehouse/schema.json`), a
 * file's `$schema` comment can refer to it relatively, wherever the
 * repository is cloned and however Gatehouse is run.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { desiredStateSchema } from '../../config/assemble-schema.js';
import { providerModules } from '../../providers/registry.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';

export async function schemaCommand(values: Record<string, unknown>, io: Io): Promise<number> {
  const text = `${JSON.stringify(desiredStateSchema(providerModules), null, 2)}\n`;
  const out = values['out'] as string | undefined;
  if (out === undefined) {
    io.stdout.write(text);
    return 0;
  }
  if (out === '') throw new UsageError('--out needs a path');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, text);
  io.stderr.write(`gatehouse schema: wrote ${out}; refer to it from a file's first line: # yaml-language-server: $schema=${out}\n`);
  return 0;
}
