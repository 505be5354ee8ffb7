import type { Reason } from '../model/index.js';

/** One reason as a person reads it next to a change: `teams/platform.yaml:12` or `implied by team Platform`. */
export function formatReason(reason: Reason): string {
  if (reason.kind === 'implied') return `implied by ${reason.by}`;
  const at = `${reason.file}:${reason.line}`;
  return reason.via ? `${at} (${reason.via})` : at;
}
