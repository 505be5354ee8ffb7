import type { Reason } from '../model/index.js';

/** Where a listed reason was written: `teams/platform.yaml:12`, with the group it came through. */
function written(reason: Reason & { kind: 'listed' }): string {
  const at = `${reason.file}:${reason.line}`;
  return reason.via ? `${at} (${reason.via})` : at;
}

/** One reason as a person reads it next to a change: `teams/platform.yaml:12`, `implied by team Platform`, with its end day. */
export function formatReason(reason: Reason): string {
  const base = reason.kind === 'implied' ? `implied by ${reason.by}` : written(reason);
  return reason.until === undefined ? base : `${base}, until ${reason.until}`;
}

/** `expired 2027-03-31 (teams/platform.yaml:12)`: the reason for removing a grant that ended. */
export function expiredReason(reason: Reason & { kind: 'listed'; until: string }): string {
  return `expired ${reason.until} (${written(reason)})`;
}
