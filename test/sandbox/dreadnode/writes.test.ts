/**
 * Dreadnode writes (API-FACTS "Dreadnode"): POST grants a permission (409 if
 * one is held), PUT changes it (404 if none is held), DELETE takes it away
 * (inferred: 204). Bad input is a 422 with errors[].loc/msg/type. Each test
 * starts its own sandbox so state does not leak between them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { buildWorld, dreadnodeWorld, type RunningSandbox, startSandbox, type World } from '../../support/sandbox.js';
import { dn, dnError, dreadnodeDesired, dreadnodeSection, ISO_INSTANT, permissions, UUID_V4 } from './helpers.js';

let sb: RunningSandbox;
let seed: World;
afterEach(async () => {
  await sb.close();
});
async function start(): Promise<void> {
  seed = buildWorld(dreadnodeDesired(), dreadnodeSection());
  sb = await startSandbox(seed);
}
const idOf = (email: string): string => [...dreadnodeWorld(sb.world).users.values()].find((u) => u.email === email)!.id;
const MAIN = '/org/acme/ws/main/users';
const SEEDED = { 'alice@acme.com': 'owner', 'bob@acme.com': 'contributor', 'carol@acme.com': 'reader' };

describe('POST /api/v1/org/{org}/ws/{workspace}/users', () => {
  it('grants a permission and answers the new permission record, granted by the token’s user', async () => {
    await start();
    const a = await dn(sb, 'POST', MAIN, { body: { user_email: 'erin@acme.com', permission: 'reader' } });
    expect(a.status).toBe(200);
    const ws = dreadnodeWorld(sb.world).orgs.get('acme')!.workspaces.get('main')!;
    expect(a.body).toEqual({
      id: expect.stringMatching(UUID_V4),
      workspace_id: ws.id,
      user_id: idOf('erin@acme.com'),
      user_email: 'erin@acme.com',
      user_name: 'Erin Example',
      permission: 'reader',
      granted_at: expect.stringMatching(ISO_INSTANT),
      granted_by: dreadnodeWorld(sb.world).meId,
    });
    expect(dreadnodeWorld(sb.world).meId).toMatch(UUID_V4);
    expect(await permissions(sb, 'acme', 'main')).toEqual({ ...SEEDED, 'erin@acme.com': 'reader' });
    // The new grant is later than the seeded ones.
    const seeded = (await dn(sb, 'GET', MAIN)).body.find((p: any) => p.user_email === 'alice@acme.com');
    expect(Date.parse(a.body.granted_at)).toBeGreaterThan(Date.parse(seeded.granted_at));
    // The server's copy changed; the caller's seed did not.
    expect(dreadnodeWorld(seed).orgs.get('acme')!.workspaces.get('main')!.grants.size).toBe(3);
  });

  it('knows every user the seed mentions: Asana members, Dreadnode members, sandbox.users and me; email case does not matter', async () => {
    await start();
    for (const [email, ws] of [
      ['ALICE@acme.com', 'empty'], // Asana and Dreadnode member
      ['frank@acme.com', 'main'], // only on Dreadnode
      ['erin@acme.com', 'research'], // sandbox.users
      ['gatehouse-bot@sandbox.invalid', 'main'], // me
    ] as const) {
      const a = await dn(sb, 'POST', `/org/acme/ws/${ws}/users`, { body: { user_email: email, permission: 'contributor' } });
      expect(a.status, `${email} → ${ws}: ${a.text}`).toBe(200);
      expect(a.body.user_email).toBe(email.toLowerCase());
    }
  });

  it('answers 409 when the user already holds a permission there, whatever the permission, and changes nothing', async () => {
    await start();
    for (const permission of ['contributor', 'owner']) {
      const e = dnError(await dn(sb, 'POST', MAIN, { body: { user_email: 'bob@acme.com', permission } }), 409);
      expect(e.errors).toBeNull();
      expect(e.detail).toContain('bob@acme.com');
    }
    expect(await permissions(sb, 'acme', 'main')).toEqual(SEEDED);
  });

  it('answers 404 naming the email for an address with no platform account (guess), and changes nothing', async () => {
    await start();
    const e = dnError(await dn(sb, 'POST', MAIN, { body: { user_email: 'nobody@acme.com', permission: 'reader' } }), 404);
    expect(e.detail).toContain('nobody@acme.com');
    expect(await permissions(sb, 'acme', 'main')).toEqual(SEEDED);
  });

  it('answers 404 for an unknown org or workspace', async () => {
    await start();
    const body = { user_email: 'erin@acme.com', permission: 'reader' };
    expect(dnError(await dn(sb, 'POST', '/org/nope/ws/main/users', { body }), 404).detail).toContain('nope');
    expect(dnError(await dn(sb, 'POST', '/org/acme/ws/nope/users', { body }), 404).detail).toContain('nope');
  });

  it('answers 422 with errors[].loc/msg/type for a bad body, listing every problem, and changes nothing', async () => {
    await start();
    // Documented: 422 with errors[{loc, msg, type}]; the type names and msg wording are the sandbox's guesses, so only loc is pinned.
    const cases: [unknown, { loc: unknown[] }[]][] = [
      [{ permission: 'reader' }, [{ loc: ['body', 'user_email'] }]],
      [{ user_email: 'erin@acme.com' }, [{ loc: ['body', 'permission'] }]],
      [{}, [{ loc: ['body', 'user_email'] }, { loc: ['body', 'permission'] }]],
      [{ user_email: 'erin@acme.com', permission: 'admin' }, [{ loc: ['body', 'permission'] }]],
      [{ user_email: 'erin@acme.com', permission: 'Owner' }, [{ loc: ['body', 'permission'] }]],
      [{ user_email: 'erin@acme.com', permission: null }, [{ loc: ['body', 'permission'] }]],
      [{ user_email: 42, permission: 'reader' }, [{ loc: ['body', 'user_email'] }]],
      [{ user_email: 'not-an-email', permission: 'reader' }, [{ loc: ['body', 'user_email'] }]],
      [{ user_email: 'erin..moss@acme.com', permission: 'reader' }, [{ loc: ['body', 'user_email'] }]],
      [{ user_email: '.erin@acme.com', permission: 'reader' }, [{ loc: ['body', 'user_email'] }]],
      [{ user_email: 'erin@acme.com', permission: 'reader', role: 'x' }, [{ loc: ['body', 'role'] }]],
      // The documented Asana-style envelope is not Dreadnode's.
      [{ data: { user_email: 'erin@acme.com', permission: 'reader' } }, [
        { loc: ['body', 'data'] },
        { loc: ['body', 'user_email'] },
        { loc: ['body', 'permission'] },
      ]],
      [[{ user_email: 'erin@acme.com', permission: 'reader' }], [{ loc: ['body'] }]],
      ['"erin@acme.com"', [{ loc: ['body'] }]],
    ];
    for (const [body, expected] of cases) {
      const e = dnError(await dn(sb, 'POST', MAIN, { body }), 422);
      expect(e.errors, JSON.stringify(body)).toEqual(expected.map((x) => ({ ...x, msg: expect.stringMatching(/\S/), type: expect.any(String) })));
    }
    // The permission message names the allowed values.
    const e = dnError(await dn(sb, 'POST', MAIN, { body: { user_email: 'erin@acme.com', permission: 'admin' } }), 422);
    expect(e.errors![0].msg).toMatch(/owner.*contributor.*reader/);
    expect(await permissions(sb, 'acme', 'main')).toEqual(SEEDED);
  });

  it('validates the body before looking up the org (422 before 404), as a FastAPI service does', async () => {
    await start();
    dnError(await dn(sb, 'POST', '/org/nope/ws/main/users', { body: { user_email: 'erin@acme.com', permission: 'admin' } }), 422);
  });

  it('refuses an empty body, malformed JSON and a non-JSON Content-Type with 422 (guess)', async () => {
    await start();
    const empty = dnError(await dn(sb, 'POST', MAIN, { contentType: 'application/json' }), 422);
    expect(empty.errors).toEqual([{ loc: ['body'], msg: expect.any(String), type: expect.any(String) }]);
    const broken = dnError(await dn(sb, 'POST', MAIN, { body: '{"user_email": "erin@acme.com",' }), 422);
    expect(broken.errors).toEqual([{ loc: ['body', expect.any(Number)], msg: expect.any(String), type: expect.any(String) }]);
    const json = JSON.stringify({ user_email: 'erin@acme.com', permission: 'reader' });
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded', null]) {
      const e = dnError(await dn(sb, 'POST', MAIN, { body: json, contentType }), 422);
      expect(e.errors![0]!.loc).toEqual(['body']);
    }
    // application/json with parameters is fine.
    expect((await dn(sb, 'POST', MAIN, { body: json, contentType: 'Application/JSON; charset=utf-8' })).status).toBe(200);
  });
});

describe('PUT /api/v1/org/{org}/ws/{workspace}/users/{user_id}', () => {
  it('changes a held permission and answers the record: same id, new permission, granted by the token’s user', async () => {
    await start();
    const before = (await dn(sb, 'GET', MAIN)).body.find((p: any) => p.user_email === 'carol@acme.com');
    const a = await dn(sb, 'PUT', `${MAIN}/${idOf('carol@acme.com')}`, { body: { permission: 'owner' } });
    expect(a.status).toBe(200);
    expect(a.body).toEqual({
      ...before,
      permission: 'owner',
      granted_at: expect.stringMatching(ISO_INSTANT),
      granted_by: dreadnodeWorld(sb.world).meId,
    });
    expect(a.body.granted_at).not.toBe(before.granted_at);
    expect(await permissions(sb, 'acme', 'main')).toEqual({ ...SEEDED, 'carol@acme.com': 'owner' });
  });

  it('setting the permission a user already holds changes nothing (guess)', async () => {
    await start();
    const before = (await dn(sb, 'GET', MAIN)).body.find((p: any) => p.user_email === 'bob@acme.com');
    const a = await dn(sb, 'PUT', `${MAIN}/${idOf('bob@acme.com')}`, { body: { permission: 'contributor' } });
    expect(a.status).toBe(200);
    expect(a.body).toEqual(before);
  });

  it('accepts the user id in upper case', async () => {
    await start();
    const a = await dn(sb, 'PUT', `${MAIN}/${idOf('bob@acme.com').toUpperCase()}`, { body: { permission: 'reader' } });
    expect(a.status).toBe(200);
    expect(a.body.user_id).toBe(idOf('bob@acme.com'));
  });

  it('answers 404 when the user holds no permission there (a known user or an unknown uuid) and creates none', async () => {
    await start();
    const e = dnError(await dn(sb, 'PUT', `${MAIN}/${idOf('erin@acme.com')}`, { body: { permission: 'reader' } }), 404);
    expect(e.detail).toContain(idOf('erin@acme.com'));
    // dan holds a permission on research, not on main.
    dnError(await dn(sb, 'PUT', `${MAIN}/${idOf('dan@acme.com')}`, { body: { permission: 'reader' } }), 404);
    dnError(await dn(sb, 'PUT', `${MAIN}/00000000-0000-4000-8000-000000000000`, { body: { permission: 'reader' } }), 404);
    dnError(await dn(sb, 'PUT', `/org/acme/ws/nope/users/${idOf('bob@acme.com')}`, { body: { permission: 'reader' } }), 404);
    expect(await permissions(sb, 'acme', 'main')).toEqual(SEEDED);
  });

  it('answers 422 for a user_id that is not a uuid, a bad permission, or a body with other keys', async () => {
    await start();
    const notUuid = dnError(await dn(sb, 'PUT', `${MAIN}/bob@acme.com`, { body: { permission: 'reader' } }), 422);
    expect(notUuid.errors).toEqual([{ loc: ['path', 'user_id'], msg: expect.any(String), type: expect.any(String) }]);
    const both = dnError(await dn(sb, 'PUT', `${MAIN}/12345`, { body: { permission: 'admin' } }), 422);
    expect(both.errors!.map((x) => x.loc)).toEqual([['path', 'user_id'], ['body', 'permission']]);
    const bob = `${MAIN}/${idOf('bob@acme.com')}`;
    expect(dnError(await dn(sb, 'PUT', bob, { body: {} }), 422).errors).toEqual([
      { loc: ['body', 'permission'], msg: expect.any(String), type: expect.any(String) },
    ]);
    expect(dnError(await dn(sb, 'PUT', bob, { body: { permission: 'reader', user_email: 'bob@acme.com' } }), 422).errors).toEqual([
      { loc: ['body', 'user_email'], msg: expect.any(String), type: expect.any(String) },
    ]);
    expect(await permissions(sb, 'acme', 'main')).toEqual(SEEDED);
  });
});

describe('DELETE /api/v1/org/{org}/ws/{workspace}/users/{user_id} (inferred)', () => {
  it('takes the permission away and answers 204 with no body (guess)', async () => {
    await start();
    const a = await dn(sb, 'DELETE', `${MAIN}/${idOf('bob@acme.com')}`);
    expect(a.status).toBe(204);
    expect(a.text).toBe('');
    const { ['bob@acme.com']: _bob, ...rest } = SEEDED;
    expect(await permissions(sb, 'acme', 'main')).toEqual(rest);
    // Gone: a second DELETE and a PUT are 404s.
    dnError(await dn(sb, 'DELETE', `${MAIN}/${idOf('bob@acme.com')}`), 404);
    dnError(await dn(sb, 'PUT', `${MAIN}/${idOf('bob@acme.com')}`, { body: { permission: 'reader' } }), 404);
  });

  it('lets the user be granted again afterwards, as a new permission record', async () => {
    await start();
    const old = (await dn(sb, 'GET', MAIN)).body.find((p: any) => p.user_email === 'bob@acme.com');
    expect((await dn(sb, 'DELETE', `${MAIN}/${idOf('bob@acme.com')}`)).status).toBe(204);
    const again = await dn(sb, 'POST', MAIN, { body: { user_email: 'bob@acme.com', permission: 'owner' } });
    expect(again.status).toBe(200);
    expect(again.body.id).not.toBe(old.id);
    expect(again.body.user_id).toBe(old.user_id);
  });

  it('answers 404 for a user with no permission there or an unknown workspace, and 422 for a non-uuid id', async () => {
    await start();
    dnError(await dn(sb, 'DELETE', `${MAIN}/${idOf('erin@acme.com')}`), 404);
    dnError(await dn(sb, 'DELETE', `/org/acme/ws/nope/users/${idOf('bob@acme.com')}`), 404);
    dnError(await dn(sb, 'DELETE', `/org/nope/ws/main/users/${idOf('bob@acme.com')}`), 404);
    const e = dnError(await dn(sb, 'DELETE', `${MAIN}/not-a-uuid`), 422);
    expect(e.errors![0]!.loc).toEqual(['path', 'user_id']);
    expect(await permissions(sb, 'acme', 'main')).toEqual(SEEDED);
  });
});
