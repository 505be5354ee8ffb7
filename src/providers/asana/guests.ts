/**
 * Guests: in an Asana organisation, a user whose email's domain is not one of
 * its `email_domains` joins as a guest. The plan marks such adds `(guest)`,
 * and a workspace with `allow_guests: false` refuses them at plan time.
 * The planner asks through this provider's plan hooks.
 */
import type { AddJudgement, DesiredMember, DesiredPlaceState, LivePlaceState, PlanHooks } from '../../model/index.js';
import { formatReason } from '../../plan/reasons.js';

/** Where read.ts keeps an organisation's email domains (lower case) in the live place's facts. */
export const EMAIL_DOMAINS = 'emailDomains';
/** Where the section keeps `allow_guests` in the place's settings. */
export const ALLOW_GUESTS = 'allowGuests';

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

function emailDomains(live: LivePlaceState): string[] | undefined {
  const domains = live.facts?.[EMAIL_DOMAINS];
  return Array.isArray(domains) ? (domains as string[]) : undefined;
}

function judgeAdd(want: DesiredPlaceState, live: LivePlaceState, member: DesiredMember): AddJudgement {
  const domains = emailDomains(live);
  if (domains === undefined || domains.includes(domainOf(member.email))) return {};
  if (want.place.settings?.[ALLOW_GUESTS] !== false) return { marks: ['guest'] };
  // Pinned to where the user was written, or to the place when only implied.
  const listed = member.reasons.find((r) => r.kind === 'listed');
  const at = listed?.kind === 'listed' ? listed : want.place.source;
  const why = listed ? '' : ` (${member.reasons.map(formatReason).join(', ')})`;
  const message = `${member.email}${why} would join ${want.place.kind} "${live.place.name}" as a guest (its email domains: ${domains.length ? domains.join(', ') : 'none'}), and allow_guests is false`;
  return { marks: ['guest'], problems: [{ file: at.file, line: at.line, col: at.col, message }] };
}

export const asanaPlanHooks: PlanHooks = { judgeAdd };
