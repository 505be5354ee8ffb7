/**
 * Expiring grants and one-line offboarding, through the built command
 * against the sandbox: what the plan says, what apply does to the live
 * services, and that the next plan agrees.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

const seed = `
version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com, dana@acme.com, dave@contractor.io]
      teams:
        - team: Platform
          members: [alice@acme.com, dana@acme.com]
          projects:
            - project: Roadmap
              members: [dana@acme.com]
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          owner: [alice@acme.com]
          reader: [dana@acme.com]
        - workspace: blue-team
          owner: [zoe@acme.com]
          contributor: [dana@acme.com]
sandbox:
  me: bot@acme.com
  users:
    - { email: erin@acme.com, name: Erin Moss }
  workspaces:
    - workspace: Acme Corp
      is_organization: true
      email_domains: [acme.com]
`;

let box: Sandbox | undefined;
afterEach(async () => {
  await box?.close();
  box = undefined;
});

async function setup(text: string) {
  box = await sandbox(seed);
  const dir = await workdir({ 'access.yaml': text });
  return (...args: string[]) => gatehouse([...args], box!.env, { cwd: dir });
}

async function workspaceMembers(s: Sandbox): Promise<string[]> {
  const [workspace] = (await s.get('/workspaces')).data;
  const users = new Map<string, string>((await s.get(`/users?workspace=${workspace.gid}&limit=100&opt_fields=email`)).data.map((u: any) => [u.gid, u.email]));
  const memberships = (await s.get(`/workspaces/${workspace.gid}/workspace_memberships?limit=100&opt_fields=user,is_active`)).data as any[];
  return memberships.filter((m) => m.is_active).map((m) => users.get(m.user.gid)!).sort();
}

const dreadnodeUsers = async (s: Sandbox, ws: string) =>
  ((await s.dreadnode('GET', `/org/acme/ws/${ws}/users`)) as Array<{ user_email: string; permission: string }>).map((r) => `${r.user_email} ${r.permission}`).sort();

const expiring = `version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members:
        - alice@acme.com
        - dana@acme.com
        - { user: dave@contractor.io, until: 2027-03-31 }
        - { user: erin@acme.com, until: 2027-03-31 }
`;

describe('expiring grants', () => {
  it('a future day adds and flags the grant; a past day removes it without --prune; the day after apply the plan is empty', async () => {
    const run = await setup(expiring);
    const before = await run('plan', 'access.yaml', '--today', '2027-03-25');
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(/^ {2}\+ erin@acme\.com {2}access\.yaml:9, until 2027-03-31$/m);
    expect(before.stdout).toContain('! dave@contractor.io expires in 6 days (until 2027-03-31)');
    expect(before.stdout).toContain('! erin@acme.com expires in 6 days (until 2027-03-31)');
    expect(before.stdout).toContain('Plan: 1 to add, 0 to change, 0 to remove.');

    // The same through GATEHOUSE_TODAY; the flag wins over it.
    const markdown = await gatehouse(['plan', 'access.yaml', '--format', 'markdown'], { ...box!.env, GATEHOUSE_TODAY: '2027-03-30' }, { cwd: (await workdir({ 'access.yaml': expiring })) });
    expect(markdown.stdout).toContain('2 grants end soon:');
    expect(markdown.stdout).toContain('dave@\u200bcontractor.io expires tomorrow (until 2027-03-31)');

    const after = await run('plan', 'access.yaml', '--today', '2027-04-01');
    expect(after.stdout).toMatch(/^ {2}- dave@contractor\.io \(expired, deprovision: .*\) {2}expired 2027-03-31 \(access\.yaml:8\)$/m);
    expect(after.stdout).toContain('Plan: 0 to add, 0 to change, 1 to remove.');
    // Leaving an Asana organisation is a deprovision: an expiry does not consent to it by itself.
    expect(after.code).toBe(1);
    expect(after.stderr).toContain('give their grants a later until:');

    const applied = await run('apply', 'access.yaml', '--today', '2027-04-01', '--allow-deprovision', '--yes');
    expect(applied.code).toBe(0);
    expect(await workspaceMembers(box!)).not.toContain('dave@contractor.io');
    const again = await run('plan', 'access.yaml', '--today', '2027-04-01');
    expect(again.stdout).toContain('Plan: 0 to add, 0 to change, 0 to remove.');
  });

  it('--only expired plans the expiry removals and nothing else, and a saved plan of it applies only those', async () => {
    const run = await setup(expiring.replace('        - alice@acme.com\n', '        - alice@acme.com\n        - new@acme.com\n'));
    const only = await run('plan', 'access.yaml', '--today', '2027-04-01', '--only', 'expired', '--allow-deprovision', '--format', 'json', '--out', 'expiry.json');
    expect(only.code).toBe(0);
    const plan = JSON.parse(only.stdout);
    expect(plan.changes.map((c: any) => [c.action, c.user, c.cause])).toEqual([['remove', 'dave@contractor.io', 'expired']]);
    const applied = await run('apply', 'expiry.json', '--today', '2027-04-01', '--allow-deprovision');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Apply: 1 done, 0 failed, 0 skipped.');
    const members = await workspaceMembers(box!);
    expect(members).not.toContain('dave@contractor.io');
    expect(members).not.toContain('new@acme.com');
  });

  it('refuses a day that does not exist and a malformed --today, sending nothing', async () => {
    const run = await setup(expiring.replace('2027-03-31 }\n        - { user: erin', '2027-02-30 }\n        - { user: erin'));
    const bad = await run('plan', 'access.yaml');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('access.yaml:8:19: until: 2027-02-30 for dave@contractor.io is not a real day');
    const flag = await run('plan', 'access.yaml', '--today', '2027-13-01');
    expect(flag.code).toBe(1);
    expect(flag.stderr).toContain('expected a day written YYYY-MM-DD');
    expect(box!.requests()).toBe(0);
  });
});

const offboarding = `version: 1
revoked: [dana@acme.com]
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com]
      teams:
        - team: Platform
          members: [alice@acme.com]
          projects:
            - project: Roadmap
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          owner: [alice@acme.com]
`;

describe('revoked users', () => {
  it('leave every place the file names in both services, and the organisation workspace the file does not name, in one reviewed apply', async () => {
    const run = await setup(offboarding);
    const planned = await run('plan', 'access.yaml');
    expect(planned.code).toBe(0);
    // One Asana removal, which covers the team and project, and says so and that it deprovisions.
    expect(planned.stdout).toMatch(/^ {2}- dana@acme\.com \(revoked, also leaves project "Roadmap", team "Platform", deprovision: [^)]*\) {2}revoked at access\.yaml:2$/m);
    expect(planned.stdout).toContain('dreadnode workspace "Blue Team" (acme/blue-team)');
    expect(planned.stdout).toMatch(/^ {2}- dana@acme\.com contributor \(revoked\) {2}revoked at access\.yaml:2$/m);
    expect(planned.stdout).toMatch(/^ {2}- dana@acme\.com reader \(revoked\) {2}revoked at access\.yaml:2$/m);
    expect(planned.stdout).toContain('Plan: 0 to add, 0 to change, 3 to remove.');
    // zoe, whom no file names, is not counted as unmanaged in a workspace the file does not name.
    expect(planned.stdout).not.toMatch(/blue-team.*unmanaged/);

    // revoked: is the consent to deprovision: no --allow-deprovision, no --prune.
    const applied = await run('apply', 'access.yaml', '--yes');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Apply: 3 done, 0 failed, 0 skipped.');
    expect(await workspaceMembers(box!)).toEqual(['alice@acme.com', 'bot@acme.com', 'dave@contractor.io']);
    expect(await dreadnodeUsers(box!, 'red-team')).toEqual(['alice@acme.com owner']);
    expect(await dreadnodeUsers(box!, 'blue-team')).toEqual(['zoe@acme.com owner']);
    expect((await run('plan', 'access.yaml')).stdout).toContain('Plan: 0 to add, 0 to change, 0 to remove.');
  });

  it('who --live shows the revocation and where the user still is, the organisation workspace the file does not name included', async () => {
    const run = await setup(offboarding);
    const who = await run('who', 'dana@acme.com', 'access.yaml', '--live', '--format', 'json');
    expect(who.code).toBe(0);
    const answer = JSON.parse(who.stdout);
    expect(answer.revoked).toEqual({ at: 'access.yaml:2' });
    const where = answer.places.map((a: any) => `${a.place.provider} ${a.place.name} ${a.marks.join(',')}`).sort();
    expect(where).toEqual(expect.arrayContaining(['dreadnode Blue Team unmanaged,revoked', 'dreadnode Red Team unmanaged,revoked']));
    expect(where.some((w: string) => w.startsWith('asana Acme Corp'))).toBe(true);
  });

  it('refuses a revoked user still listed through a group, naming both lines, before any request', async () => {
    const run = await setup(offboarding.replace('revoked: [dana@acme.com]\n', 'groups:\n  platform: [dana@acme.com]\nrevoked: [dana@acme.com]\n').replace('          owner: [alice@acme.com]', '          owner: [alice@acme.com]\n          reader: [group:platform]'));
    const refused = await run('plan', 'access.yaml');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('access.yaml:20:20: dana@acme.com (through group:platform) is listed in workspace "red-team" but revoked at line 4');
    expect(box!.requests()).toBe(0);
  });
});
