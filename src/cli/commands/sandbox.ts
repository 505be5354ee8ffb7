import { loadSeed } from '../../pipeline/index.js';
import {
  buildWorld,
  describeRateLimit,
  parseFaults,
  parseRateLimit,
  startSandbox,
  type FaultOptions,
  type RateLimitOptions,
  type SandboxOptions,
} from '../../sandbox/index.js';
import { providerModules, sandboxParts } from '../../providers/registry.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';

/** `a, b and c`. */
const titlesOf = (names: readonly string[]): string =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');

/** `--latency 50` → 50. */
function parseLatency(value: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new UsageError(`--latency: "${value}" is not a number of milliseconds (0 or more), e.g. --latency 50`);
  }
  return n;
}

/** The startSandbox options the flags ask for (everything but the seed). */
export function sandboxOptions(flags: Readonly<Record<string, unknown>>): SandboxOptions {
  const values = flags as { port?: string; faults?: string; 'rate-limit'?: string; latency?: string };
  const port = values.port === undefined ? 0 : Number(values.port);
  if (values.port?.trim() === '' || !Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError('--port must be a number from 0 to 65535');
  }
  const options: SandboxOptions = { port };
  const faults = parseOr('--faults', values.faults, parseFaults);
  if (faults) options.faults = faults;
  const rateLimit = parseOr('--rate-limit', values['rate-limit'], parseRateLimit);
  if (rateLimit) options.rateLimit = rateLimit;
  if (values.latency !== undefined) options.latencyMs = parseLatency(values.latency);
  return options;
}

function describeFaults(f: FaultOptions): string {
  const share = (n: number | undefined): string => `${Math.round((n ?? 0) * 1000) / 10}%`;
  return `429 ${share(f.rate429)}, 500 ${share(f.rate500)}, reset ${share(f.resetRate)}${f.only ? ' (some requests only)' : ''}`;
}

function parseOr<T extends FaultOptions | RateLimitOptions>(flag: string, value: string | undefined, parse: (v: string) => T): T | undefined {
  if (value === undefined) return undefined;
  try {
    return parse(value);
  } catch (error) {
    throw new UsageError(`${flag}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `values`: the flags as program.ts defines them, by name (commander has checked that --seed is there). */
export async function sandboxCommand(values: Record<string, unknown>, io: Io): Promise<number> {
  const options = sandboxOptions(values);
  const seed = values['seed'] as string;

  const modules = providerModules;
  const parts = sandboxParts(modules);
  const { desired, sandbox } = await loadSeed(seed, modules);
  const server = await startSandbox(buildWorld(parts, desired, sandbox), parts, options);
  const limits = [
    options.rateLimit ? `rate limit ${describeRateLimit(options.rateLimit)} per service` : 'no rate limit',
    `latency ${options.latencyMs ?? 0} ms`,
    options.faults ? `faults ${describeFaults(options.faults)}` : 'no faults',
  ];
  const served = modules.map((m) => ({ module: m, connection: server.connection(m.name), prefix: m.sandbox.dialect.prefix }));
  const apis = served.map(({ module, connection, prefix }) => {
    // Some clients are given the API's own address, others the root they append the prefix to.
    const at = connection.baseUrl.endsWith(prefix) ? connection.baseUrl : `${connection.baseUrl}${prefix}`;
    return `the ${module.title} API at ${at}`;
  });
  const exports = served.flatMap(({ module, connection }) => [
    `  export ${module.settings.baseUrlEnv}=${connection.baseUrl}\n`,
    `  export ${module.settings.tokenEnv}=${connection.token}\n`,
    // Further callers the seed gives the API (a service account's token, say), for trying the other one.
    ...(server.world.providers[module.name]?.moreTokens ?? []).map((token) => `  # ${module.settings.tokenEnv}=${token} is accepted too\n`),
  ]);
  io.stdout.write(`Sandbox serving ${titlesOf(apis)}\n  ${limits.join('; ')}\n${exports.join('')}Press Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
