import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { acmeDesired, acmeSeed } from './fixtures.js';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

const planSchema = JSON.parse(readFileSync(new URL('../../schemas/plan.schema.json', import.meta.url), 'utf8'));
const validatePlan = new Ajv({ allErrors: true }).compile(planSchema);

let live: Sandbox | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});

async function setup(desired = acmeDesired, seed = acmeSeed) {
  live = await sandbox(seed);
  const cwd = await workdir({ 'access.yaml': desired });
  return { live, file: 'access.yaml', cwd };
}

async function emailsOf(s: Sandbox, path: string, pick: (row: any) => any = (row) => row): Promise<string[]> {
  const directory = new Map<string, string>();
  const workspaces = (await s.get('/workspaces')).data;
  for (const w of workspaces) {
    for (const u of (await s.get(`/users?workspace=${w.gid}&opt_fields=email&limit=100`)).data) directory.set(u.gid, u.email);
  }
  const rows = (await s.get(path)).data as any[];
  return rows.map((row) => directory.get(pick(row).gid) ?? pick(row).gid).sort();
}

describe('plan, apply, plan again', () => {
  it('plans the missing memberships with their reasons, in apply order', async () => {
    const { live, file, cwd } = await setup();
    const result = await gatehouse(['plan', file, '--format', 'json', '--detailed-exitcode'], live.env, { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(2);
    const plan = JSON.parse(result.stdout);
    expect(validatePlan(plan), JSON.stringify(validatePlan.errors)).toBe(true);
    expect(plan.changes.map((c: any) => `${c.place.kind} ${c.place.name} + ${c.user} (${c.reasons.join('; ')})`)).toEqual([
      'workspace Acme Corp + bob@acme.com (implied by project Roadmap)',
      'workspace Acme Corp + dan@acme.com (implied by team Platform; implied by project Roadmap)',
      'team Platform + carol@acme.com (access.yaml:10 (group:platform))',
      'team Platform + dan@acme.com (access.yaml:10 (group:platform))',
      // Within a stage, places come in key order: asana/workspace:…/project:Handbook before …/team:Platform/project:Roadmap.
      'project Handbook + carol@acme.com (access.yaml:16)',
      'project Roadmap + bob@acme.com (access.yaml:13)',
      'project Roadmap + dan@acme.com (access.yaml:13 (group:platform))',
    ]);
    expect(plan.summary).toEqual({ add: 7, change: 0, remove: 0, unmanaged: expect.any(Number) });
    expect(plan.places.find((p: any) => p.place.kind === 'workspace').unmanaged).toContain('grace@acme.com');
  });

  it('text output shows + lines grouped by place and the summary line', async () => {
    const { live, file, cwd } = await setup();
    const result = await gatehouse(['plan', file], live.env, { cwd });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/asana team "Platform" \(\d+\)/);
    expect(result.stdout).toMatch(/^ {2}\+ carol@acme\.com {2}.*access\.yaml:10 \(group:platform\)$/m);
    expect(result.stdout).toMatch(/^ {2}\+ bob@acme\.com {2}implied by project Roadmap$/m);
    expect(result.stdout).not.toContain('\u001b[');
    // The summary, then the cost: 7 adds in 6 requests (Roadmap's two new members go in one addMembers).
    expect(result.stdout.trimEnd().split('\n').slice(-2)).toEqual(['Plan: 7 to add, 0 to change, 0 to remove.', 'Apply: 6 requests (2 addMembers, 2 team addUser, 2 workspace addUser), under 1 s at 6000000/min']);
  });

  it('applies in order, then a second plan is empty and unmanaged members are still there', async () => {
    const { live, file, cwd } = await setup();
    const applied = await gatehouse(['apply', file, '--yes'], live.env, { cwd });
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('Apply: 7 done, 0 failed, 0 skipped.');
    // The cost the plan showed is what apply sent.
    expect(applied.stdout).toContain('Apply: 6 requests (2 addMembers, 2 team addUser, 2 workspace addUser), ');
    expect(live.requests('POST')).toBe(6);

    const again = await gatehouse(['plan', file, '--detailed-exitcode'], live.env, { cwd });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('No changes.');

    const ws = (await live.get('/workspaces')).data[0];
    const teams = (await live.get(`/workspaces/${ws.gid}/teams?limit=100`)).data as any[];
    const platform = teams.find((t) => t.name === 'Platform');
    expect(await emailsOf(live, `/teams/${platform.gid}/team_memberships?limit=100`, (m) => m.user)).toEqual([
      'alice@acme.com',
      'bot@acme.com',
      'carol@acme.com',
      'dan@acme.com',
      'grace@acme.com',
    ]);
    const workspaceUsers = await emailsOf(live, `/users?workspace=${ws.gid}&opt_fields=email&limit=100`);
    expect(workspaceUsers).toEqual(expect.arrayContaining(['bob@acme.com', 'dan@acme.com', 'grace@acme.com']));
  });

  it("sends a project's new members in one addMembers request", async () => {
    const { live, file, cwd } = await setup();
    await gatehouse(['apply', file, '--yes'], live.env, { cwd });
    // Roadmap gets bob and dan, Handbook gets carol: two projects, two requests.
    expect(live.requestsTo('POST /projects/{project_gid}/addMembers')).toBe(2);
    expect(live.requestsTo('POST /workspaces/{workspace_gid}/addUser')).toBe(2);
    expect(live.requestsTo('POST /teams/{team_gid}/addUser')).toBe(2);
  });

  it('markdown output has the summary and fingerprint', async () => {
    const { live, file, cwd } = await setup();
    const json = JSON.parse((await gatehouse(['plan', file, '--format', 'json'], live.env, { cwd })).stdout);
    const md = await gatehouse(['plan', file, '--format', 'markdown'], live.env, { cwd });
    expect(md.stdout).toContain('**Plan: 7 to add, 0 to change, 0 to remove.**');
    expect(md.stdout).toContain(json.fingerprint);
  });
});
