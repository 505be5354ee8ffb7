/** Dreadnode permissions through the built command, against the sandbox, alone and beside Asana in one file. */
import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';
import { applyOnTerminal } from './pty.js';

const planSchema = JSON.parse(readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8'));
const validatePlan = new Ajv({ allErrors: true }).compile(planSchema);

/** Live: Asana as in the core tests, plus two Dreadnode workspaces of org acme. */
const seed = `
version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com]
      teams:
        - team: Platform
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          owner: [alice@acme.com]
          reader: [carol@acme.com]
          contributor: [mallory@acme.com]
sandbox:
  me: bot@acme.com
  users: [{ email: bob@acme.com, name: Bob }, { email: erin@acme.com, name: Erin }]
  dreadnode:
    token: dn-sandbox-token          # not the Asana token: each provider must send its own
    organizations:
      - org: acme
        workspaces: [{ workspace: red-team, name: Red Team }, { workspace: blue-team }, { workspace: research }]
`;

/** One file, both sections. Line numbers matter: tests check reasons. */
const mixed = `version: 1
groups:
  platform: [carol@acme.com, bob@acme.com]
asana:
  workspaces:
    - workspace: Acme Corp
      teams:
        - team: Platform
          members: [group:platform]
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          owner: [alice@acme.com]
          contributor: [group:platform]
          reader: [erin@acme.com]
`;

let live: Sandbox | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});

async function setup(desired = mixed) {
  live = await sandbox(seed);
  const cwd = await workdir({ 'access.yaml': desired });
  return { live, cwd };
}

async function permissions(s: Sandbox, ws = 'red-team'): Promise<string[]> {
  const rows = (await s.dreadnode('GET', `/org/acme/ws/${ws}/users`)) as Array<{ user_email: string; permission: string }>;
  return rows.map((r) => `${r.user_email} ${r.permission}`).sort();
}

describe('dreadnode and asana in one file', () => {
  it('plans adds with their permission and a permission change as ~, beside the Asana adds', async () => {
    const { live, cwd } = await setup();
    const result = await gatehouse(['plan', 'access.yaml', '--detailed-exitcode'], live.env, { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(2);
    const lines = result.stdout.split('\n');
    const red = lines.indexOf('dreadnode workspace "Red Team" (acme/red-team)  (1 in sync, 1 unmanaged)');
    expect(red).toBeGreaterThan(lines.findIndex((l) => l.startsWith('asana team "Platform"')));
    expect(lines.slice(red + 1, red + 4)).toEqual([
      '  + bob@acme.com contributor  access.yaml:16 (group:platform)',
      '  ~ carol@acme.com reader → contributor  access.yaml:16 (group:platform)',
      '  + erin@acme.com reader  access.yaml:17',
    ]);
    expect(lines).toContain('  + bob@acme.com  implied by team Platform');
    expect(lines).toContain('Plan: 6 to add, 1 to change, 0 to remove.');
    expect(live.requests('POST') + live.requests('PUT')).toBe(0);
  });

  it('the JSON plan carries roles and matches the plan schema', async () => {
    const { live, cwd } = await setup();
    const result = await gatehouse(['plan', 'access.yaml', '--format', 'json'], live.env, { cwd });
    const plan = JSON.parse(result.stdout);
    expect(validatePlan(plan), JSON.stringify(validatePlan.errors)).toBe(true);
    const dn = plan.changes.filter((c: any) => c.provider === 'dreadnode');
    expect(dn.map((c: any) => [c.action, c.user, c.role, c.fromRole])).toEqual([
      ['add', 'bob@acme.com', 'contributor', undefined],
      ['change', 'carol@acme.com', 'contributor', 'reader'],
      ['add', 'erin@acme.com', 'reader', undefined],
    ]);
    expect(plan.summary).toMatchObject({ add: 6, change: 1, remove: 0 });
  });

  it('applies both sections in one run; the second plan is empty and unmanaged users are untouched', async () => {
    const { live, cwd } = await setup();
    const applied = await gatehouse(['apply', 'access.yaml', '--yes'], live.env, { cwd });
    expect(applied.stderr).toBe('');
    expect(applied.stdout).toContain('Apply: 7 done, 0 failed, 0 skipped.');
    expect(applied.code).toBe(0);
    expect(await permissions(live)).toEqual([
      'alice@acme.com owner',
      'bob@acme.com contributor',
      'carol@acme.com contributor',
      'erin@acme.com reader',
      'mallory@acme.com contributor',
    ]);
    expect(live.requestsTo('POST /api/v1/org/{org}/ws/{workspace}/users')).toBe(2);
    expect(live.requestsTo('PUT /api/v1/org/{org}/ws/{workspace}/users/{user_id}')).toBe(1);

    const again = await gatehouse(['plan', 'access.yaml', '--detailed-exitcode'], live.env, { cwd });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes. Live state matches the file.');
  });

  it('a grant made by someone else while the plan was on screen (409) ends with the permission the file wants', async () => {
    const { live, cwd } = await setup();
    const { code, screen } = await applyOnTerminal(cwd, live.env, 'yes', async () => {
      await live.dreadnode('POST', '/org/acme/ws/red-team/users', { user_email: 'bob@acme.com', permission: 'reader' });
    });
    expect(screen).toContain('Apply: 7 done, 0 failed, 0 skipped.');
    expect(screen).toMatch(/note: {4}add bob@acme\.com as contributor to dreadnode workspace "Red Team": had been given reader after the plan was made \(409\); set to contributor as the file says/);
    expect(code).toBe(0);
    expect(await permissions(live)).toContain('bob@acme.com contributor');
    const again = await gatehouse(['plan', 'access.yaml', '--detailed-exitcode'], live.env, { cwd });
    expect(again.code).toBe(0);
  });
});

describe('dreadnode errors reach the user as one clear line', () => {
  it('each provider sends its own token: swapped, both are refused', async () => {
    const { live, cwd } = await setup();
    expect(live.env.DREADNODE_TOKEN).not.toBe(live.env.ASANA_TOKEN);
    const swapped = { ...live.env, ASANA_TOKEN: live.env.DREADNODE_TOKEN!, DREADNODE_TOKEN: live.env.ASANA_TOKEN! };
    const result = await gatehouse(['plan', 'access.yaml'], swapped, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/401/);
    expect(live.requests()).toBeGreaterThan(0);
  });

  it('a refused token (401) fails the plan naming DREADNODE_TOKEN, never the token', async () => {
    const { live, cwd } = await setup();
    const result = await gatehouse(['plan', 'access.yaml'], { ...live.env, DREADNODE_TOKEN: 'wrong-secret-value' }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/401/);
    expect(result.stderr).toMatch(/DREADNODE_TOKEN/);
    expect(result.stderr).not.toContain('wrong-secret-value');
    expect(result.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
  });

  it('an unknown workspace slug is an error at its line, with the organisation\'s workspaces as suggestions', async () => {
    const { live, cwd } = await setup(mixed.replace('workspace: red-team', 'workspace: red-tem'));
    const result = await gatehouse(['plan', 'access.yaml'], live.env, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^access\.yaml:14:22: .*red-tem.*red-team/m);
    expect(live.requests('POST') + live.requests('PUT')).toBe(0);
  });

  it('a file with a dreadnode section and no DREADNODE_BASE_URL is a clear error before any request', async () => {
    const { live, cwd } = await setup();
    const { DREADNODE_BASE_URL: _, ...env } = live.env;
    const result = await gatehouse(['plan', 'access.yaml'], env, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/DREADNODE_BASE_URL is not set/);
    expect(live.requests()).toBe(0);
  });

  it('every missing setting is named, one line each', async () => {
    const { live, cwd } = await setup();
    const result = await gatehouse(['plan', 'access.yaml'], { ASANA_BASE_URL: live.env.ASANA_BASE_URL! }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr.trimEnd().split('\n').map((l) => l.replace(/:.*/, ''))).toEqual([
      'gatehouse',
      'gatehouse',
      'gatehouse',
    ]);
    expect(result.stderr).toMatch(/^gatehouse: ASANA_TOKEN is not set/m);
    expect(result.stderr).toMatch(/^gatehouse: DREADNODE_BASE_URL is not set/m);
    expect(result.stderr).toMatch(/^gatehouse: DREADNODE_TOKEN is not set/m);
    expect(live.requests()).toBe(0);
  });

  it('a plain http:// Dreadnode address off this machine is refused, naming the variable, before any request', async () => {
    const { live, cwd } = await setup();
    const result = await gatehouse(['plan', 'access.yaml'], { ...live.env, DREADNODE_BASE_URL: 'http://platform.example.com' }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^gatehouse: DREADNODE_BASE_URL: refusing base URL .*clear text/m);
    expect(result.stderr).not.toContain(live.env.DREADNODE_TOKEN);
    expect(live.requests()).toBe(0);
  });

  it('--dreadnode-token-file reads the token from a file; a token split over lines is refused naming the flag', async () => {
    const { live, cwd } = await setup();
    const { DREADNODE_TOKEN: token, ...env } = live.env;
    await writeFile(join(cwd, 'dn-token'), `${token}\n`);
    const ok = await gatehouse(['plan', 'access.yaml', '--dreadnode-token-file', 'dn-token'], env, { cwd });
    expect(ok.stderr).toBe('');
    expect(ok.stdout).toContain('Plan: 6 to add, 1 to change, 0 to remove.');
    await writeFile(join(cwd, 'dn-token'), `${token}\n${token}\n`);
    const bad = await gatehouse(['plan', 'access.yaml', '--dreadnode-token-file', 'dn-token'], env, { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('gatehouse: --dreadnode-token-file dn-token: the token has a line break inside it; it should be one line\n');
  });

  it('an Asana-only file needs no Dreadnode settings', async () => {
    live = await sandbox(seed);
    const cwd = await workdir({ 'access.yaml': mixed.slice(0, mixed.indexOf('dreadnode:')) });
    const result = await gatehouse(['plan', 'access.yaml'], { ASANA_BASE_URL: live.env.ASANA_BASE_URL!, ASANA_TOKEN: live.env.ASANA_TOKEN! }, { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('a 422 reaches the user as one line with each loc and msg', async () => {
    // The file's schema accepts this address; the API's email check (pydantic-style) does not.
    const { live, cwd } = await setup(mixed.replace('reader: [erin@acme.com]', 'reader: [erin..moss@acme.com]'));
    const result = await gatehouse(['apply', 'access.yaml', '--yes'], live.env, { cwd });
    expect(result.code).toBe(1);
    const failed = result.stderr.split('\n').filter((l) => l.startsWith('failed:'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(
      /^failed: {2}add erin\.\.moss@acme\.com as reader to dreadnode workspace "Red Team": POST \/api\/v1\/org\/acme\/ws\/red-team\/users: 422 Unprocessable Entity: .+; body\.user_email: \S.*$/,
    );
    expect(await permissions(live)).not.toContain('erin..moss@acme.com reader');
  });

  it('a grant the API refuses fails that change with status and detail, and the rest of the run goes on', async () => {
    const { live, cwd } = await setup(mixed.replace('reader: [erin@acme.com]', 'reader: [erin@acme.com, nobody@acme.com]'));
    const result = await gatehouse(['apply', 'access.yaml', '--yes'], live.env, { cwd });
    expect(result.code).toBe(1);
    const failed = result.stderr.split('\n').filter((l) => l.includes('nobody@acme.com'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatch(/^failed: {2}add nobody@acme\.com as reader to dreadnode workspace "Red Team": POST \/api\/v1\/org\/acme\/ws\/red-team\/users: 4\d\d /);
    expect(result.stdout).toContain('Apply: 7 done, 1 failed, 0 skipped.');
    expect(await permissions(live)).toContain('erin@acme.com reader');
  });
});
