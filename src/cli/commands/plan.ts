import { render } from '../../render/index.js';
import { preparePlan } from '../../pipeline/index.js';
import { readSettings } from '../settings.js';
import { connectionOptions, parseCommand, parseFormat } from '../args.js';
import type { Io } from '../io.js';
import { textOptions } from '../text-options.js';

export async function planCommand(argv: string[], io: Io): Promise<number> {
  const { values, path } = parseCommand(argv, {
    ...connectionOptions,
    format: { type: 'string' },
    'detailed-exitcode': { type: 'boolean' },
    verbose: { type: 'boolean' },
  });
  const format = parseFormat(values.format);
  const prepared = await preparePlan(path, () => readSettings({ env: io.env, tokenFile: values['token-file'] }));
  try {
    io.stdout.write(render(prepared.plan, format, textOptions(io, values.verbose)));
  } finally {
    await prepared.close();
  }
  return values['detailed-exitcode'] && prepared.plan.changes.length > 0 ? 2 : 0;
}
