/**
 * What the action adds to a run's log beyond the CLI's own output: long
 * sections folded into groups (`::group::`), and warning annotations for
 * what a reviewer should look at twice: users who join as guests, and live
 * members the files leave alone. Every message is a workflow command made
 * by workflowCommand (escaped), and every name in it is inert (inertText):
 * no name, e-mail or file name can end a group or start a command.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { inertText, repositoryPath, workflowCommand } from '../cli/annotations.js';
import type { Change, Plan } from '../model/index.js';
import { placeTitle } from '../render/group.js';

/**
 * GitHub shows at most 10 warning annotations per step (the log keeps every
 * line): at most this many of each kind, the last one saying how many more.
 */
export const WARNINGS_PER_KIND = 5;
/** Names listed in one annotation; the rest are counted. */
const NAMES_PER_WARNING = 20;
/** The mark a provider puts on an add that makes the user a guest (see src/providers/asana/guests.ts). */
const GUEST = 'guest';
/** A group's title is one line of the log; a longer first line is cut. */
const TITLE_CHARS = 200;

const number = (n: number) => n.toLocaleString('en-US');

/** `text` folded under `title` in the log (the title stays visible while the group is closed). */
export function group(title: string, text: string): string {
  const clipped = title.length <= TITLE_CHARS ? title : `${title.slice(0, TITLE_CHARS - 1)}…`;
  return `${workflowCommand('group', {}, inertText(clipped))}\n${text}${text.endsWith('\n') || text === '' ? '' : '\n'}::endgroup::\n`;
}

function names(users: readonly string[]): string {
  const shown = users.slice(0, NAMES_PER_WARNING).map(inertText).join(', ');
  return users.length > NAMES_PER_WARNING ? `${shown} and ${number(users.length - NAMES_PER_WARNING)} more` : shown;
}

/**
 * Where the file lists the user, from the change's reasons (`access/a.yaml:10`
 * or `access/a.yaml:10 (group:platform)`; `implied by …` has none), when that
 * file is there to point at.
 */
function listedAt(change: Change, cwd: string): { file: string; line: number } | undefined {
  for (const reason of change.reasons) {
    if (reason.startsWith('implied by ')) continue;
    const m = /^(.+):(\d+)(?: \(.*\))?$/.exec(reason);
    if (m && existsSync(resolve(cwd, m[1]!))) return { file: m[1]!, line: Number(m[2]) };
  }
  return undefined;
}

/** At most WARNINGS_PER_KIND items: all of them, or one fewer and a line for the rest. */
function upTo<T>(items: readonly T[]): { shown: readonly T[]; rest: readonly T[] } {
  if (items.length <= WARNINGS_PER_KIND) return { shown: items, rest: [] };
  return { shown: items.slice(0, WARNINGS_PER_KIND - 1), rest: items.slice(WARNINGS_PER_KIND - 1) };
}

export interface WarningOptions {
  /** Name unmanaged members (the action's verbose input); otherwise only count them. */
  verbose: boolean;
  env: NodeJS.ProcessEnv;
  cwd?: string;
}

/**
 * `::warning` lines for the plan: one per user who joins a place as a guest,
 * on the line of the file that lists them; one per place with live members
 * the file does not list (left alone; named only when verbose).
 */
export function planWarnings(plan: Plan, options: WarningOptions): string[] {
  const cwd = options.cwd ?? process.cwd();
  const lines: string[] = [];

  const guests = upTo(plan.changes.filter((c) => c.action === 'add' && c.marks?.includes(GUEST)));
  for (const change of guests.shown) {
    const at = listedAt(change, cwd);
    lines.push(
      workflowCommand(
        'warning',
        { file: at && repositoryPath(at.file, options.env, cwd), line: at?.line, title: 'Gatehouse: guest' },
        `${inertText(change.user)} joins ${inertText(placeTitle(change.place))} as a guest, from outside the organisation.`,
      ),
    );
  }
  if (guests.rest.length > 0) {
    lines.push(
      workflowCommand('warning', { title: 'Gatehouse: guests' }, `${number(guests.rest.length)} more users join as guests: ${names(guests.rest.map((c) => c.user))}. The plan marks each (guest).`),
    );
  }

  const unmanaged = upTo(plan.places.filter((p) => p.unmanaged.length > 0));
  const them = options.verbose ? '' : ' (verbose: true names them)';
  for (const place of unmanaged.shown) {
    const n = place.unmanaged.length;
    const who = options.verbose ? `: ${names(place.unmanaged)}` : '';
    lines.push(
      workflowCommand(
        'warning',
        { title: 'Gatehouse: unmanaged members' },
        `${inertText(placeTitle(place.place))}: ${number(n)} live ${n === 1 ? 'member is' : 'members are'} not in the file and left alone${who}${them}.`,
      ),
    );
  }
  if (unmanaged.rest.length > 0) {
    const n = unmanaged.rest.reduce((sum, p) => sum + p.unmanaged.length, 0);
    lines.push(
      workflowCommand(
        'warning',
        { title: 'Gatehouse: unmanaged members' },
        `${number(unmanaged.rest.length)} more places have ${number(n)} live ${n === 1 ? 'member' : 'members'} not in the file, left alone${them}.`,
      ),
    );
  }
  return lines;
}
