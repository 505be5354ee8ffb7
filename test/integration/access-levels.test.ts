/**
 * Project access levels and teams as members, through the built command
 * against the sandbox over HTTP: reads and writes go through the Memberships
 * API (never the deprecated project_memberships route), the cheaper route is
 * chosen per batch and named in the cost line, and apply then plan is empty.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

const seed = `
version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com]
      teams:
        - team: Platform
          members: [carol@acme.com, dan@acme.com]
          projects:
            - project: Roadmap
              admin: [carol@acme.com]
              editor: [dan@acme.com, team:Ops]
              commenter: [erin@acme.com]
        - team: Design
          members: [frank@acme.com]
sandbox:
  me: bot@acme.com
  workspaces:
    - workspace: Acme Corp
      email_domains: [acme.com]
`;

const project = (...lists: string[]) => `version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      teams:
        - team: Platform
          projects:
            - project: Roadmap
${lists.map((l) => `              ${l}\n`).join('')}`;

let box: Sandbox | undefined;
afterEach(async () => {
  await box?.close();
  box = undefined;
});

async function setup(text: string) {
  box = await sandbox(seed);
  const dir = await workdir({ 'access.yaml': text });
  return { run: (...args: string[]) => gatehouse([...args], box!.env, { cwd: dir }), dir };
}

/** Roadmap's memberships as GET /memberships answers them: member name → level. */
async function levels(s: Sandbox): Promise<Record<string, string>> {
  const [ws] = (await s.get('/workspaces')).data;
  const projects = (await s.get(`/projects?workspace=${ws.gid}&limit=100`)).data as { gid: string; name: string }[];
  const roadmap = projects.find((p) => p.name === 'Roadmap')!;
  const list = (await s.get(`/memberships?parent=${roadmap.gid}&limit=100&opt_fields=member.name,member.email,access_level`)).data as any[];
  return Object.fromEntries(list.map((m) => [m.member.email ?? `team:${m.member.name}`, m.access_level]).sort());
}

const changes = (plan: any) => plan.changes.map((c: any) => [c.action, c.user, c.fromRole ?? null, c.role ?? null]);

describe('project access levels', () => {
  it('plans adds at a level, teams, and ~ level changes; applies them through the Memberships API; the next plan is empty', async () => {
    const { run } = await setup(
      project('admin: [carol@acme.com, team:Design]', 'editor: [erin@acme.com]', 'commenter: [dan@acme.com]', 'members: [alice@acme.com]'),
    );
    const planned = await run('plan', 'access.yaml');
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toMatch(/^ {2}\+ team:Design admin {2}access\.yaml:9$/m);
    expect(planned.stdout).toMatch(/^ {2}\+ alice@acme\.com {2}access\.yaml:12$/m);
    expect(planned.stdout).toMatch(/^ {2}~ erin@acme\.com commenter → editor {2}access\.yaml:10$/m);
    expect(planned.stdout).toMatch(/^ {2}~ dan@acme\.com editor → commenter {2}access\.yaml:11$/m);
    expect(planned.stdout).toContain('(1 in sync, 1 unmanaged)');
    // One addMembers for the default-level add, one POST for the team, one PUT per change of level.
    expect(planned.stdout).toMatch(/^Apply: 4 requests \(1 POST \/memberships, 2 PUT \/memberships, 1 addMembers\), /m);

    const json = JSON.parse((await run('plan', '--format', 'json', 'access.yaml')).stdout);
    expect(changes(json)).toEqual([
      ['add', 'alice@acme.com', null, null],
      ['change', 'dan@acme.com', 'editor', 'commenter'],
      ['change', 'erin@acme.com', 'commenter', 'editor'],
      ['add', 'team:Design', null, 'admin'],
    ]);
    const md = (await run('plan', '--format', 'markdown', 'access.yaml')).stdout;
    expect(md).toMatch(/^! erin@acme\.com commenter → editor {4}# access\.yaml:10$/m);

    const applied = await run('apply', '--yes', 'access.yaml');
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Apply: 4 done, 0 failed, 0 skipped.');
    expect([box!.requestsTo('POST /memberships'), box!.requestsTo('PUT /memberships/{membership_gid}'), box!.requestsTo('POST /projects/{project_gid}/addMembers')]).toEqual([1, 2, 1]);
    expect(box!.requestsTo('GET /projects/{project_gid}/project_memberships')).toBe(0);
    expect(await levels(box!)).toEqual({
      'alice@acme.com': 'editor',
      'carol@acme.com': 'admin',
      'dan@acme.com': 'commenter',
      'erin@acme.com': 'editor',
      'team:Design': 'admin',
      'team:Ops': 'editor',
    });
    expect((await run('plan', 'access.yaml')).stdout).toContain('No changes.');
  });

  it('with prune, removes an unlisted team and a single user with DELETE /memberships/{gid}', async () => {
    const { run } = await setup(project('admin: [carol@acme.com]', 'editor: [dan@acme.com]'));
    const planned = await run('plan', '--prune', 'access.yaml');
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toMatch(/^ {2}- team:Ops editor {2}not in the file \(prune\)$/m);
    expect(planned.stdout).toMatch(/^ {2}- erin@acme\.com commenter {2}not in the file \(prune\)$/m);
    // Two users would go in one removeMembers; one user and one team are a DELETE each.
    expect(planned.stdout).toMatch(/^Apply: 2 requests \(2 DELETE \/memberships\), /m);
    expect((await run('apply', '--yes', '--prune', 'access.yaml')).code).toBe(0);
    expect(box!.requestsTo('DELETE /memberships/{membership_gid}')).toBe(2);
    expect(await levels(box!)).toEqual({ 'carol@acme.com': 'admin', 'dan@acme.com': 'editor' });
    expect((await run('plan', '--prune', 'access.yaml')).stdout).toContain('No changes.');
  });

  it('names a team by gid too, and says "did you mean" for a misspelt one, before any write', async () => {
    const { run } = await setup(project('editor: [team:Desgin]'));
    const refused = await run('plan', 'access.yaml');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^access\.yaml:9:24: team:Desgin in project "Roadmap": team "Desgin" not found in workspace "Acme Corp".*; did you mean "Design"\?/);
    expect(box!.requests('POST') + box!.requests('PUT') + box!.requests('DELETE')).toBe(0);

    const teams = (await box!.get(`/workspaces/${(await box!.get('/workspaces')).data[0].gid}/teams?limit=100`)).data as any[];
    const design = teams.find((t) => t.name === 'Design').gid;
    const byGid = await setup(project(`editor: [dan@acme.com, carol@acme.com, erin@acme.com, team:Ops, "team:${design}"]`));
    const planned = await byGid.run('plan', '--format', 'json', 'access.yaml');
    expect(changes(JSON.parse(planned.stdout)).filter((c: string[]) => c[1]!.startsWith('team:'))).toEqual([['add', `team:${design}`, null, 'editor']]);
  });
});

describe('export of levels and teams', () => {
  it('writes each member under its level and teams as team:NAME; the file plans nothing', async () => {
    const { run, dir } = await setup('version: 1\n');
    const exported = await run('export', '--out', 'live.yaml');
    expect(exported.code, exported.stderr).toBe(0);
    const roadmap = parse(exported.stdout === '' ? await import('node:fs/promises').then((f) => f.readFile(`${dir}/live.yaml`, 'utf8')) : exported.stdout)
      .asana.workspaces[0].teams.find((t: any) => t.team === 'Platform').projects[0];
    expect(roadmap).toEqual({ project: 'Roadmap', admin: ['carol@acme.com'], editor: ['dan@acme.com', 'team:Ops'], commenter: ['erin@acme.com'] });
    expect((await run('plan', 'live.yaml')).stdout).toContain('No changes.');
  });
});

describe('bad input', () => {
  it.each([
    ['a level list on a team', 'version: 1\nasana:\n  workspaces:\n    - workspace: Acme Corp\n      teams:\n        - team: Platform\n          editor: [dan@acme.com]\n', /^access\.yaml:7:11: "editor" is not allowed in team/m],
    ['an unknown level key', project('editors: [dan@acme.com]'), /^access\.yaml:9:15: unknown key "editors" in project \(did you mean "editor"\?\)/m],
    ['team: in a team’s members', 'version: 1\nasana:\n  workspaces:\n    - workspace: Acme Corp\n      teams:\n        - team: Platform\n          members: [team:Design]\n', /^access\.yaml:7:21: team:Design: a team cannot be a member of a team/m],
  ])('%s: exit 1 at FILE:LINE:COL, and no request at all', async (_name, text, error) => {
    const { run } = await setup(text);
    const result = await run('plan', 'access.yaml');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(error);
    expect(box!.requests()).toBe(0);
  });
});
