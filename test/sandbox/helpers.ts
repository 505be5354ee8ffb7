/** Fixtures for the sandbox tests: a DesiredState written by hand and a tiny HTTP client. */
import { Agent, request } from 'undici';
import { expect } from 'vitest';
import type { DesiredPlaceState, DesiredState } from '../../src/model/index.js';
import type { RunningSandbox } from '../support/sandbox.js';

/**
 * A place of the DesiredState. `members` are emails (or `team:NAME`); one
 * written `email=level` also carries that access level (`role`).
 */
export function place(
  kind: 'workspace' | 'team' | 'project' | 'portfolio' | 'goal',
  key: string,
  ref: string,
  members: string[],
  parentKey?: string,
): DesiredPlaceState {
  const stage = kind === 'workspace' ? 0 : kind === 'team' ? 1 : 2;
  const member = (written: string) => {
    const [email = written, role] = written.split('=');
    return { email, ...(role !== undefined ? { role } : {}), reasons: [{ kind: 'listed' as const, file: 'test.yaml', line: 1, col: 1 }] };
  };
  return {
    place: {
      key,
      provider: 'asana',
      kind,
      ref,
      stage,
      source: { file: 'test.yaml', line: 1, col: 1 },
      ...(parentKey !== undefined ? { parentKey } : {}),
    },
    members: [...members].sort().map(member),
  };
}

const WS = 'asana/workspace:Acme Corp';
const TEAM = `${WS}/team:Platform`;

/**
 * Acme Corp (an organisation): alice, bob direct; carol, dan through team
 * Platform; project Roadmap 2027 (Platform) with carol; project Website
 * (workspace level) with bob. Workspace members include the implied ones.
 */
export function acmeDesired(): DesiredState {
  return {
    files: ['test.yaml'],
    places: [
      place('workspace', WS, 'Acme Corp', ['alice@acme.com', 'bob@acme.com', 'carol@acme.com', 'dan@acme.com']),
      place('team', TEAM, 'Platform', ['carol@acme.com', 'dan@acme.com'], WS),
      place('project', `${TEAM}/project:Roadmap 2027`, 'Roadmap 2027', ['carol@acme.com'], TEAM),
      place('project', `${WS}/project:Website`, 'Website', ['bob@acme.com'], WS),
    ],
  };
}

/** The service account's token in sharedSection. */
export const SERVICE_TOKEN = 'sa-token';

/** Acme with portfolio Q1 Bets (alice admin, team Platform) and goal Grow (bob), both from the file. */
export function sharedDesired(): DesiredState {
  const acme = acmeDesired();
  return {
    ...acme,
    places: [
      ...acme.places,
      place('portfolio', `${WS}/portfolio:Q1 Bets`, 'Q1 Bets', ['alice@acme.com=admin', 'team:Platform'], WS),
      place('goal', `${WS}/goal:Grow`, 'Grow', ['bob@acme.com'], WS),
    ],
  };
}

/**
 * Its sandbox section: the service account; erin (in no workspace); extra
 * portfolios Board (owned by boss) and Ops (gid 4242, editor by default),
 * goal Hire (viewer by default), team Design; workspace Side (not an
 * organisation) with a portfolio, a goal and team Elsewhere.
 */
export const sharedSection = (): Record<string, unknown> => ({
  service_account_token: SERVICE_TOKEN,
  users: [{ email: 'erin@acme.com' }],
  workspaces: [
    {
      workspace: 'Acme Corp',
      email_domains: ['acme.com'],
      teams: [{ name: 'Design' }],
      portfolios: [{ name: 'Board', owner: 'boss@acme.com' }, { name: 'Ops', gid: '4242', default_access_level: 'editor' }],
      goals: [{ name: 'Hire', default_access_level: 'viewer' }],
    },
    { workspace: 'Side', is_organization: false, teams: [{ name: 'Elsewhere' }], portfolios: [{ name: 'Side P' }], goals: [{ name: 'Side G' }] },
  ],
});

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

/** One request to the sandbox's Asana API (path below /api/1.0). */
export async function api(
  sb: RunningSandbox,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  path: string,
  body?: unknown,
  token: string | null = sb.connection('asana').token,
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${sb.connection('asana').baseUrl}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text.length > 0 ? JSON.parse(text) : undefined };
}

/** Walks a paginated list with the given limit, following next_page.offset; returns every page. */
export async function walk(sb: RunningSandbox, path: string, limit: number, token?: string): Promise<Answer[]> {
  const pages: Answer[] = [];
  const sep = path.includes('?') ? '&' : '?';
  let next = `${path}${sep}limit=${limit}`;
  for (let i = 0; i < 10_000; i++) {
    const page = await api(sb, 'GET', next, undefined, token);
    pages.push(page);
    if (page.status !== 200 || page.body.next_page === null) return pages;
    next = page.body.next_page.path;
  }
  throw new Error('pagination did not end');
}

/** Asserts the Asana error envelope (oas ErrorResponse 3612) and returns the first message. */
export function errorMessage(a: Answer): string {
  const errors = a.body?.errors;
  if (!Array.isArray(errors) || errors.length === 0) throw new Error(`not an error envelope: ${JSON.stringify(a.body)}`);
  const first = errors[0];
  if (typeof first.message !== 'string' || typeof first.help !== 'string') {
    throw new Error(`error without message/help: ${JSON.stringify(first)}`);
  }
  return first.message;
}

/**
 * The default answer for one project: ProjectResponse (oas:5756 =
 * ProjectBase oas:5014 + ProjectCompact oas:5302) without its opt-in fields.
 * Fields the sandbox has no data for are checked for type, not value.
 */
export function fullProject(gid: string, name: string, ...members: [string, string][]): Record<string, unknown> {
  const nullableString = expect.toSatisfy((v: unknown) => v === null || typeof v === 'string');
  return {
    gid,
    resource_type: 'project',
    name,
    archived: false,
    color: nullableString,
    icon: nullableString,
    created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    modified_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    current_status: null,
    current_status_update: null,
    custom_field_settings: [],
    custom_fields: [],
    default_view: expect.stringMatching(/^(list|board|calendar|timeline)$/),
    due_date: null,
    due_on: null,
    start_on: null,
    notes: expect.any(String),
    public: expect.any(Boolean),
    privacy_setting: expect.stringMatching(/^(public_to_workspace|private_to_team|private)$/),
    default_access_level: expect.stringMatching(/^(admin|editor|commenter|viewer)$/),
    minimum_access_level_for_customization: expect.stringMatching(/^(admin|editor)$/),
    minimum_access_level_for_sharing: expect.stringMatching(/^(admin|editor)$/),
    completed: false,
    completed_at: null,
    completed_by: null,
    followers: expect.any(Array),
    owner: expect.toSatisfy((v: unknown) => v === null || typeof v === 'object'),
    permalink_url: expect.stringMatching(/^https:\/\//),
    members: members.map(([g, n]) => ({ gid: g, resource_type: 'user', name: n })),
    team: expect.toSatisfy((v: unknown) => v === null || (typeof v === 'object' && (v as { resource_type?: unknown }).resource_type === 'team')),
    workspace: expect.objectContaining({ resource_type: 'workspace' }),
  };
}

/**
 * One request on a fresh connection to `url` (a whole URL), with the right
 * token for its API; 'reset' when the connection drops without an answer.
 */
export async function outcome(sb: RunningSandbox, method: string, url: string, body?: unknown): Promise<number | 'reset'> {
  const dispatcher = new Agent({ connections: 1 });
  const token = url.startsWith(sb.connection('asana').baseUrl) ? sb.connection('asana').token : sb.connection('dreadnode').token;
  try {
    const res = await request(url, {
      method,
      dispatcher,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    await res.body.text();
    return res.statusCode;
  } catch {
    return 'reset';
  } finally {
    await dispatcher.close().catch(() => undefined);
  }
}
