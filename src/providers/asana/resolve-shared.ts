/**
 * Portfolios and goals, found among their workspace's lists. Portfolios are
 * the hard case: with a personal access token Asana lists only those the
 * token's own user owns (oas:24603), so one missing from the list may still
 * exist. A gid is then read directly; a name cannot be, and the message says
 * how to get past that.
 */
import type { DesiredPlace, ResolvedPlace } from '../../model/index.js';
import type { SharedRecord } from './api.js';
import { isGid, matchRef, nameOf, type Match } from './match-ref.js';
import type { Lists } from './resolve-lists.js';
import { closeMatches, orList } from '../../text/suggest.js';

export const PORTFOLIO_HINT =
  "portfolios are listed only for their owner with a personal access token: write the portfolio's gid, or use a service account token";

/** The portfolio or goal `place` names in `workspace`. */
export async function findShared(lists: Lists, place: DesiredPlace, workspace: ResolvedPlace): Promise<Match> {
  const where = ` in workspace ${JSON.stringify(workspace.name)}`;
  if (place.kind === 'goal') return matchRef('goal', place.ref, await lists.goals(workspace.id), where);
  const listed = await lists.portfolios(workspace.id);
  const m = matchRef('portfolio', place.ref, listed, where);
  // Found, or a name the list holds more than once: the list has said all there is.
  if (m.ok || listed.some((p) => nameOf(p) === place.ref)) return m;
  if (isGid(place.ref)) return portfolioByGid(lists, place.ref, workspace.id, where);
  const close = closeMatches(place.ref, listed.map(nameOf).filter((n) => n !== ''));
  const suggestion = close.length > 0 ? `; did you mean ${orList(close)}? If not: ` : '; ';
  return { ok: false, message: `portfolio ${JSON.stringify(place.ref)} not found${where}${suggestion}${PORTFOLIO_HINT}` };
}

async function portfolioByGid(lists: Lists, gid: string, workspace: string, where: string): Promise<Match> {
  const found: SharedRecord | undefined = await lists.portfolio(gid);
  if (found === undefined) return { ok: false, message: `portfolio with gid ${gid} not found${where}` };
  const home = found.workspace?.gid;
  if (typeof home === 'string' && home !== workspace) {
    return { ok: false, message: `portfolio ${gid} (${JSON.stringify(nameOf(found))}) is not${where}: it belongs to workspace ${home}` };
  }
  return { ok: true, found };
}
