/**
 * Find the Dreadnode workspaces a file names. Each organisation's workspaces
 * are listed once (all organisations at the same time) and matched by slug
 * (`key`). Every problem is collected and thrown at once as a ResolveError:
 * an unknown organisation (one problem per place in it), an unknown
 * workspace slug (with close slugs, or the organisation's workspaces when
 * there are few). Other failures (401, 5xx after retries, …) are not about
 * the file and are thrown as they are.
 */
import { hasStatus, type HttpClient } from '../../http/index.js';
import { ResolveError, type DesiredPlace, type ResolvedPlace, type ResolveProblem } from '../../model/index.js';
import { closeMatches, orList } from '../../text/suggest.js';
import { listWorkspaces, type Workspace } from './api.js';
import { failureLine } from '../failure.js';
import { KIND, placeId } from './places.js';

/** Up to this many workspaces are listed when no slug is close. */
const LIST_AT_MOST = 10;

type OrgListing = { ok: true; workspaces: Workspace[] } | { ok: false; message: string };

/** Each organisation's workspaces as resolve listed them, so that finding the ones a file does not name costs nothing more. */
export type OrgListings = Map<string, Promise<OrgListing>>;

function listingOf(http: HttpClient, org: string, listings: OrgListings): Promise<OrgListing> {
  let listing = listings.get(org);
  if (listing === undefined) listings.set(org, (listing = listOrg(http, org)));
  return listing;
}

export async function resolvePlaces(http: HttpClient, places: readonly DesiredPlace[], listings: OrgListings = new Map()): Promise<ResolvedPlace[]> {
  const problems: ResolveProblem[] = [];
  const wanted: Array<{ place: DesiredPlace; org: string }> = [];
  for (const place of places) {
    if (place.kind !== KIND) {
      problems.push({ place, message: `unknown dreadnode place kind ${JSON.stringify(place.kind)} for ${JSON.stringify(place.ref)}` });
    } else if (place.scope === undefined || place.scope === '') {
      problems.push({ place, message: `dreadnode workspace ${JSON.stringify(place.ref)} has no organisation` });
    } else {
      wanted.push({ place, org: place.scope });
    }
  }

  const orgs = [...new Set(wanted.map((w) => w.org))];
  const listed = new Map(await Promise.all(orgs.map(async (org) => [org, await listingOf(http, org, listings)] as const)));

  const resolved = new Map<string, ResolvedPlace>();
  for (const { place, org } of wanted) {
    const listing = listed.get(org);
    if (listing === undefined) continue;
    if (!listing.ok) {
      problems.push({ place, message: listing.message });
      continue;
    }
    const found = listing.workspaces.find((w) => w.key === place.ref);
    if (found) resolved.set(place.key, { ...place, id: placeId(org, found.key), name: nameOf(found) });
    else problems.push({ place, message: notFound(place.ref, org, listing.workspaces) });
  }

  if (problems.length > 0) {
    const order = new Map(places.map((p, i) => [p.key, i]));
    problems.sort((a, b) => (order.get(a.place.key) ?? 0) - (order.get(b.place.key) ?? 0));
    throw new ResolveError(problems);
  }
  return places.flatMap((p) => resolved.get(p.key) ?? []);
}

/**
 * The workspaces of the named places' organisations that the file does not
 * name, as places of their own (key and source as the section would write
 * them, source at the organisation's first named workspace).
 */
export async function outsidePlaces(http: HttpClient, named: readonly ResolvedPlace[], listings: OrgListings): Promise<ResolvedPlace[]> {
  const byOrg = new Map<string, ResolvedPlace[]>();
  for (const place of named) if (place.scope !== undefined) byOrg.set(place.scope, [...(byOrg.get(place.scope) ?? []), place]);
  const out: ResolvedPlace[] = [];
  for (const [org, places] of byOrg) {
    const listing = await listingOf(http, org, listings);
    if (!listing.ok) throw new Error(listing.message);
    const taken = new Set(places.map((p) => p.ref));
    for (const w of listing.workspaces) {
      if (taken.has(w.key)) continue;
      const { provider, stage, source, key } = places[0]!;
      const orgKey = key.slice(0, key.indexOf('/workspace:'));
      out.push({ key: `${orgKey}/workspace:${w.key}`, provider, kind: KIND, ref: w.key, scope: org, stage, source, outside: true, id: placeId(org, w.key), name: nameOf(w) });
    }
  }
  return out;
}

/** The organisation's workspaces, or the problem that names the organisation. */
async function listOrg(http: HttpClient, org: string): Promise<OrgListing> {
  try {
    return { ok: true, workspaces: await listWorkspaces(http, org) };
  } catch (err) {
    if (hasStatus(err, 404)) return { ok: false, message: orgNotFound(org) };
    // Inferred: 403 means the token may not see this organisation: a problem with the file's place, not the run.
    if (hasStatus(err, 403)) {
      return { ok: false, message: failureLine(http, err, `cannot list the workspaces of dreadnode organisation ${JSON.stringify(org)}`) };
    }
    throw new Error(failureLine(http, err, `cannot list the workspaces of dreadnode organisation ${JSON.stringify(org)}`), { cause: err });
  }
}

/**
 * Inferred: a 404 on an organisation's workspace list means no organisation
 * with this slug (for this token). Resolve and export's discovery both say so.
 */
export function orgNotFound(org: string): string {
  return `dreadnode organisation ${JSON.stringify(org)} not found (or this token cannot see it)`;
}

function notFound(ref: string, org: string, workspaces: readonly Workspace[]): string {
  const head = `dreadnode workspace ${JSON.stringify(ref)} not found in organisation ${JSON.stringify(org)}`;
  const slugs = workspaces.map((w) => w.key);
  // A workspace's display name written where its slug belongs.
  const byName = workspaces.filter((w) => nameOf(w) === ref || nameOf(w).toLowerCase() === ref.toLowerCase());
  if (byName.length > 0) {
    return `${head}; ${JSON.stringify(ref)} is the name of ${orList(byName.map((w) => w.key))}: write the slug instead`;
  }
  const close = closeMatches(ref, slugs);
  if (close.length > 0) return `${head}; did you mean ${orList(close)}?`;
  if (slugs.length === 0) return `${head}; this token sees no workspaces there`;
  if (slugs.length <= LIST_AT_MOST) return `${head}; its workspaces: ${[...slugs].sort().map((s) => JSON.stringify(s)).join(', ')}`;
  return `${head}; none of its ${slugs.length} workspaces has a close slug`;
}

function nameOf(w: Workspace): string {
  return typeof w.name === 'string' && w.name.trim() !== '' ? w.name : w.key;
}
