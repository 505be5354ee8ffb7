/**
 * DREADNODE_AUTH: the token goes as `Authorization: Bearer` (the default) or
 * as `X-API-Key`; the sandbox, seeded to accept one, answers 401 to the
 * other, and the 401 with the default suggests the other header.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DesiredPlace } from '../../../src/model/index.js';
import { loadSeed } from '../../../src/pipeline/index.js';
import { dreadnodeAuth } from '../../../src/providers/dreadnode/http-client.js';
import { createDreadnodeProvider as create } from '../../../src/providers/dreadnode/index.js';
import { buildWorld, startSandbox, type RunningSandbox } from '../../support/sandbox.js';
import { gatehouse, workdir } from '../../integration/harness.js';


const TOKEN = 'dn-auth-test-token-7c1f2e9d';
const seedOf = (auth?: string) => `
version: 1
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          owner: [alice@acme.com]
sandbox:
  me: bot@acme.com
  users: [{ email: bob@acme.com, name: Bob }]
  dreadnode:
    token: ${TOKEN}
${auth === undefined ? '' : `    auth: ${auth}\n`}    organizations:
      - org: acme
        workspaces: [{ workspace: red-team, name: Red Team }]
`;
const desired = `version: 1
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          owner: [alice@acme.com]
          reader: [bob@acme.com]
`;

const opened: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((x) => x.close()));
});

/** The seed's workspace, as the file names it. */
let redTeam: DesiredPlace;

async function seeded(auth?: string): Promise<RunningSandbox> {
  const dir = await workdir({ 'seed.yaml': seedOf(auth) });
  const { desired: live, sandbox: section } = await loadSeed(join(dir, 'seed.yaml'));
  redTeam = live.places[0]!.place;
  const server = await startSandbox(buildWorld(live, section), { port: 0 });
  opened.push(server);
  return server;
}


function provider(server: RunningSandbox, env?: Record<string, string>) {
  const p = create({ baseUrl: server.connection('dreadnode').baseUrl, token: TOKEN, retry: { baseDelayMs: 1, maxDelayMs: 5 }, ...(env ? { env } : {}) });
  opened.push(p);
  return p;
}

const failure = (p: Promise<unknown>): Promise<Error | undefined> => p.then(() => undefined, (e: unknown) => e as Error);

describe('DREADNODE_AUTH', () => {
  it('reads bearer by default and x-api-key when asked; refuses anything else before any request', () => {
    expect(dreadnodeAuth(undefined)).toBe('bearer');
    expect(dreadnodeAuth({ DREADNODE_AUTH: 'bearer' })).toBe('bearer');
    expect(dreadnodeAuth({ DREADNODE_AUTH: 'X-API-Key' })).toBe('x-api-key');
    expect(() => dreadnodeAuth({ DREADNODE_AUTH: 'basic' })).toThrow('DREADNODE_AUTH="basic": expected bearer (Authorization: Bearer, the default) or x-api-key (X-API-Key)');
  });

  it('a sandbox seeded with auth: x-api-key serves a provider set to x-api-key', async () => {
    const server = await seeded('x-api-key');
    const p = provider(server, { DREADNODE_AUTH: 'x-api-key' });
    const [red] = await p.resolve([redTeam]);
    expect(red).toMatchObject({ id: 'acme/red-team', name: 'Red Team' });
    const live = await p.read([red!]);
    expect(JSON.stringify(live)).toContain('alice@acme.com');
    expect(server.stats().byMethod['GET']).toBeGreaterThan(0);
  });

  it('the default (bearer) against an X-API-Key sandbox: 401 that suggests DREADNODE_AUTH=x-api-key, without the token', async () => {
    const server = await seeded('x-api-key');
    const err = await failure(provider(server).resolve([redTeam]));
    expect(err?.message).toMatch(
      /401 Unauthorized: Authentication failed; the API refused the token: check DREADNODE_TOKEN; or, if this platform takes the token as X-API-Key \(as Dreadnode's SDK sends it\), set DREADNODE_AUTH=x-api-key$/,
    );
    expect(err?.message).not.toContain(TOKEN);
  });

  it('x-api-key against a bearer sandbox (the default seed): 401, and no suggestion to use the header that was sent', async () => {
    const server = await seeded();
    const err = await failure(provider(server, { DREADNODE_AUTH: 'x-api-key' }).resolve([redTeam]));
    expect(err?.message).toMatch(/401 Unauthorized: Authentication failed; the API refused the token: check DREADNODE_TOKEN$/);
    expect(err?.message).not.toContain(TOKEN);
    // And the default works there.
    await expect(provider(server).resolve([redTeam])).resolves.toHaveLength(1);
  });

  it('the built command reads DREADNODE_AUTH: plan and apply against an X-API-Key sandbox; without it, exit 1 with the hint and never the token', async () => {
    const server = await seeded('x-api-key');
    const cwd = await workdir({ 'access.yaml': desired });
    const env = { DREADNODE_BASE_URL: server.connection('dreadnode').baseUrl, DREADNODE_TOKEN: TOKEN, DREADNODE_RATE_LIMIT: '100000/s' };
    const refused = await gatehouse(['plan', 'access.yaml'], env, { cwd });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('set DREADNODE_AUTH=x-api-key');
    expect(refused.stdout + refused.stderr).not.toContain(TOKEN);

    const applied = await gatehouse(['apply', 'access.yaml', '--yes'], { ...env, DREADNODE_AUTH: 'x-api-key' }, { cwd });
    expect(applied.stderr).toBe('');
    expect(applied.stdout).toContain('Apply: 1 done, 0 failed, 0 skipped.');
    expect(applied.code).toBe(0);
    expect(applied.stdout + applied.stderr).not.toContain(TOKEN);

    const wrong = await gatehouse(['plan', 'access.yaml'], { ...env, DREADNODE_AUTH: 'token' }, { cwd });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('DREADNODE_AUTH="token": expected bearer');
    expect(server.stats().total).toBeGreaterThan(0);
  });
});
