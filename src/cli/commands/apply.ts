import { applyPlan, reportDetails, reportLine } from '../../apply/index.js';
import { render } from '../../render/index.js';
import { preparePlan } from '../../pipeline/index.js';
import { readSettings } from '../settings.js';
import { connectionOptions, parseCommand, parseFormat } from '../args.js';
import { confirm } from '../confirm.js';
import type { Io } from '../io.js';
import { textOptions } from '../text-options.js';

export async function applyCommand(argv: string[], io: Io): Promise<number> {
  const { values, path } = parseCommand(argv, {
    ...connectionOptions,
    yes: { type: 'boolean' },
    format: { type: 'string' },
    verbose: { type: 'boolean' },
  });
  const format = parseFormat(values.format);
  const prepared = await preparePlan(path, () => readSettings({ env: io.env, tokenFile: values['token-file'] }));
  try {
    const { plan, providers } = prepared;
    io.stdout.write(render(plan, format, textOptions(io, values.verbose)));
    if (plan.changes.length === 0) return 0;

    if (!values.yes) {
      if (!io.stdin.isTTY) {
        io.stderr.write('gatehouse: refusing to apply without confirmation: no terminal to ask on. Pass --yes to apply. Nothing was changed.\n');
        return 1;
      }
      if (!(await confirm(io, `Apply ${plan.changes.length} change(s)?`))) {
        io.stderr.write('Apply cancelled. Nothing was changed.\n');
        return 1;
      }
    }

    const report = await applyPlan(plan, providers);
    for (const line of reportDetails(report)) io.stderr.write(`${line}\n`);
    // With --format json, stdout holds only the plan document.
    (format === 'json' ? io.stderr : io.stdout).write(`${reportLine(report)}\n`);
    if (report.failed.length > 0 || report.skipped.length > 0) {
      io.stderr.write('Some changes did not apply. Run apply again to finish: it plans afresh and retries only what is missing.\n');
      return 1;
    }
    return 0;
  } finally {
    await prepared.close();
  }
}
