import { loadConfig } from '../../config/index.js';
import { buildWorld, parseFaults, startSandbox } from '../../sandbox/index.js';
import { parseCommand } from '../args.js';
import { UsageError } from '../errors.js';
import type { Io } from '../io.js';

export async function sandboxCommand(argv: string[], io: Io): Promise<number> {
  const { values } = parseCommand(
    argv,
    { seed: { type: 'string' }, port: { type: 'string' }, faults: { type: 'string' } },
    '',
  );
  if (!values.seed) throw new UsageError('sandbox needs --seed FILE');
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535');
  let faults;
  try {
    faults = values.faults ? parseFaults(values.faults) : undefined;
  } catch (error) {
    throw new UsageError(`--faults: ${error instanceof Error ? error.message : String(error)}`);
  }

  const { desired, sandbox } = await loadConfig(values.seed);
  const server = await startSandbox(buildWorld(desired, sandbox), { port, ...(faults ? { faults } : {}) });
  io.stdout.write(
    `Sandbox serving the Asana API at ${server.asanaBaseUrl} and the Dreadnode API at ${server.dreadnodeBaseUrl}/api/v1\n` +
      `  export ASANA_BASE_URL=${server.asanaBaseUrl}\n` +
      `  export ASANA_TOKEN=${server.token}\n` +
      `  export DREADNODE_BASE_URL=${server.dreadnodeBaseUrl}\n` +
      `  export DREADNODE_TOKEN=${server.dreadnodeToken}\n` +
      'Press Ctrl+C to stop.\n',
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  return 0;
}
