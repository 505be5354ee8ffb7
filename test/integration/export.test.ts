/** `gatehouse export` through the built CLI against the sandbox. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { changesOf, exportThenPlan, liveWorld, type Live } from '../export/live.js';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';
import { asanaWorld } from '../support/sandbox.js';

let live: Sandbox | Live | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});

const EXAMPLE = 'examples/sandbox/acme-live.yaml';

/** Acme with what makes export work: twin names, a guest, an inactive member, a project shared with a team, a user without an email. */
const tricky = `
version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com, Guest@Other.org]
      teams:
        - team: Platform
          members: [alice@acme.com, carol@acme.com]
          projects:
            - project: Roadmap
              members: [carol@acme.com, guest@other.org]
        - team: "2027"
          members: [dan@acme.com]
      projects:
        - project: Handbook
          members: [alice@acme.com]
sandbox:
  me: bot@acme.com
  users: [{ email: erin@acme.com }]
  workspaces:
    - workspace: Acme Corp
      email_domains: [acme.com]
      inactive: [old@acme.com]
      teams: [{ name: Platform, gid: "1300000000000002" }]
      projects: [{ name: Roadmap, gid: "1300000000000003" }]
`;

describe('gatehouse export', () => {
  it('the example org: export then plan finds nothing to do, on Asana and Dreadnode', async () => {
    live = await sandbox(EXAMPLE);
    const { cwd, exported, plan } = await exportThenPlan(live.env, ['--all-asana-workspaces', '--dreadnode-org', 'acme']);
    expect(changesOf(plan)).toEqual([]);
    expect(plan.code).toBe(0);
    const text = await readFile(join(cwd, 'live.yaml'), 'utf8');
    // The schema is referred to inside the user's repository, where `gatehouse schema --out` writes it; export says so while it is missing.
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=.gatehouse/schema.json');
    expect(exported.stderr).toContain('the files refer to .gatehouse/schema.json for editors; write it with: gatehouse schema --out .gatehouse/schema.json');
    const file = parse(text);
    expect(file.asana.workspaces[0].teams.map((t: { team: string }) => t.team)).toEqual(['Design', 'Platform']);
    expect(file.dreadnode.organizations[0].workspaces).toContainEqual({
      workspace: 'red-team',
      owner: ['alice@acme.com'],
      contributor: ['mallory@acme.com'],
      reader: ['carol@acme.com'],
    });
    expect(exported.stderr).toMatch(/^gatehouse export: wrote to live\.yaml \(\d+ requests, [\d.]+ s\)$/m);
    const validate = await gatehouse(['validate', 'live.yaml'], {}, { cwd });
    expect(validate.code, validate.stderr).toBe(0);
    // The plan in text form says so in words.
    const words = await gatehouse(['plan', 'live.yaml'], live.env, { cwd });
    expect(words.stdout).toContain('No changes.');
  });

  it('the example org as a --split folder: a file per team, one per workspace, one for Dreadnode; plan finds nothing to do', async () => {
    live = await sandbox(EXAMPLE);
    const { cwd, plan } = await exportThenPlan(live.env, ['--all-asana-workspaces', '--dreadnode-org', 'acme', '--split'], 'access');
    expect(changesOf(plan)).toEqual([]);
    expect((await readdir(join(cwd, 'access'), { recursive: true })).filter((f) => f.endsWith('.yaml')).sort()).toEqual([
      'asana/acme-corp/teams/design.yaml',
      'asana/acme-corp/teams/platform.yaml',
      'asana/acme-corp/workspace.yaml',
      'dreadnode.yaml',
    ]);
    const validate = await gatehouse(['validate', 'access'], {}, { cwd });
    expect(validate.stdout).toContain('valid (4 files');
    // Run again over the earlier export: replaced, not refused.
    const again = await gatehouse(['export', '--all-asana-workspaces', '--dreadnode-org', 'acme', '--split', '--out', 'access'], live.env, { cwd });
    expect(again.code, again.stderr).toBe(0);
  });

  it('gives the same bytes for the same live state, on stdout as in a file', async () => {
    live = await sandbox(EXAMPLE);
    const cwd = await workdir({});
    const first = await gatehouse(['export', '--dreadnode-org', 'acme', '--all-asana-workspaces'], live.env, { cwd });
    const second = await gatehouse(['export', '--dreadnode-org', 'acme', '--all-asana-workspaces'], live.env, { cwd });
    expect(first.code, first.stderr).toBe(0);
    expect(second.stdout).toBe(first.stdout);
    await gatehouse(['export', '--dreadnode-org', 'acme', '--all-asana-workspaces', '--out', 'x.yaml'], live.env, { cwd });
    expect(await readFile(join(cwd, 'x.yaml'), 'utf8')).toBe(first.stdout);
    // Progress and the summary go to stderr; stdout is the file alone.
    expect(parse(first.stdout).version).toBe(1);
    expect(first.stderr).toContain('gatehouse export: Asana: listing workspaces');
  });

  it('exports every Asana workspace without flags, and only Dreadnode with --dreadnode-org alone', async () => {
    live = await sandbox(EXAMPLE);
    const asanaOnly = await gatehouse(['export'], { ASANA_BASE_URL: live.env.ASANA_BASE_URL!, ASANA_TOKEN: live.env.ASANA_TOKEN! });
    expect(asanaOnly.code, asanaOnly.stderr).toBe(0);
    expect(Object.keys(parse(asanaOnly.stdout))).toEqual(['version', 'asana']);
    const dreadnodeOnly = await gatehouse(['export', '--dreadnode-org', 'acme'], {
      DREADNODE_BASE_URL: live.env.DREADNODE_BASE_URL!,
      DREADNODE_TOKEN: live.env.DREADNODE_TOKEN!,
    });
    expect(dreadnodeOnly.code, dreadnodeOnly.stderr).toBe(0);
    expect(Object.keys(parse(dreadnodeOnly.stdout))).toEqual(['version', 'dreadnode']);
    const named = await gatehouse(['export', '--asana-workspace', '1200000000000001'], live.env);
    expect(parse(named.stdout).asana.workspaces.map((w: { workspace: string }) => w.workspace)).toEqual(['Acme Corp']);
  });

  it('twin names, guests, inactive members, a project shared with a team and a user without an email: plan still finds nothing to do', async () => {
    let platformGid = '';
    live = await liveWorld(tricky, (world) => {
      const ws = [...asanaWorld(world).workspaces.values()][0]!;
      const handbook = [...asanaWorld(world).projects.values()].find((p) => p.name === 'Handbook')!;
      const platform = [...asanaWorld(world).teams.values()].find((t) => t.name === 'Platform')!;
      platformGid = platform.gid;
      handbook.teamMembers.set(platform.gid, { membershipGid: '1400000000000001', accessLevel: 'editor' });
      const nobody = { gid: '1400000000000002', email: '', name: 'No Mail' };
      asanaWorld(world).users.set(nobody.gid, nobody);
      ws.members.set(nobody.gid, { membershipGid: '1400000000000003', isGuest: false, isAdmin: false, isActive: true });
      handbook.members.set(nobody.gid, { membershipGid: '1400000000000004', accessLevel: 'editor' });
    });
    const { cwd, plan } = await exportThenPlan(live.env, []);
    expect(changesOf(plan)).toEqual([]);
    const text = await readFile(join(cwd, 'live.yaml'), 'utf8');
    const lines = text.split('\n');
    const line = (needle: string): string[] => lines.filter((l) => l.includes(needle)).map((l) => l.trim());
    // Two teams named Platform: both by gid, the name in a comment; "2027" is no gid, so by name.
    expect(line('- team: "').filter((l) => l.endsWith('# Platform (2 teams have this name)'))).toHaveLength(2);
    expect(line('team: "2027"')).toEqual(['- team: "2027"']);
    // Roadmap is a project of a team and of the workspace: by name under its team, by gid outside it.
    expect(line('project: Roadmap')).toHaveLength(1);
    expect(line('- project: "1300000000000003" # Roadmap (2 projects have this name)')).toHaveLength(1);
    expect(line('guest@other.org')).toEqual(['- guest@other.org # guest', '- guest@other.org # guest']);
    // Inactive: a comment, since listing them would plan their reactivation.
    expect(line('old@acme.com')).toEqual(['#   old@acme.com Old (inactive: listing them would make them active again)']);
    expect(line('bot@acme.com')[0]).toBe("- bot@acme.com # the token's own user");
    // Members go under their access levels. The team the project is shared with is a member, by gid because
    // two teams share its name; the user without an email is a comment.
    const handbook = parse(text).asana.workspaces[0].projects.find((p: { project: string }) => p.project === 'Handbook');
    expect(handbook).toEqual({ project: 'Handbook', editor: ['alice@acme.com', `team:${platformGid}`] });
    expect(line(`team:${platformGid}`)).toEqual([`- team:${platformGid} # Platform (2 teams have this name)`]);
    expect(line('gid 1400000000000002 No Mail (no visible email)')).toHaveLength(2);
  });

  it('a failed read fails the export: exit 1, the read named, no file written', async () => {
    live = await sandbox(EXAMPLE, { rate500: 1, only: { pathPrefix: '/api/1.0/teams/' }, seed: 3 });
    const cwd = await workdir({});
    const result = await gatehouse(['export', '--out', 'live.yaml'], live.env, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^gatehouse: cannot (read the members|list the projects) of Asana team "(Design|Platform)" \(\d+\): .*500/m);
    expect(await readdir(cwd)).toEqual([]);
  });

  it('names what it cannot find, before writing anything', async () => {
    live = await sandbox(EXAMPLE);
    const cwd = await workdir({});
    const org = await gatehouse(['export', '--dreadnode-org', 'acme', '--dreadnode-org', 'nope', '--out', 'x.yaml'], live.env, { cwd });
    expect(org.code).toBe(1);
    expect(org.stderr).toContain('gatehouse: --dreadnode-org nope: dreadnode organisation "nope" not found (or this token cannot see it)');
    const ws = await gatehouse(['export', '--asana-workspace', 'Acme Crop', '--out', 'x.yaml'], live.env, { cwd });
    expect(ws.code).toBe(1);
    expect(ws.stderr).toContain('gatehouse: --asana-workspace "Acme Crop": workspace "Acme Crop" not found; did you mean "Acme Corp"?');
    expect(await readdir(cwd)).toEqual([]);
  });

  it('refuses to overwrite a file it did not write', async () => {
    live = await sandbox(EXAMPLE);
    const cwd = await workdir({ 'access.yaml': 'version: 1\n' });
    const result = await gatehouse(['export', '--out', 'access.yaml'], live.env, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('refusing to overwrite a file that gatehouse export did not write');
    expect(await readFile(join(cwd, 'access.yaml'), 'utf8')).toBe('version: 1\n');
  });

  it('refuses wrong flags and missing settings before any request', async () => {
    live = await sandbox(EXAMPLE);
    const split = await gatehouse(['export', '--split'], live.env);
    expect(split.code).toBe(1);
    expect(split.stderr).toContain('--split writes a folder: name it with --out PATH');
    const both = await gatehouse(['export', '--asana-workspace', 'x', '--all-asana-workspaces'], live.env);
    expect(both.stderr).toContain('do not go together');
    const noDreadnode = await gatehouse(['export', '--dreadnode-org', 'acme'], { ASANA_TOKEN: 'x' });
    expect(noDreadnode.code).toBe(1);
    expect(noDreadnode.stderr).toContain('DREADNODE_BASE_URL is not set, and --dreadnode-org was given');
    expect(noDreadnode.stderr).toContain('DREADNODE_TOKEN is not set, and --dreadnode-org was given');
    expect(live.requests()).toBe(0);
    const usage = await gatehouse(['--help']);
    expect(usage.stdout).toMatch(/^ {2}export /m);
  });
});
