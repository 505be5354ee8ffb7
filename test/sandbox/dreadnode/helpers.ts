/** Fixtures for the Dreadnode side of the sandbox: hand-built Dreadnode places and a tiny HTTP client. */
import type { DesiredPlaceState, DesiredState } from '../../../src/model/index.js';
import type { RunningSandbox } from '../../support/sandbox.js';
import type { SandboxCore } from '../../../src/config/schema-types.js';
import type { DreadnodeSeed } from '../../../src/providers/dreadnode/section-types.js';
import { acmeDesired } from '../helpers.js';

type SandboxSection = SandboxCore & DreadnodeSeed;

type Role = 'owner' | 'contributor' | 'reader';

/** A Dreadnode workspace place as the loader makes it: scope = org slug, ref = workspace slug, members with roles. */
export function dnPlace(org: string, workspace: string, roles: Partial<Record<Role, string[]>>): DesiredPlaceState {
  const members = (Object.entries(roles) as [Role, string[]][])
    .flatMap(([role, emails]) => emails.map((email) => ({ email, role })))
    .sort((a, b) => (a.email < b.email ? -1 : 1))
    .map(({ email, role }) => ({ email, role, reasons: [{ kind: 'listed' as const, file: 'test.yaml', line: 1, col: 1 }] }));
  return {
    place: {
      key: `dreadnode/org:${org}/workspace:${workspace}`,
      provider: 'dreadnode',
      kind: 'workspace',
      ref: workspace,
      scope: org,
      stage: 0,
      source: { file: 'test.yaml', line: 1, col: 1 },
    },
    members,
  };
}

/**
 * The Asana Acme fixture (alice, bob, carol, dan) plus Dreadnode org `acme`:
 * workspace `main` (alice owner, bob contributor, carol reader) and
 * `research` (dan owner, frank reader: frank is only on Dreadnode).
 */
export function dreadnodeDesired(): DesiredState {
  const asana = acmeDesired();
  return {
    files: asana.files,
    places: [
      ...asana.places,
      dnPlace('acme', 'main', { owner: ['alice@acme.com'], contributor: ['bob@acme.com'], reader: ['carol@acme.com'] }),
      dnPlace('acme', 'research', { owner: ['dan@acme.com'], reader: ['frank@acme.com'] }),
    ],
  };
}

/** erin exists with no permission anywhere; `acme/empty` and org `globex` exist with nobody in them. */
export function dreadnodeSection(): SandboxSection {
  return {
    users: [{ email: 'erin@acme.com', name: 'Erin Example' }],
    dreadnode: {
      organizations: [
        { org: 'acme', workspaces: [{ workspace: 'empty', name: 'Empty Room' }, { workspace: 'research', name: 'Research Lab' }] },
        { org: 'globex', workspaces: [{ workspace: 'lab' }] },
      ],
    },
  };
}

export interface DnAnswer {
  status: number;
  headers: Headers;
  text: string;
  body: any;
}

export interface DnRequest {
  body?: unknown;
  /** null: no Authorization header. */
  token?: string | null;
  contentType?: string | null;
}

/** One request to the sandbox's Dreadnode API (path below /api/v1). */
export async function dn(sb: RunningSandbox, method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, req: DnRequest = {}): Promise<DnAnswer> {
  const headers: Record<string, string> = {};
  const token = req.token === undefined ? sb.connection('dreadnode').token : req.token;
  if (token !== null) headers['authorization'] = `Bearer ${token}`;
  const contentType = req.contentType === undefined ? (req.body !== undefined ? 'application/json' : null) : req.contentType;
  if (contentType !== null) headers['content-type'] = contentType;
  const res = await fetch(`${sb.connection('dreadnode').baseUrl}/api/v1${path}`, {
    method,
    headers,
    ...(req.body !== undefined ? { body: typeof req.body === 'string' ? req.body : JSON.stringify(req.body) } : {}),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, body: text.length > 0 ? JSON.parse(text) : undefined };
}

/** Asserts Dreadnode's error envelope with this code and returns it. */
export function dnError(a: DnAnswer, code: number): { code: number; detail: string; type: string; errors: any[] | null } {
  const b = a.body;
  if (a.status !== code) throw new Error(`expected ${code}, got ${a.status}: ${a.text}`);
  if (b === null || typeof b !== 'object' || Array.isArray(b)) throw new Error(`not an error envelope: ${a.text}`);
  const keys = Object.keys(b).sort().join(',');
  if (keys !== 'code,detail,errors,type') throw new Error(`envelope keys are ${keys}: ${a.text}`);
  if (b.code !== code || typeof b.detail !== 'string' || typeof b.type !== 'string') throw new Error(`bad envelope: ${a.text}`);
  if (b.errors !== null && !Array.isArray(b.errors)) throw new Error(`errors is neither null nor a list: ${a.text}`);
  return b;
}

/** The permissions of a workspace as `email → permission`, read over HTTP. */
export async function permissions(sb: RunningSandbox, org: string, ws: string): Promise<Record<string, string>> {
  const a = await dn(sb, 'GET', `/org/${org}/ws/${ws}/users`);
  if (a.status !== 200) throw new Error(`GET users: ${a.status} ${a.text}`);
  return Object.fromEntries((a.body as { user_email: string; permission: string }[]).map((p) => [p.user_email, p.permission]));
}

export const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
export const ISO_INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/;
