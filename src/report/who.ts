/**
 * `gatehouse who EMAIL`: one user's access, from the files (and the live
 * state when read), as text for people and JSON for scripts. Pure.
 */
import type { DesiredState } from '../model/index.js';
import { placeTitle, printable } from '../render/group.js';
import type { Access, Grant } from './access.js';
import { expiresWords } from '../render/expiring.js';
import { daysBetween } from '../util/calendar-day.js';

export interface WhoAnswer {
  user: string;
  /** The day the expiry marks were reckoned against (YYYY-MM-DD). */
  today: string;
  /** Whether the live state was read (`--live`). */
  live: boolean;
  /** Where the files revoke the user (`revoked:`), if they do. */
  revoked?: { at: string; via?: string };
  /** The user's memberships, in the files' order of places. */
  places: Access[];
}

export function whoAnswer(desired: DesiredState, access: readonly Access[], user: string, options: { today: string; live: boolean }): WhoAnswer {
  const email = user.trim().toLowerCase();
  const answer: WhoAnswer = { user: email, today: options.today, live: options.live, places: access.filter((a) => a.user === email) };
  const revoked = (desired.revoked ?? []).find((r) => r.email === email);
  if (revoked) answer.revoked = { at: `${revoked.source.file}:${revoked.source.line}`, ...(revoked.via === undefined ? {} : { via: revoked.via }) };
  return answer;
}

export function renderWhoJson(answer: WhoAnswer): string {
  return `${JSON.stringify(answer, null, 2)}\n`;
}

/** `until 2027-03-31 (expires in 9 days)`, or `expired 2027-03-31` once it has passed. */
const expiryWords = (until: string, days: number): string => (days < 0 ? `expired ${until}` : `until ${until} (${expiresWords(days)})`);

function grantWords(g: Grant, days: (until: string) => number): string {
  const head = g.impliedBy !== undefined ? `implied by ${g.impliedBy}` : `${g.at}${g.chain ? ` through ${g.chain.join(' → ')}` : ''}`;
  return printable(g.until === undefined ? head : `${head}, ${expiryWords(g.until, days(g.until))}`);
}

function liveWords(a: Access): string {
  if (a.live === undefined) return a.desired ? 'not a member yet (apply adds them)' : '';
  const level = a.live.role ?? 'member';
  const extra = (a.live.marks ?? []).concat(a.live.inactive ? ['inactive'] : []);
  return printable(extra.length > 0 ? `${level} (${extra.join(', ')})` : level);
}

/** What the marks say to someone asking why a user has access. */
function verdict(a: Access): string | undefined {
  if (a.marks.includes('unmanaged')) return a.place.declared ? 'unmanaged: live access nobody declared' : 'unmanaged: a place the files do not name';
  if (a.marks.includes('expired')) return 'expired: plan removes it';
  if (a.marks.includes('revoked')) return 'revoked: plan removes it';
  if (a.marks.includes('pending')) return 'in the file, not live yet';
  if (a.marks.includes('inactive')) return a.desired ? 'in the file, inactive live (apply reactivates)' : 'inactive live, not in the file';
  if (a.marks.includes('level differs')) return `in the file at ${a.desired?.role ?? 'no level'}, live at ${a.live?.role ?? 'no level'} (plan changes it)`;
  if (a.marks.includes('managed')) return 'in the file';
  return undefined;
}

export function renderWhoText(answer: WhoAnswer): string {
  const lines: string[] = [];
  const inFiles = answer.places.filter((a) => a.desired !== undefined).length;
  const unmanaged = answer.places.filter((a) => a.marks.includes('unmanaged')).length;
  const counts = [`${inFiles} ${inFiles === 1 ? 'place' : 'places'} in the files`, ...(answer.live ? [`${unmanaged} unmanaged`] : [])];
  lines.push(`${printable(answer.user)}: ${counts.join(', ')}${answer.live ? '' : ' (the files only; --live also reads the services)'}.`);
  if (answer.revoked) lines.push(`Revoked at ${printable(answer.revoked.at)}${answer.revoked.via ? ` (through ${printable(answer.revoked.via)})` : ''}: plan removes them from every place the files name.`);
  const days = (until: string) => daysBetween(answer.today, until);
  for (const a of answer.places) {
    lines.push('');
    const title = a.place.id === undefined ? printable(`${a.place.provider} ${a.place.kind} "${a.place.name}"`) : placeTitle({ ...a.place, id: a.place.id });
    const said = verdict(a);
    lines.push(said ? `${title}: ${said}` : title);
    if (a.desired) {
      lines.push(`  in the file: ${printable(a.desired.role ?? 'member')}`);
      for (const g of a.desired.grants) lines.push(`    ${grantWords(g, days)}`);
    }
    if (answer.live) lines.push(`  live: ${liveWords(a) || 'not a member'}`);
  }
  if (answer.places.length === 0) lines.push('', answer.live ? 'No place in the files grants them, and they hold none of the places read.' : 'No place in the files grants them.');
  return `${lines.join('\n')}\n`;
}
