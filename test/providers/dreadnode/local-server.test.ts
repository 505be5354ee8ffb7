/**
 * What the sandbox does not produce: a 426 (Upgrade Required) answer, a
 * workspace list that says how many pages there are without `has_next`, and
 * answers of the wrong shape or a list that never ends. A tiny node:http
 * server stands in for the API for just these.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { placeRef, type Change, type DesiredPlace, type ResolvedPlace } from '../../../src/model/index.js';
import { createDreadnodeProvider, type DreadnodeProvider } from '../../../src/providers/dreadnode/index.js';
import { json, startServer, type Handler, type TestServer } from '../../http/helpers.js';

const TOKEN = 'dn-9c1e5b7f-local-test-token';
const source = { file: 'gatehouse.yaml', line: 1, col: 1 };

function ws(org: string, slug: string): DesiredPlace {
  return { key: `dreadnode/org:${org}/workspace:${slug}`, provider: 'dreadnode', kind: 'workspace', ref: slug, scope: org, stage: 0, source };
}
const redTeamPlace: ResolvedPlace = { ...ws('acme', 'red-team'), id: 'acme/red-team', name: 'Red Team' };

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((x) => x.close()));
});

async function setup(handler: Handler): Promise<{ server: TestServer; provider: DreadnodeProvider }> {
  const server = await startServer(handler);
  opened.push(server);
  const provider = createDreadnodeProvider({ baseUrl: new URL(server.url).origin, token: TOKEN, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
  opened.push(provider);
  return { server, provider };
}

const upgrade: Handler = (_req, res) =>
  json(res, 426, { code: 426, detail: 'Please upgrade your client', type: 'upgrade_required', errors: null });

const UPGRADE_LINE = '426 Upgrade Required: Please upgrade your client; the Dreadnode API wants a newer client than this Gatehouse: upgrade Gatehouse';

describe('426 Upgrade Required (local server: the sandbox does not answer 426)', () => {
  it('resolve stops with a line that says the API wants a newer client', async () => {
    const { server, provider } = await setup(upgrade);
    const err = await provider.resolve([ws('acme', 'red-team')]).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(err?.message).toBe(`cannot list the workspaces of dreadnode organisation "acme": GET /api/v1/org/acme/ws: ${UPGRADE_LINE}`);
    // Not retried: 426 will not change by asking again.
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('read throws the same line, prefixed with the workspace', async () => {
    const { provider } = await setup(upgrade);
    await expect(provider.read([redTeamPlace])).rejects.toThrow(
      `cannot read the members of dreadnode workspace acme/red-team: GET /api/v1/org/acme/ws/red-team/users: ${UPGRADE_LINE}`,
    );
  });

  it('apply returns a failed outcome with the line, never the token', async () => {
    const { provider } = await setup(upgrade);
    const change: Change = { provider: 'dreadnode', action: 'add', place: placeRef(redTeamPlace), user: 'bob@acme.com', role: 'reader', reasons: [] };
    const out = await provider.apply([change]);
    expect(out).toEqual([
      {
        change,
        ok: false,
        error: `POST /api/v1/org/acme/ws/red-team/users: ${UPGRADE_LINE}`,
      },
    ]);
    expect(JSON.stringify(out)).not.toContain(TOKEN);
  });
});

describe('workspace pages', () => {
  it('follows total_pages when has_next is absent, and sends page and page_size', async () => {
    const pages: Record<string, string[]> = { '1': ['alpha', 'bravo'], '2': ['charlie'], '3': ['red-team'] };
    const { server, provider } = await setup((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const page = url.searchParams.get('page') ?? '';
      const keys = pages[page] ?? [];
      json(res, 200, { workspaces: keys.map((key) => ({ id: `id-${key}`, key, name: key.toUpperCase() })), page: Number(page), total_pages: 3 });
    });
    const resolved = await provider.resolve([ws('acme', 'red-team')]);
    expect(resolved).toEqual([{ ...ws('acme', 'red-team'), id: 'acme/red-team', name: 'RED-TEAM' }]);
    expect(server.seen.map((r) => r.url)).toEqual([
      '/api/v1/org/acme/ws?page=1&page_size=100',
      '/api/v1/org/acme/ws?page=2&page_size=100',
      '/api/v1/org/acme/ws?page=3&page_size=100',
    ]);
  });

  it('stops at total_pages even when has_next keeps saying true, and at an empty page', async () => {
    const { server, provider } = await setup((req, res) => {
      const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page'));
      const keys = page <= 2 ? [`w${page}`] : page === 3 ? [] : ['never'];
      json(res, 200, { workspaces: keys.map((key) => ({ key })), page, has_next: true, total_pages: 2 });
    });
    await expect(provider.resolve([ws('acme', 'w2')])).resolves.toHaveLength(1);
    expect(server.seen).toHaveLength(2);
    const { server: again, provider: p2 } = await setup((req, res) => {
      const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page'));
      json(res, 200, { workspaces: page <= 2 ? [{ key: `w${page}` }] : [], page, has_next: true });
    });
    await expect(p2.resolve([ws('acme', 'w2')])).resolves.toHaveLength(1);
    expect(again.seen).toHaveLength(3);
  });

  it('refuses a page other than the one asked for, instead of walking forever', async () => {
    const { server, provider } = await setup((_req, res) => json(res, 200, { workspaces: [{ key: 'w1' }], page: 1, has_next: true }));
    await expect(provider.resolve([ws('acme', 'w1')])).rejects.toThrow(/asked for page 2, got page 1/);
    expect(server.seen).toHaveLength(2);
  });
});

describe('answers of the wrong shape fail, never read as empty', () => {
  it('a users list whose entries lack user_id, user_email or permission fails the read', async () => {
    for (const entry of [{ user: { id: 'u1', email: 'alice@acme.com' }, permission: 'owner' }, { user_id: 'u1', permission: 'owner' }, { user_id: 'u1', user_email: 'a@acme.com' }]) {
      const { provider } = await setup((_req, res) => json(res, 200, [entry]));
      await expect(provider.read([redTeamPlace])).rejects.toThrow(/entry 1 is not a permission/);
    }
  });

  it('a workspace page without a workspaces list, or with an entry without a key, fails resolve', async () => {
    for (const body of [{ items: [{ key: 'red-team' }] }, { workspaces: [{ slug: 'red-team' }] }, []]) {
      const { provider } = await setup((_req, res) => json(res, 200, body));
      await expect(provider.resolve([ws('acme', 'red-team')])).rejects.toThrow(/GET \/api\/v1\/org\/acme\/ws: /);
    }
  });
});
