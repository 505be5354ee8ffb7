import { loadSeed } from '../../pipeline/index.js';
import {
  buildWorld,
  describeRateLimit,
  FAULT_KEYS,
  parseFaults,
  parseRateLimit,
  startSandbox,
  type FaultOptions,
  type RateLimitOptions,
  type SandboxOptions,
} from '../../sandbox/index.js';
import { providerModules, sandboxParts, type ProviderModule } from '../../providers/registry.js';
import { parseCommand } from '../args.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';

const keyLines = FAULT_KEYS.map(([key, text]) => `      ${key.padEnd(22)}${text}`).join('\n');

/** `a, b and c`. */
const titlesOf = (names: readonly string[]): string =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names.join('');
const titles = (modules: readonly ProviderModule[]): string => titlesOf(modules.map((m) => m.title));

const sandboxHelp = (modules: readonly ProviderModule[]): string => `Usage: gatehouse sandbox --seed FILE [options]

Serve local APIs compatible with ${titles(modules)}, seeded from FILE, on 127.0.0.1.

Options:
  --seed FILE           a desired-state file or folder; its sandbox: section seeds extra users
  --port N              (default 0: any free port)
  --rate-limit N/min    request budget per token, for each service apart (${titles(modules)});
                        N/s also works (e.g. 1500/min, 25/s). A steady pace: bursts of more
                        than a second's worth are refused. Over it: 429 with Retry-After.
                        Refused requests count too, as the services count them. Default: none.
  --latency MS          milliseconds before every answer (default 0)
  --faults SPEC         inject faults, e.g. 429:0.1,500:0.05,reset:0.05; keys:
${keyLines}

Always on: at most 50 reads and 15 writes in flight per service (429 beyond).
`;

/** `--latency 50` → 50. */
function parseLatency(value: string): number {
  const n = Number(value.trim());
  if (value.trim() === '' || !Number.isFinite(n) || n < 0) {
    throw new UsageError(`--latency: "${value}" is not a number of milliseconds (0 or more), e.g. --latency 50`);
  }
  return n;
}

/** The startSandbox options the flags ask for (everything but the seed). */
export function sandboxOptions(values: { port?: string; faults?: string; 'rate-limit'?: string; latency?: string }): SandboxOptions {
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

export async function sandboxCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseCommand(
    argv,
    {
      seed: { type: 'string' },
      port: { type: 'string' },
      faults: { type: 'string' },
      'rate-limit': { type: 'string' },
      latency: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    '',
  );
  if (values.help) {
    io.stdout.write(sandboxHelp(providerModules));
    return 0;
  }
  const options = sandboxOptions(values);
  if (!values.seed) throw new UsageError('sandbox needs --seed FILE');

  const modules = providerModules;
  const parts = sandboxParts(modules);
  const { desired, sandbox } = await loadSeed(values.seed, modules);
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
