import { applyPlan, interruptedLine, reportDetails, reportLine } from '../../apply/index.js';
import { preparePlan } from '../../pipeline/index.js';
import { readSettings } from '../settings.js';
import { Progress } from '../progress.js';
import { inertLine, printedPlan } from '../annotations.js';
import { confirm } from '../confirm.js';
import { handleInterrupts, SIGNAL_EXIT, type InterruptSignal } from '../interrupt.js';
import type { Io } from '../io.js';
import { refusal } from '../refusal.js';
import { guardRailRefusal, removalSettings } from '../removal-flags.js';
import { parseFingerprint, readSavedPlan } from '../saved-plan.js';
import { textOptions } from '../text-options.js';
import { maxFileSize, onlyOf } from '../options.js';
import { planDay } from '../plan-day.js';
import type { Format } from '../../render/index.js';
import type { ConnectionSettings } from '../../providers/registry.js';

/** Requests in flight when apply is interrupted get this long to be answered. */
const GRACE_MS = 10_000;

/**
 * `values`: the flags as program.ts defines them, by name.
 *
 * SIGINT or SIGTERM before applying ends the command at once (nothing was
 * changed). While applying, nothing new is started, requests in flight get
 * up to 10 s, and the report says what was done, failed and not attempted;
 * the exit code is 130 (SIGINT) or 143 (SIGTERM). A second signal exits at once.
 */
export async function applyCommand(path: string, values: Record<string, unknown>, io: Io): Promise<number> {
  let applying = false;
  const interrupt = handleInterrupts((signal: InterruptSignal) => {
    if (!applying) {
      io.stderr.write(`gatehouse apply: interrupted by ${signal} before applying. Nothing was changed.\n`);
      process.exit(SIGNAL_EXIT[signal]);
    }
    io.stderr.write(`gatehouse apply: ${signal}: starting nothing new, waiting up to ${GRACE_MS / 1000} s for requests in flight, then reporting (${signal === 'SIGINT' ? 'Ctrl+C' : 'the signal'} again stops at once).\n`);
  });
  try {
    return await applyUntilInterrupted(path, values, io, interrupt.signal, () => (applying = true), () => interrupt.received);
  } finally {
    interrupt.dispose();
  }
}

async function applyUntilInterrupted(
  path: string,
  values: Record<string, unknown>,
  io: Io,
  signal: AbortSignal,
  startApplying: () => void,
  received: () => InterruptSignal | undefined,
): Promise<number> {
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
  const only = saved?.only === undefined ? onlyOf(values) : { only: [saved.only] };
  const progress = new Progress(io.progress ?? io.stderr);
  const prepared = await progress.during('reading', () =>
    preparePlan(saved ? saved.config : path, async () => withInterrupt(await readSettings({ env: io.env, flags: values, onRequest: progress.count }), signal), { prune, maxFileSize: maxFileSize(values), day: planDay(values, io.env), ...only }),
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
    startApplying();
    const report = await progress.during('applying', () => applyPlan(plan, providers, { signal, graceMs: GRACE_MS }), total);
    // Names from the live service and the API's own words: each printed as one inert line.
    for (const line of reportDetails(report)) io.stderr.write(`${inertLine(line)}\n`);
    // With --format json, stdout holds only the plan document.
    (format === 'json' ? io.stderr : io.stdout).write(`${reportLine(report)}\n`);
    const by = received();
    if (report.interrupted && by !== undefined) {
      io.stderr.write(`${interruptedLine(report, by)}\n`);
      if (report.failed.length > 0 || report.skipped.length > 0) {
        io.stderr.write('Run apply again to finish: it plans afresh and applies only what is missing.\n');
      }
      return SIGNAL_EXIT[by];
    }
    if (report.failed.length > 0 || report.skipped.length > 0) {
      io.stderr.write('Some changes did not apply. Run apply again to finish: it plans afresh and retries only what is missing.\n');
      return 1;
    }
    return 0;
  } finally {
    await prepared.close();
  }
}

/** Every provider's client is told of the interrupt: it then sends nothing more. */
function withInterrupt(settings: ConnectionSettings, signal: AbortSignal): ConnectionSettings {
  return Object.fromEntries(Object.entries(settings).map(([name, one]) => [name, { ...one, interrupt: signal }]));
}
