/**
 * `gatehouse who EMAIL PATH [--live]`: every place the files grant the user,
 * why (FILE:LINE and the group chain), until when, and whether they are
 * revoked; with --live, what each place holds for them, unmanaged access included.
 */
import { loadDesired, prepareRead } from '../../pipeline/index.js';
import { accessOf } from '../../report/access.js';
import { renderWhoJson, renderWhoText, whoAnswer } from '../../report/who.js';
import { maxFileSize } from '../options.js';
import { Progress } from '../progress.js';
import { readSettings } from '../settings.js';
import { planDay } from '../plan-day.js';
import type { Io } from '../io.js';
import { handleInterrupts, SIGNAL_EXIT } from '../interrupt.js';

export async function whoCommand(email: string, path: string, values: Record<string, unknown>, io: Io): Promise<number> {
  const interrupt = handleInterrupts((signal) => {
    io.stderr.write(`gatehouse who: interrupted by ${signal}. Nothing was changed.\n`);
    process.exit(SIGNAL_EXIT[signal]);
  });
  try {
    const { today, warnDays } = planDay(values, io.env);
    const live = values['live'] === true;
    let answer;
    if (live) {
      const progress = new Progress(io.progress ?? io.stderr);
      const read = await progress.during('reading', () =>
        prepareRead(path, () => readSettings({ env: io.env, flags: values, onRequest: progress.count }), { maxFileSize: maxFileSize(values), outside: 'always' }),
      );
      await read.close();
      // The places inside the files' containers that they do not name (a Dreadnode organisation's other workspaces).
      const outside = new Set(read.outside.map((p) => p.key));
      const [named, extra] = [read.live.places.filter((p) => !outside.has(p.place.key)), read.live.places.filter((p) => outside.has(p.place.key))];
      answer = whoAnswer(read.desired, accessOf(read.desired, named, { today, warnDays, extra }), email, { today, live });
    } else {
      const { desired } = await loadDesired(path, undefined, { maxFileSize: maxFileSize(values) });
      answer = whoAnswer(desired, accessOf(desired, undefined, { today, warnDays }), email, { today, live });
    }
    io.stdout.write(values['format'] === 'json' ? renderWhoJson(answer) : renderWhoText(answer));
    return 0;
  } finally {
    interrupt.dispose();
  }
}
