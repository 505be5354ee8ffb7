/**
 * Removal from an organisation is not "leaving a team": Asana deprovisions
 * the user and moves their work to the token's owner (oas:66378, API-FACTS
 * "Workspace membership lifecycle"). The plan marks such a removal, and apply
 * refuses it without --allow-deprovision. A workspace that is not an
 * organisation only loses a member.
 */
import { DEPROVISION, type LivePlaceState, type RemoveJudgement } from '../../model/index.js';
import { EMAIL_DOMAINS } from './guests.js';

export function judgeRemove(_want: unknown, live: LivePlaceState): RemoveJudgement {
  // read.ts gives an organisation's email domains, and only an organisation's.
  const isOrganisation = live.place.kind === 'workspace' && live.facts?.[EMAIL_DOMAINS] !== undefined;
  return isOrganisation ? { marks: [DEPROVISION] } : {};
}
