/** What Gatehouse refuses to do, and that refusing sends no write (or no request at all). */
import { afterEach, describe, expect, it } from 'vitest';
import { acmeDesired, acmeSeed, badFile } from './fixtures.js';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

let live: Sandbox | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});

async function setup(desired: string) {
  live = await sandbox(acmeSeed);
  const cwd = await workdir({ 'access.yaml': desired });
  return { live, cwd };
}

describe('bad input', () => {
  it('a bad file is reported as FILE:LINE:COL, every problem at once, and no request is sent', async () => {
    const { live, cwd } = await setup(badFile);
    for (const command of ['validate', 'plan', 'apply']) {
      const result = await gatehouse([command, 'access.yaml', '--yes'].slice(0, command === 'apply' ? 3 : 2), live.env, { cwd });
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^access\.yaml:7:11: .*unknown key "memebers".*did you mean "members"/m);
      expect(result.stderr).toMatch(/^access\.yaml:9:21: group "nobody" is not defined$/m);
      expect(result.stderr).toMatch(/^2 problems found\.$/m);
      expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    }
    expect(live.requests()).toBe(0);
  });

  it('validate accepts a good file without any network', async () => {
    const cwd = await workdir({ 'access.yaml': acmeDesired });
    const result = await gatehouse(['validate', 'access.yaml'], { ASANA_BASE_URL: 'https://127.0.0.1:9' }, { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/valid/);
  });
});

describe('names that do not match live state', () => {
  it('suggests close matches and lists ambiguous candidates with gids, before any write', async () => {
    const { live, cwd } = await setup(`version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      teams:
        - team: Platfrom
          members: [alice@acme.com]
        - team: Marketing
          members: [alice@acme.com]
      projects:
        - project: Roadmap
          members: [dan@acme.com]
        - project: Hand book
          members: [dan@acme.com]
`);
    const result = await gatehouse(['apply', 'access.yaml', '--yes'], live.env, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^access\.yaml:6:17: .*"Platfrom".*did you mean "Platform"/m);
    expect(result.stderr).toMatch(/^access\.yaml:8:17: .*"Marketing".*ambiguous.*1300000000000001.*1300000000000002/m);
    expect(result.stderr).toMatch(/^access\.yaml:13:20: .*"Hand book".*did you mean "Handbook"/m);
    expect(live.requests('POST')).toBe(0);
  });

  it('a gid works where a name is ambiguous', async () => {
    const { live, cwd } = await setup(`version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      teams:
        - team: "1300000000000002"
          members: [alice@acme.com]
`);
    const result = await gatehouse(['plan', 'access.yaml', '--format', 'json'], live.env, { cwd });
    expect(result.stderr).toBe('');
    const plan = JSON.parse(result.stdout);
    expect(plan.changes).toMatchObject([{ action: 'add', user: 'alice@acme.com', place: { kind: 'team', id: '1300000000000002', name: 'Marketing' } }]);
  });
});

describe('one live place declared twice', () => {
  it('a project named under its team and again in its workspace is an error at both, before any write', async () => {
    const { live, cwd } = await setup(`version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      teams:
        - team: Platform
          projects:
            - project: Roadmap
              members: [alice@acme.com]
      projects:
        - project: Roadmap
          members: [dan@acme.com]
`);
    const result = await gatehouse(['apply', 'access.yaml', '--yes'], live.env, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^access\.yaml:8:24: project "Roadmap" is the same live project \(\d+, "Roadmap"\) as the one declared at access\.yaml:11:20; declare each place once$/m);
    expect(result.stderr).toMatch(/^access\.yaml:11:20: project "Roadmap" is the same live project .* at access\.yaml:8:24;/m);
    expect(live.requests('POST')).toBe(0);
  });
});

describe('apply safety', () => {
  it('without a terminal and without --yes, apply refuses and changes nothing', async () => {
    const { live, cwd } = await setup(acmeDesired);
    const result = await gatehouse(['apply', 'access.yaml'], live.env, { cwd, input: 'yes\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/refusing to apply without confirmation.*--yes/);
    expect(result.stdout).toContain('Plan: 7 to add');
    expect(live.requests('POST')).toBe(0);
  });

  it('refuses plain http to a host that is not loopback, before sending anything', async () => {
    const cwd = await workdir({ 'access.yaml': acmeDesired });
    const result = await gatehouse(['plan', 'access.yaml'], { ASANA_BASE_URL: 'http://asana.example.com/api/1.0', ASANA_TOKEN: 't' }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'gatehouse: ASANA_BASE_URL: refusing base URL "http://asana.example.com/api/1.0": plain http:// sends the token in clear text; ' +
        'use https:// (http:// is allowed only for loopback hosts such as 127.0.0.1, ::1 or localhost)\n',
    );
  });

  it('says which token is missing', async () => {
    const { live, cwd } = await setup(acmeDesired);
    const result = await gatehouse(['plan', 'access.yaml'], { ASANA_BASE_URL: live.baseUrl }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/ASANA_TOKEN/);
    expect(live.requests()).toBe(0);
  });

  it('reads the token from --token-file', async () => {
    const { live, cwd } = await setup(acmeDesired);
    const dir = await workdir({ token: `${live.token}\n` });
    const result = await gatehouse(['plan', 'access.yaml', '--token-file', `${dir}/token`], { ASANA_BASE_URL: live.baseUrl }, { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('a wrong token is a clear 401 that never shows the token', async () => {
    const { live, cwd } = await setup(acmeDesired);
    const secret = 'sekrit-0123456789abcdef';
    const result = await gatehouse(['plan', 'access.yaml', '--verbose'], { ASANA_BASE_URL: live.baseUrl, ASANA_TOKEN: secret }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/401/);
    expect(result.stderr + result.stdout).not.toContain(secret);
  });
});
