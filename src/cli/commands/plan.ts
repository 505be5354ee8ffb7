import { preparePlan } from '../../pipeline/index.js';
import { readSettings } from '../settings.js';
import { Progress } from '../progress.js';
import { inertLine, printedPlan } from '../annotations.js';
import { guardRailRefusal, removalSettings } from '../removal-flags.js';
import type { Io } from '../io.js';
import { isSavedPlanFile, recordedConfigPath, SavedPlanError, writeSavedPlan } from '../saved-plan.js';
import { textOptions } from '../text-options.js';
import { maxFileSize, onlyOf } from '../options.js';
import { planDay } from '../plan-day.js';
import { handleInterrupts, SIGNAL_EXIT } from '../interrupt.js';
import type { Format } from '../../render/index.js';

/** `values`: the flags as program.ts defines them, by name. */
export async function planCommand(path: string, values: Record<string, unknown>, io: Io): Promise<number> {
  // Only reads are sent: a signal ends the command at once.
  const interrupt = handleInterrupts((signal) => {
    io.stderr.write(`gatehouse plan: interrupted by ${signal}. Nothing was changed.\n`);
    process.exit(SIGNAL_EXIT[signal]);
  });
  try {
    return await plan(path, values, io);
  } finally {
    interrupt.dispose();
  }
}

async function plan(path: string, values: Record<string, unknown>, io: Io): Promise<number> {
  const removal = removalSettings(values);
  const format = values['format'] as Format;
  const out = values['out'] as string | undefined;
  if (out !== undefined && !/\.json$/i.test(out)) throw new SavedPlanError(`--out ${out}: a saved plan is a .json file; name one ending in .json`);
  if (await isSavedPlanFile(path)) {
    throw new SavedPlanError(
      `${path} is a saved plan, not a desired-state file. Apply it with \`gatehouse apply ${path}\` (it plans afresh and refuses if anything moved), or plan the files it was made from.`,
    );
  }
  // Before any request: a saved plan may record only files inside the working directory.
  if (out !== undefined) recordedConfigPath(path);
  const day = planDay(values, io.env);
  const only = onlyOf(values);
  const progress = new Progress(io.progress ?? io.stderr);
  const prepared = await progress.during('reading', () =>
    preparePlan(path, () => readSettings({ env: io.env, flags: values, onRequest: progress.count }), { prune: removal.prune, maxFileSize: maxFileSize(values), day, ...only }),
  );
  try {
    io.stdout.write(printedPlan(prepared.plan, format, textOptions(io, values['verbose'] === true)));
    // A plan apply would refuse is not saved: nothing invites applying it.
    const refused = guardRailRefusal(prepared.plan, removal, 'apply would refuse this plan');
    if (refused.length > 0) {
      for (const line of refused) io.stderr.write(`${inertLine(line)}\n`);
      return 1;
    }
    if (out !== undefined) {
      await writeSavedPlan(out, path, prepared.plan, process.cwd(), removal.prune, only.only?.[0]);
      // stderr, so that with --format json stdout stays the plan alone.
      io.stderr.write(`Saved the plan to ${out} (fingerprint ${prepared.plan.fingerprint}). Apply exactly this plan with: gatehouse apply ${out}\n`);
    }
  } finally {
    await prepared.close();
  }
  return values['detailed-exitcode'] === true && prepared.plan.changes.length > 0 ? 2 : 0;
}
