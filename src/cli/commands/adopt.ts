/**
 * `gatehouse adopt PATH`: the reads of `plan`, then the edit of the files
 * that makes plan empty (src/adopt), printed as a unified patch, listed as
 * JSON, or written in place with --write.
 */
import { adopt, type AdoptKind, type AdoptResult } from '../../adopt/adopt.js';
import { patchPath, unifiedPatch } from '../../adopt/patch.js';
import { writeAdopted } from '../../adopt/write.js';
import { preparePlan } from '../../pipeline/index.js';
import { adoptPartsOf } from '../../providers/registry.js';
import { inertLine } from '../annotations.js';
import { UsageError } from '../errors.js';
import { handleInterrupts, SIGNAL_EXIT } from '../interrupt.js';
import type { Io } from '../io.js';
import { maxFileSize } from '../options.js';
import { planDay } from '../plan-day.js';
import { Progress } from '../progress.js';
import { readSettings } from '../settings.js';

export async function adoptCommand(path: string, values: Record<string, unknown>, io: Io): Promise<number> {
  // Reads only until --write, which replaces each file by a rename: a signal ends the command at once.
  const interrupt = handleInterrupts((signal) => {
    io.stderr.write(`gatehouse adopt: interrupted by ${signal}.\n`);
    process.exit(SIGNAL_EXIT[signal]);
  });
  try {
    return await run(path, values, io);
  } finally {
    interrupt.dispose();
  }
}

async function run(path: string, values: Record<string, unknown>, io: Io): Promise<number> {
  const only = values['only'] as AdoptKind[] | undefined;
  const places = values['place'] as string[] | undefined;
  const includeMissing = values['include-missing'] === true;
  if (only?.includes('missing') && !includeMissing) throw new UsageError('--only missing takes members out of the files: give --include-missing too');
  const day = planDay(values, io.env);
  const progress = new Progress(io.progress ?? io.stderr);
  const prepared = await progress.during('reading', () =>
    preparePlan(path, () => readSettings({ env: io.env, flags: values, onRequest: progress.count }), { maxFileSize: maxFileSize(values), day }),
  );
  let result: AdoptResult;
  try {
    const known = new Set(prepared.desired.places.map((p) => p.place.key));
    const unknown = (places ?? []).filter((key) => !known.has(key));
    if (unknown.length > 0) throw new UsageError(`--place ${unknown.join(', ')}: no such place in ${path} (a place key is as plan --format json names it, e.g. asana/workspace:Acme Corp/team:Platform)`);
    result = adopt(prepared.desired, prepared.live, prepared.texts, adoptPartsOf(), {
      today: day.today,
      includeMissing,
      ...(only === undefined ? {} : { only }),
      ...(places === undefined ? {} : { places }),
    });
  } finally {
    await prepared.close();
  }

  const cwd = process.cwd();
  const where = (s: { file: string; line: number }) => `${patchPath(s.file, cwd)}:${s.line}`;
  for (const n of result.notAdopted) io.stderr.write(`${inertLine(`${n.placeKey}: ${n.user}: ${n.why}`)}\n`);
  if (values['format'] === 'json') {
    const document = {
      adopted: result.adopted.map((a) => ({
        kind: a.kind,
        place: a.placeKey,
        user: a.user,
        ...(a.level === undefined ? {} : { level: a.level }),
        ...(a.fromLevel === undefined ? {} : { fromLevel: a.fromLevel }),
        target: where(a.target),
        ...(a.from === undefined ? {} : { from: where(a.from) }),
      })),
      notAdopted: result.notAdopted.map((n) => ({ place: n.placeKey, user: n.user, why: n.why })),
    };
    io.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    io.stdout.write(unifiedPatch(prepared.desired.files, prepared.texts, result.texts, cwd));
  }
  if (values['write'] === true) {
    const written = await writeAdopted(prepared.texts, result.texts, cwd);
    io.stderr.write(written.length === 0 ? 'Nothing to adopt: no file changed.\n' : `Adopted ${result.adopted.length} entr${result.adopted.length === 1 ? 'y' : 'ies'}; wrote ${written.map((f) => patchPath(f, cwd)).join(', ')}.\n`);
  }
  return values['check'] === true && result.texts.size > 0 ? 2 : 0;
}


