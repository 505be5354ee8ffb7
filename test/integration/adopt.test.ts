/**
 * `gatehouse adopt` through the built command against the sandbox: drift
 * made by hand (a member added, a level raised, a member removed) becomes a
 * patch that git applies; --write makes plan empty; a second --check is clean;
 * it sends exactly plan's requests; bad input writes nothing.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

const run = promisify(execFile);

/** Live state: the file below, and by hand: hand@ added to the team, dan raised to editor, newbie made a contributor; gone@ removed. */
const seed = `
version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com]
      teams:
        - team: Platform
          members: [carol@acme.com, dan@acme.com, hand@acme.com]
          projects:
            - project: Roadmap
              admin: [carol@acme.com]
              editor: [dan@acme.com]
              commenter: [erin@acme.com]
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: research
          owner: [alice@acme.com]
          contributor: [newbie@acme.com]
          reader: [bob@acme.com]
sandbox:
  me: bot@acme.com
  workspaces:
    - workspace: Acme Corp
      email_domains: [acme.com]
`;

const access = `version: 1
# Who has access, reviewed by the platform team.
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com]   # founders
      teams:
        - team: Platform
          members:
            - carol@acme.com   # lead
            - dan@acme.com

          projects:
            - project: Roadmap
              admin: [carol@acme.com]
              commenter: [dan@acme.com, erin@acme.com, gone@acme.com]
`;

const research = `version: 1
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - workspace: research
          owner: [alice@acme.com]
          reader:
            - bob@acme.com   # auditor
`;

let box: Sandbox | undefined;
afterEach(async () => {
  await box?.close();
  box = undefined;
});

async function setup(files: Record<string, string> = { 'access/asana.yaml': access, 'access/dreadnode.yaml': research }) {
  box = await sandbox(seed);
  const dir = await workdir(files);
  return { dir, run: (...args: string[]) => gatehouse(args, box!.env, { cwd: dir }) };
}

describe('gatehouse adopt', () => {
  it('prints a patch git applies; --write then makes plan empty with nothing unmanaged, and a second --check exits 0', async () => {
    const { dir, run: cli } = await setup();
    const printed = await cli('adopt', 'access', '--include-missing', '--check');
    expect(printed.stderr).not.toContain('gatehouse:');
    expect(printed.code).toBe(2);
    expect(printed.stdout).toContain('--- a/access/asana.yaml\n+++ b/access/asana.yaml\n');
    expect(printed.stdout).toContain('+            - hand@acme.com\n');
    expect(printed.stdout).toContain('-              commenter: [dan@acme.com, erin@acme.com, gone@acme.com]\n+              editor: [dan@acme.com]\n+              commenter: [erin@acme.com]\n');
    expect(printed.stdout).toContain('           owner: [alice@acme.com]\n+          contributor:\n+            - newbie@acme.com\n           reader:\n');

    // git accepts the patch as printed, from the working directory.
    const repo = await mkdtemp(join(tmpdir(), 'gatehouse-adopt-git-'));
    await run('git', ['init', '-q'], { cwd: repo });
    await workdirInto(repo, { 'access/asana.yaml': access, 'access/dreadnode.yaml': research });
    await writeFile(join(repo, 'adopt.patch'), printed.stdout);
    await run('git', ['apply', '--check', 'adopt.patch'], { cwd: repo });
    await run('git', ['apply', 'adopt.patch'], { cwd: repo });

    const written = await cli('adopt', 'access', '--include-missing', '--write');
    expect(written.code).toBe(0);
    expect(written.stderr).toMatch(/Adopted \d+ entries; wrote access\/asana\.yaml, access\/dreadnode\.yaml\./);
    // --write writes what the patch said.
    expect(await readFile(join(dir, 'access/asana.yaml'), 'utf8')).toBe(await readFile(join(repo, 'access/asana.yaml'), 'utf8'));
    expect(await readFile(join(dir, 'access/dreadnode.yaml'), 'utf8')).toBe(await readFile(join(repo, 'access/dreadnode.yaml'), 'utf8'));

    const plan = await cli('plan', 'access', '--format', 'json');
    expect(plan.code).toBe(0);
    const parsed = JSON.parse(plan.stdout);
    expect(parsed.changes).toEqual([]);
    expect(parsed.summary.unmanaged).toBe(0);

    const again = await cli('adopt', 'access', '--include-missing', '--check');
    expect(again).toMatchObject({ code: 0, stdout: '' });
  });

  it('sends exactly the requests plan sends', async () => {
    const { run: cli } = await setup();
    const before = box!.requests();
    expect((await cli('plan', 'access')).code).toBe(0);
    const planned = box!.requests() - before;
    expect((await cli('adopt', 'access', '--include-missing')).code).toBe(0);
    expect(box!.requests() - before - planned).toBe(planned);
  });

  it('lists each adopted entry with its place, level and target line as JSON', async () => {
    const { run: cli } = await setup();
    const result = await cli('adopt', 'access', '--format', 'json', '--only', 'levels');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({
      adopted: [
        {
          kind: 'levels',
          place: 'asana/workspace:Acme Corp/team:Platform/project:Roadmap',
          user: 'dan@acme.com',
          level: 'editor',
          fromLevel: 'commenter',
          target: 'access/asana.yaml:16',
          from: 'access/asana.yaml:16',
        },
      ],
      notAdopted: [],
    });
  });

  it('refuses a file that does not validate with validate’s errors, and writes nothing', async () => {
    const bad = access.replace('admin: [carol@acme.com]', 'admin: [carol@acme.com]\n              owner: [x@acme.com]');
    const { dir, run: cli } = await setup({ 'access/asana.yaml': bad });
    const validated = await gatehouse(['validate', 'access'], {}, { cwd: dir });
    const adopted = await cli('adopt', 'access', '--write');
    expect(validated.code).toBe(1);
    expect(adopted).toMatchObject({ code: 1, stdout: '', stderr: validated.stderr });
    expect(await readFile(join(dir, 'access/asana.yaml'), 'utf8')).toBe(bad);
  });

  it('refuses a folder in which two files declare the same place, as validate does', async () => {
    const twice = research.replace('auditor', 'again');
    const { dir, run: cli } = await setup({ 'access/one.yaml': research, 'access/two.yaml': twice });
    const validated = await gatehouse(['validate', 'access'], {}, { cwd: dir });
    const adopted = await cli('adopt', 'access', '--write');
    expect(validated.code).toBe(1);
    expect(validated.stderr).toContain('already declared');
    expect(adopted).toMatchObject({ code: 1, stderr: validated.stderr });
    expect(await readFile(join(dir, 'access/one.yaml'), 'utf8')).toBe(research);
  });

  it('reports a place declared through an anchor with its line and adopts the rest', async () => {
    const anchored = `version: 1
dreadnode:
  organizations:
    - org: acme
      workspaces:
        - &research
          workspace: research
          owner: [alice@acme.com]
`;
    const { dir, run: cli } = await setup({ 'access/asana.yaml': access, 'access/dreadnode.yaml': anchored });
    const result = await cli('adopt', 'access', '--write');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('dreadnode/org:acme/workspace:research: newbie@acme.com: the place at access/dreadnode.yaml:7 is declared through an anchor, alias or merge key: not edited');
    expect(await readFile(join(dir, 'access/dreadnode.yaml'), 'utf8')).toBe(anchored);
    expect(await readFile(join(dir, 'access/asana.yaml'), 'utf8')).toContain('            - hand@acme.com\n');
  });
});

async function workdirInto(dir: string, files: Record<string, string>): Promise<void> {
  const { mkdir } = await import('node:fs/promises');
  for (const [name, text] of Object.entries(files)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
}
