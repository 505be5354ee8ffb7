/**
 * Pagination (oas:1050 limit 1..100, oas:1063 offset token, NextPage oas:4464:
 * "only present when a limit query parameter is provided", null on the last
 * page) and the 2000-user cap of the unpaginated user lists (oas:63159, oas:63407).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DesiredState } from '../../../src/model/index.js';
import { asanaWorld, buildWorld, type RunningSandbox, startSandbox } from '../../support/sandbox.js';
import { api, errorMessage, place, walk } from '../helpers.js';

const BIG = 2100;
const W = 'asana/workspace:Big';
const emails = Array.from({ length: BIG }, (_, i) => `user${String(i).padStart(4, '0')}@big.io`);

let sb: RunningSandbox;
let wsGid: string;
let teamGid: string;

beforeAll(async () => {
  const desired: DesiredState = {
    files: [],
    places: [place('workspace', W, 'Big', emails), place('team', `${W}/team:Small`, 'Small', emails.slice(0, 7), W)],
  };
  sb = await startSandbox(buildWorld(desired, { users: [{ email: 'aaron@big.io', name: 'Aaron' }] }));
  wsGid = [...asanaWorld(sb.world).workspaces.keys()][0]!;
  teamGid = [...asanaWorld(sb.world).teams.keys()][0]!;
});
afterAll(async () => {
  await sb.close();
});

describe('pagination', () => {
  it('limit=1 walks every team membership exactly once, then next_page is null', async () => {
    const pages = await walk(sb, `/teams/${teamGid}/team_memberships?opt_fields=user`, 1);
    expect(pages.every((p) => p.status === 200 && p.body.data.length <= 1)).toBe(true);
    const users = pages.flatMap((p) => p.body.data.map((m: { user: { gid: string } }) => m.user.gid));
    expect(users).toHaveLength(8); // 7 members and me
    expect(new Set(users).size).toBe(8);
    expect(pages.at(-1)!.body.next_page).toBeNull();
  });

  it('limit=100 walks the whole 2101-user directory once, in gid order', async () => {
    const pages = await walk(sb, `/users?workspace=${wsGid}&opt_fields=email`, 100);
    expect(pages).toHaveLength(22);
    const gids = pages.flatMap((p) => p.body.data.map((u: { gid: string }) => u.gid));
    expect(gids).toHaveLength(BIG + 1);
    expect(new Set(gids).size).toBe(BIG + 1);
    expect(gids).toEqual([...gids].sort());
  });

  it('next_page carries offset, a relative path and a full uri that both fetch the next page (NextPage oas:4464)', async () => {
    const first = await api(sb, 'GET', `/users?workspace=${wsGid}&limit=2&opt_fields=email`);
    const next = first.body.next_page;
    expect(next).toEqual({ offset: expect.any(String), path: expect.stringMatching(/^\/users\?/), uri: `${sb.connection('asana').baseUrl}${next.path}` });
    expect(next.path).toContain('limit=2');
    expect(next.path).toContain(`offset=${encodeURIComponent(next.offset)}`);
    const viaUri = await fetch(next.uri, { headers: { authorization: `Bearer ${sb.connection('asana').token}` } });
    const second = (await viaUri.json()) as { data: { gid: string; email: string }[] };
    expect(second.data).toHaveLength(2);
    expect(second.data[0]!.email).toBeDefined();
    expect(second.data[0]!.gid > first.body.data[1].gid).toBe(true);
  });

  it('leaves next_page out when no limit was sent', async () => {
    const a = await api(sb, 'GET', '/workspaces');
    expect(a.status).toBe(200);
    expect('next_page' in a.body).toBe(false);
    const b = await api(sb, 'GET', '/workspaces?limit=5');
    expect(b.body.next_page).toBeNull();
  });

  it('refuses a limit outside 1..100 or not a number with 400', async () => {
    for (const limit of ['0', '101', '-1', 'abc', '1.5', '']) {
      const a = await api(sb, 'GET', `/workspaces/${wsGid}/teams?limit=${limit}`);
      expect(a.status, `limit=${limit}`).toBe(400);
      errorMessage(a); // the Asana envelope; the wording is the sandbox's own
    }
  });

  it('refuses an offset that this server did not hand out, or one made for another list, with 400', async () => {
    const forged = await api(sb, 'GET', `/users?workspace=${wsGid}&limit=5&offset=eyJ0eXAiOJiKV1iQLCJhbGciOiJIUzI1NiJ9`);
    expect(forged.status).toBe(400);
    errorMessage(forged); // the Asana envelope; the wording is the sandbox's own
    const page = await api(sb, 'GET', `/users?workspace=${wsGid}&limit=5`);
    const offset = encodeURIComponent(page.body.next_page.offset);
    const elsewhere = await api(sb, 'GET', `/teams/${teamGid}/team_memberships?limit=5&offset=${offset}`);
    expect(elsewhere.status).toBe(400);
  });

  it('refuses a large list without limit (guess: the pagination guide says such answers may be cut or time out)', async () => {
    const a = await api(sb, 'GET', `/users?workspace=${wsGid}`);
    expect(a.status).toBe(400);
    errorMessage(a); // the Asana envelope; the wording is the sandbox's own
  });
});

describe('the unpaginated user lists', () => {
  it('GET /workspaces/{gid}/users answers at most 2000 users, sorted alphabetically, with no next_page (oas:63407)', async () => {
    const a = await api(sb, 'GET', `/workspaces/${wsGid}/users?opt_fields=name`);
    expect(a.status).toBe(200);
    expect(a.body.data).toHaveLength(2000);
    expect('next_page' in a.body).toBe(false);
    const names = a.body.data.map((u: { name: string }) => u.name.toLowerCase());
    expect(names).toEqual([...names].sort());
    // 2101 members: "Gatehouse Bot" sorts first, then User0000…; the alphabetical tail is cut.
    expect(names[0]).toBe('gatehouse bot');
    expect(names.at(-1)).toBe('user1998');
  });

  it('ignores limit there: still no next_page, still capped (oas:63148 declares no limit)', async () => {
    const a = await api(sb, 'GET', `/workspaces/${wsGid}/users?limit=10`);
    expect(a.body.data).toHaveLength(2000);
    expect('next_page' in a.body).toBe(false);
  });
});
