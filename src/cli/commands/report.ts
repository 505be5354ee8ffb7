/**
 * `gatehouse report PATH --format html|markdown|csv [--out FILE]`: the access
 * review of the live state of the places the files name. The clock and the
 * files' git commit are read here; the renderers are pure.
 */
import { execFile } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { prepareRead } from '../../pipeline/index.js';
import { accessOf } from '../../report/access.js';
import { renderReviewHtml } from '../../report/render-html.js';
import { renderReviewCsv, renderReviewMarkdown } from '../../report/render-text.js';
import { accessReview } from '../../report/review.js';
import { maxFileSize } from '../options.js';
import { Progress } from '../progress.js';
import { readSettings } from '../settings.js';
import { planDay } from '../plan-day.js';
import { writeWhole } from '../write-whole.js';
import type { Io } from '../io.js';
import { handleInterrupts, SIGNAL_EXIT } from '../interrupt.js';

/** The commit HEAD points at in the files' repository, if they are in one (and git is there); else nothing, quietly. */
async function commitOf(path: string): Promise<string | undefined> {
  const dir = await stat(path).then((s) => (s.isDirectory() ? resolve(path) : dirname(resolve(path))), () => undefined);
  if (dir === undefined) return undefined;
  try {
    const { stdout } = await promisify(execFile)('git', ['-C', dir, 'rev-parse', 'HEAD'], { timeout: 5_000 });
    const sha = stdout.trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : undefined;
  } catch {
    return undefined;
  }
}

export async function reportCommand(path: string, values: Record<string, unknown>, io: Io): Promise<number> {
  const interrupt = handleInterrupts((signal) => {
    io.stderr.write(`gatehouse report: interrupted by ${signal}. Nothing was changed.\n`);
    process.exit(SIGNAL_EXIT[signal]);
  });
  try {
    const { today, warnDays } = planDay(values, io.env);
    const progress = new Progress(io.progress ?? io.stderr);
    const read = await progress.during('reading', () =>
      prepareRead(path, () => readSettings({ env: io.env, flags: values, onRequest: progress.count }), { maxFileSize: maxFileSize(values) }),
    );
    await read.close();
    const review = accessReview(accessOf(read.desired, read.live.places, { today, warnDays }), {
      generatedAt: new Date().toISOString(),
      ...((c) => (c === undefined ? {} : { commit: c }))(await commitOf(path)),
      files: read.desired.files,
      today,
    });
    const format = values['format'] as string;
    const text = format === 'html' ? renderReviewHtml(review) : format === 'csv' ? renderReviewCsv(review) : renderReviewMarkdown(review);
    const out = values['out'] as string | undefined;
    if (out === undefined) io.stdout.write(text);
    else {
      await writeWhole(out, text);
      io.stderr.write(`Wrote the access review to ${out} (${review.totals.users} users, ${review.totals.places} places).\n`);
    }
    return 0;
  } finally {
    interrupt.dispose();
  }
}
