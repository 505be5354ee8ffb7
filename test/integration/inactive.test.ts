/**
 * Inactive workspace members, as Asana keeps them (API-FACTS "Workspace
 * membership lifecycle"): a removed member's record stays with
 * `is_active: false`. Through the built command against the sandbox: a
 * listed inactive member is reactivated, an unlisted one is never removed
 * again, and the next plan is empty either way.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

const seed = `
version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com, bob@acme.com]
sandbox:
  me: bot@acme.com
  workspaces:
    - workspace: Acme Corp
      inactive: [ivy@acme.com]
`;

const file = (members: string, prune = false) => `version: 1
asana:
  workspaces:
    - workspace: Acme Corp
${prune ? '      prune: true\n' : ''}      members: [${members}]
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

async function active(s: Sandbox): Promise<Record<string, boolean>> {
  const [workspace] = (await s.get('/workspaces')).data;
  const users = new Map<string, string>((await s.get(`/users?workspace=${workspace.gid}&limit=100&opt_fields=email`)).data.map((u: any) => [u.gid, u.email]));
  const memberships = (await s.get(`/workspaces/${workspace.gid}/workspace_memberships?limit=100&opt_fields=user,is_active`)).data as any[];
  return Object.fromEntries(memberships.map((m) => [users.get(m.user.gid), m.is_active]).sort());
}

describe('inactive workspace members', () => {
  it('listed in the file: planned as an add that reactivates them; after apply the plan is empty', async () => {
    const run = await setup(file('alice@acme.com, bob@acme.com, ivy@acme.com'));
    const planned = await run('plan', 'access.yaml');
    expect(planned.stdout).toMatch(/^ {2}\+ ivy@acme\.com .*\(reactivate\)/m);
    expect(planned.stdout).toContain('Plan: 1 to add, 0 to change, 0 to remove.');
    const json = JSON.parse((await run('plan', '--format', 'json', 'access.yaml')).stdout);
    expect(json.changes.map((c: any) => [c.action, c.user, c.marks])).toEqual([['add', 'ivy@acme.com', ['reactivate']]]);
    expect((await run('apply', '--yes', 'access.yaml')).code).toBe(0);
    expect((await active(box!))['ivy@acme.com']).toBe(true);
    expect((await run('plan', 'access.yaml')).stdout).toContain('No changes.');
  });

  it('not listed, under --prune: never planned for removal, before or after someone is removed', async () => {
    const run = await setup(file('alice@acme.com', true));
    const planned = await run('plan', 'access.yaml');
    // bob goes; ivy is inactive already and is left alone.
    expect(planned.stdout).toMatch(/^ {2}- bob@acme\.com/m);
    expect(planned.stdout).not.toMatch(/^ {2}- ivy@acme\.com/m);
    expect(planned.stdout).toContain('0 to add, 0 to change, 1 to remove.');
    expect((await run('apply', '--yes', '--allow-deprovision', 'access.yaml')).code).toBe(0);
    // Asana keeps bob's record, inactive; the next plan does not remove him again.
    expect(await active(box!)).toMatchObject({ 'alice@acme.com': true, 'bob@acme.com': false, 'ivy@acme.com': false });
    expect((await run('plan', 'access.yaml')).stdout).toContain('No changes.');
  });
});
