import { applyPlan, reportDetails, reportLine } from '../../apply/index.js';
import { preparePlan } from '../../pipeline/index.js';
import { readSettings } from '../settings.js';
import { Progress } from '../progress.js';
import { inertLine, printedPlan } from '../annotations.js';
import { confirm } from '../confirm.js';
import type { Io } from '../io.js';
import { refusal } from '../refusal.js';
import { guardRailRefusal, removalSettings } from '../removal-flags.js';
import { parseFingerprint, readSavedPlan } from '../saved-plan.js';
import { textOptions } from '../text-options.js';
import type { Format } from '../../render/index.js';

/** `values`: the flags as program.ts defines them, by name. */
export async function applyCommand(path: string, values: Record<string, unknown>, io: Io): Promise<number> {
  const removal = removalSettings(values);
  const format = values['format'] as Format;
  const fingerprint = values['expect-fingerprint'] as string | undefined;
  const expected = fingerprint === undefined ? undefined : parseFingerprint(fingerprint);
  // A path ending in .json is a saved plan or refused here: never planned as desired state.
  const saved = await readSavedPlan(path);
  if (saved && expected !== undefined && expected !== saved.plan.fingerprint) {
    // Refused before any request: the saved plan is not the one the caller reviewed.
    io.stderr.write(
      `gatehouse: refusing to apply ${path}: --expect-fingerprint ${expected} was given, but the saved plan has fingerprint ${saved.plan.fingerprint}.\nNothing was changed.\n`,
    );
    return 1;
  }
  /** The fingerprint the fresh plan must have, when the caller named the plan they reviewed. */
  const wanted = saved?.plan.fingerprint ?? expected;

  const prune = removal.prune || saved?.prune === true;
  const progress = new Progress(io.progress ?? io.stderr);
  const prepared = await progress.during('reading', () =>
    preparePlan(saved ? saved.config : path, () => readSettings({ env: io.env, flags: values, onRequest: progress.count }), { prune }),
  );
  try {
    const { plan, providers } = prepared;
    io.stdout.write(printedPlan(plan, format, textOptions(io, values['verbose'] === true)));
    if (wanted !== undefined && plan.fingerprint !== wanted) {
      for (const line of refusal(plan, wanted, { path, saved })) io.stderr.write(`${inertLine(line)}\n`);
      return 1;
    }
    if (plan.changes.length === 0) return 0;
    const refused = guardRailRefusal(plan, removal, 'refusing to apply');
    if (refused.length > 0) {
      for (const line of refused) io.stderr.write(`${inertLine(line)}\n`);
      return 1;
    }

    // A saved plan or an expected fingerprint names exactly what was reviewed: that is the confirmation.
    if (wanted === undefined && values['yes'] !== true) {
      if (!io.stdin.isTTY) {
        io.stderr.write('gatehouse: refusing to apply without confirmation: no terminal to ask on. Pass --yes to apply. Nothing was changed.\n');
        return 1;
      }
      if (!(await confirm(io, `Apply ${plan.changes.length} change(s)?`))) {
        io.stderr.write('Apply cancelled. Nothing was changed.\n');
        return 1;
      }
    }

    const total = (plan.cost ?? []).reduce((n, c) => n + c.requests, 0);
    const report = await progress.during('applying', () => applyPlan(plan, providers), total);
    // Names from the live service and the API's own words: each printed as one inert line.
    for (const line of reportDetails(report)) io.stderr.write(`${inertLine(line)}\n`);
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
