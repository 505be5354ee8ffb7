/**
 * Prune through the built command against the sandbox: exactly the unlisted
 * members of pruned places go, nothing elsewhere; protected users, the token's
 * own user and the last owner stay; guard rails refuse with no write until
 * --force; a failed read under prune writes nothing.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

const seed = `
version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com, bob@acme.com, mallory@acme.com, trent@acme.com]
      teams:
        - team: Platform
          members: [alice@acme.com, mallory@acme.com]
          projects:
            - project: Roadmap
              members: [alice@acme.com, mallory@acme.com]
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          owner: [alice@acme.com]
          contributor: [mallory@acme.com]
          reader: [carol@acme.com]
        - workspace: blue-team
          owner: [mallory@acme.com]
sandbox:
  me: bot@acme.com
  dreadnode:
    token: dn-sandbox-token
`;

let box: Sandbox | undefined;
afterEach(async () => {
  await box?.close();
  box = undefined;
});

async function setup(file: string, faults?: Parameters<typeof sandbox>[1]) {
  box = await sandbox(seed, faults);
  const dir = await workdir({ 'access.yaml': file });
  const run = (...args: string[]) => gatehouse([...args], box!.env, { cwd: dir });
  return { dir, run, box };
}

const writes = (s: Sandbox) => s.requests('POST') + s.requests('PUT') + s.requests('DELETE');

async function emailsOf(s: Sandbox, path: string, pick: (item: any) => string): Promise<string[]> {
  const body = await s.get(path);
  return (body.data as any[]).map(pick).sort();
}

async function asanaState(s: Sandbox) {
  const [workspace] = (await s.get('/workspaces')).data;
  const directory = new Map<string, string>(
    (await s.get(`/users?workspace=${workspace.gid}&limit=100&opt_fields=email`)).data.map((u: any) => [u.gid, u.email]),
  );
  const [team] = (await s.get(`/workspaces/${workspace.gid}/teams?limit=100`)).data;
  const [project] = (await s.get(`/teams/${team.gid}/projects?limit=100`)).data;
  const email = (gid: string) => directory.get(gid) ?? gid;
  return {
    // Active members only: Asana keeps a removed member's record, inactive.
    workspace: (await emailsOf(s, `/workspaces/${workspace.gid}/workspace_memberships?limit=100&opt_fields=user,is_active`, (m) => (m.is_active ? email(m.user.gid) : ''))).filter((e) => e !== ''),
    team: await emailsOf(s, `/teams/${team.gid}/team_memberships?limit=100`, (m) => email(m.user.gid)),
    project: (await emailsOf(s, `/projects/${project.gid}/project_memberships?limit=100&opt_fields=member`, (m) => email(m.member.gid))),
  };
}

async function dreadnodeState(s: Sandbox, workspace: string) {
  const users = (await s.dreadnode('GET', `/org/acme/ws/${workspace}/users`)) as Array<{ user_email: string; permission: string }>;
  return users.map((u) => `${u.user_email} ${u.permission}`).sort();
}

describe('prune', () => {
  it('removes exactly the unlisted members of the places that prune, and nothing elsewhere', async () => {
    const { run, box } = await setup(`version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com, bob@acme.com]
      teams:
        - team: Platform
          prune: true
          members: [alice@acme.com]
          projects:
            - project: Roadmap
              members: [alice@acme.com]
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: red-team
          prune: true
          owner: [alice@acme.com]
        - workspace: blue-team
`);
    const before = await asanaState(box);
    const planned = await run('plan', 'access.yaml');
    expect(planned.stderr).toBe('');
    expect(planned.code).toBe(0);
    expect(planned.stdout).toMatch(/^ {2}- mallory@acme\.com {2}not in the file \(prune\)$/m);
    expect(planned.stdout).toMatch(/^ {2}- carol@acme\.com reader {2}not in the file \(prune\)$/m);
    expect(planned.stdout).toMatch(/^ {2}- mallory@acme\.com contributor {2}not in the file \(prune\)$/m);
    expect(planned.stdout).toContain('Plan: 0 to add, 0 to change, 3 to remove.');
    expect(writes(box)).toBe(0);

    const applied = await run('apply', '--yes', 'access.yaml');
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    const after = await asanaState(box);
    expect(after.team).toEqual(before.team.filter((e) => e !== 'mallory@acme.com'));
    // The workspace and the project do not prune: mallory is still in both.
    expect(after.workspace).toEqual(before.workspace);
    expect(after.project).toEqual(before.project);
    expect(await dreadnodeState(box, 'red-team')).toEqual(['alice@acme.com owner']);
    expect(await dreadnodeState(box, 'blue-team')).toEqual(['mallory@acme.com owner']);

    const again = await run('plan', 'access.yaml');
    expect(again.stdout).toContain('No changes.');
  });

  it('--prune covers every place the file manages, keeping protected users, the token user and the last owner', async () => {
    const { run, box } = await setup(`version: 1
protected: [trent@acme.com]
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com, bob@acme.com]
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: blue-team
          reader: [alice@acme.com]
`);
    // Leaving Acme Corp, an organisation, deprovisions mallory: without --allow-deprovision, plan says apply would refuse.
    const unconsented = await run('plan', '--prune', 'access.yaml');
    expect(unconsented.code).toBe(1);
    expect(unconsented.stderr).toContain('apply would refuse this plan: 1 removal would deprovision a user from an organisation');
    expect(unconsented.stderr).toMatch(/^ {2}asana workspace "Acme Corp" \(\d+\): mallory@acme\.com$/m);
    expect((await run('apply', '--yes', '--prune', 'access.yaml')).code).toBe(1);
    expect(writes(box)).toBe(0);

    const planned = await run('plan', '--prune', '--allow-deprovision', 'access.yaml');
    expect(planned.code).toBe(0);
    expect(planned.stdout).toMatch(/^ {2}- mallory@acme\.com \(deprovision: leaves the whole organisation, their work handed to the token's owner\) {2}not in the file \(prune\)$/m);
    expect(planned.stdout).toMatch(/^ {4}trent@acme\.com {2}\(kept: protected at access\.yaml:2\)$/m);
    expect(planned.stdout).toMatch(/^ {4}bot@acme\.com {2}\(kept: the token's own user\)$/m);
    expect(planned.stdout).toMatch(/^ {4}mallory@acme\.com {2}\(kept: last owner\)$/m);
    expect(planned.stdout).toContain('Plan: 1 to add, 0 to change, 1 to remove.');

    // Without --prune the same file removes nobody.
    expect((await run('plan', 'access.yaml')).stdout).toContain('0 to remove.');

    const applied = await run('apply', '--yes', '--prune', '--allow-deprovision', 'access.yaml');
    expect(applied.code).toBe(0);
    const after = await asanaState(box);
    expect(after.workspace).toEqual(['alice@acme.com', 'bob@acme.com', 'bot@acme.com', 'trent@acme.com']);
    // Asana takes someone who leaves the workspace out of its teams and projects.
    expect(after.team).toEqual(['alice@acme.com', 'bot@acme.com']);
    expect(await dreadnodeState(box, 'blue-team')).toEqual(['alice@acme.com reader', 'mallory@acme.com owner']);
    expect((await run('plan', '--prune', 'access.yaml')).stdout).toContain('No changes.');
  });

  it('--prune leaves alone a workspace written only to hold its teams (no members: list)', async () => {
    const { run, box } = await setup(`version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      teams:
        - team: Platform
          members: [alice@acme.com, mallory@acme.com]
`);
    const before = await asanaState(box);
    const applied = await run('apply', '--yes', '--prune', 'access.yaml');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Plan: 0 to add, 0 to change, 0 to remove.');
    expect(writes(box)).toBe(0);
    expect(await asanaState(box)).toEqual(before);
  });

  it('a place that says prune: false keeps its unlisted members under --prune', async () => {
    const { run } = await setup(`version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      prune: false
      members: [alice@acme.com]
`);
    const planned = await run('plan', '--prune', 'access.yaml');
    expect(planned.stdout).toContain('0 to remove.');
  });
});

describe('guard rails', () => {
  const crowd = Array.from({ length: 12 }, (_, i) => `user${String(i).padStart(2, '0')}@acme.com`);
  const crowdSeed = `
version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      teams:
        - team: Platform
          members: [${crowd.join(', ')}]
sandbox:
  me: bot@acme.com
`;
  const file = (listed: string[]) => `version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      teams:
        - team: Platform
          prune: true
          members: [${listed.join(', ')}]
`;

  async function crowdSetup(listed: string[]) {
    box = await sandbox(crowdSeed);
    const dir = await workdir({ 'access.yaml': file(listed) });
    return (...args: string[]) => gatehouse(args, box!.env, { cwd: dir });
  }

  it('refuse a plan that removes more than the share of a place, and apply writes nothing, until --force', async () => {
    // 13 live (12 + the token user, kept); removing 4 is 30.8%.
    const run = await crowdSetup(crowd.slice(0, 8));
    const planned = await run('plan', 'access.yaml');
    expect(planned.code).toBe(1);
    expect(planned.stdout).toContain('Plan: 0 to add, 0 to change, 4 to remove.');
    expect(planned.stderr).toContain('gatehouse: apply would refuse this plan: the removals exceed the guard rails:');
    expect(planned.stderr).toMatch(/asana team "Platform" \(\d+\): 4 of 13 members \(30\.8%\) would be removed, more than --max-removal-share 25%/);

    const refused = await run('apply', '--yes', 'access.yaml');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('gatehouse: refusing to apply: the removals exceed the guard rails:');
    expect(refused.stderr).toContain('Nothing was changed.');
    expect(writes(box!)).toBe(0);

    expect((await run('plan', '--max-removal-share', '40%', 'access.yaml')).code).toBe(0);
    const forced = await run('apply', '--yes', '--force', 'access.yaml');
    expect(forced.stderr).toBe('');
    expect(forced.code).toBe(0);
    expect(writes(box!)).toBe(4);
    expect((await run('plan', 'access.yaml')).stdout).toContain('No changes.');
  });

  it('refuse more removals than --max-removals in one run', async () => {
    const run = await crowdSetup(crowd.slice(0, 3));
    const refused = await run('apply', '--yes', '--max-removal-share', '100%', '--max-removals', '8', 'access.yaml');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('9 removals in this run, more than --max-removals 8');
    expect(writes(box!)).toBe(0);
    expect((await run('apply', '--yes', '--max-removal-share', '1', '--max-removals', '9', 'access.yaml')).code).toBe(0);
    expect(writes(box!)).toBe(9);
  });

  it('reject limits that are not numbers', async () => {
    const run = await crowdSetup(crowd);
    const bad = await run('plan', '--max-removal-share', 'lots', 'access.yaml');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--max-removal-share must be a share such as 25% or 0.25, got "lots"');
  });
});

describe('a failed read under prune', () => {
  it('fails the plan and the apply, naming the place, with no write at all', async () => {
    const { run, box } = await setup(
      `version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com, zoe@acme.com]
      prune: true
      teams:
        - team: Platform
          prune: true
          members: [alice@acme.com]
`,
      { rate500: 1, retryAfterSeconds: 0, only: { method: 'GET', pathPrefix: '/api/1.0/teams/' } },
    );
    const planned = await run('plan', 'access.yaml');
    expect(planned.code).toBe(1);
    expect(planned.stdout).toBe('');
    expect(planned.stderr).toMatch(/cannot read the members of team "Platform"/);

    const applied = await run('apply', '--yes', '--force', 'access.yaml');
    expect(applied.code).toBe(1);
    expect(applied.stdout).toBe('');
    expect(writes(box)).toBe(0);
  }, 60_000);
});
