/**
 * Guests: in an Asana organisation, a user whose email's domain is not one of
 * its `email_domains` joins as a guest. The plan marks such adds, and a place
 * with `allow_guests: false` refuses them at plan time.
 */
import type { DesiredMember, DesiredPlace, FileProblem, LivePlaceState } from '../model/index.js';
import { formatReason } from './reasons.js';

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1);
}

/** True when adding `email` here makes them a guest. */
export function joinsAsGuest(live: LivePlaceState, email: string): boolean {
  return live.memberDomains !== undefined && !live.memberDomains.includes(domainOf(email));
}

/** An add that `allow_guests: false` forbids, pinned to where the user was written. */
export function guestProblem(place: DesiredPlace, live: LivePlaceState, member: DesiredMember): FileProblem {
  const listed = member.reasons.find((r) => r.kind === 'listed');
  const at = listed?.kind === 'listed' ? listed : place.source;
  const why = listed ? '' : ` (${member.reasons.map(formatReason).join(', ')})`;
  const domains = live.memberDomains?.length ? live.memberDomains.join(', ') : 'none';
  return {
    file: at.file,
    line: at.line,
    col: at.col,
    message: `${member.email}${why} would join ${place.kind} "${live.place.name}" as a guest (its email domains: ${domains}), and allow_guests is false`,
  };
}
