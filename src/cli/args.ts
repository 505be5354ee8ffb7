import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formats, type Format } from '../render/index.js';
import { providerModules } from '../providers/registry.js';
import { UsageError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs that reports mistakes as UsageError and wants exactly one PATH. */
export function parseCommand<O extends Options>(argv: string[], options: O, what = 'PATH') {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const [path, ...rest] = parsed.positionals;
  if (path === undefined && what) throw new UsageError(`missing ${what}`);
  if (rest.length > 0) throw new UsageError(`unexpected argument: ${rest[0]}`);
  return { values: parsed.values, path: path ?? '' };
}

export function parseFormat(value: unknown): Format {
  const format = (value ?? 'text') as Format;
  if (!formats.includes(format)) throw new UsageError(`--format must be one of ${formats.join(', ')}`);
  return format;
}

/**
 * Per provider, a `--…-token-file FILE` flag (`--token-file` for Asana,
 * `--dreadnode-token-file`) and a `--…rate-limit N/min` flag (`--rate-limit`,
 * `--dreadnode-rate-limit`); read by `readSettings`.
 */
export const connectionOptions: Record<string, { type: 'string' }> = Object.fromEntries(
  providerModules.flatMap(({ settings: spec }) => [
    [spec.tokenFileFlag, { type: 'string' }] as const,
    [spec.rateLimitFlag, { type: 'string' }] as const,
  ]),
);
