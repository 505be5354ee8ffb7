/** In GitHub Actions the command's problems also become annotations on the YAML lines of the pull request. */
import { afterEach, describe, expect, it } from 'vitest';
import { acmeDesired, acmeSeed, badFile } from './fixtures.js';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

let live: Sandbox | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});


const actions = { GITHUB_ACTIONS: 'true' };

/**
 * The lines GitHub's runner would take as workflow commands: `::` after any
 * leading whitespace, or the legacy `##[` anywhere in the line.
 */
const commandLines = (text: string) => text.split('\n').filter((line) => line.trimStart().startsWith('::') || line.includes('##['));

describe('annotations', () => {
  it('validate and plan print each file problem as ::error file,line,col after the plain lines', async () => {
    const cwd = await workdir({ 'access/team,ops:1.yaml': badFile });
    for (const command of ['validate', 'plan']) {
      const result = await gatehouse([command, 'access'], { ...actions, GITHUB_WORKSPACE: cwd, ASANA_TOKEN: 't' }, { cwd });
      expect(result.code, command).toBe(1);
      const lines = result.stderr.trimEnd().split('\n');
      expect(lines.slice(0, 3)).toEqual([
        expect.stringMatching(/^access\/team,ops:1\.yaml:7:11: /),
        'access/team,ops:1.yaml:9:21: group "nobody" is not defined',
        '2 problems found.',
      ]);
      expect(lines.slice(3)).toEqual([
        expect.stringMatching(/^::error file=access\/team%2Cops%3A1\.yaml,line=7,col=11,title=Gatehouse::.*unknown key "memebers"/),
        '::error file=access/team%2Cops%3A1.yaml,line=9,col=21,title=Gatehouse::group "nobody" is not defined',
      ]);
    }
  });

  it('are not printed outside GitHub Actions', async () => {
    const cwd = await workdir({ 'access.yaml': badFile });
    const result = await gatehouse(['validate', 'access.yaml'], { GITHUB_ACTIONS: 'false' }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).not.toContain('::');
  });

  it('cover names that match nothing live, at the line that names them, before any write', async () => {
    live = await sandbox(acmeSeed);
    const cwd = await workdir({
      'access.yaml': `version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      teams:
        - team: Platfrom
          members: [alice@acme.com]
`,
    });
    const result = await gatehouse(['apply', 'access.yaml', '--yes'], { ...live.env, ...actions }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^access\.yaml:6:17: .*did you mean "Platform"/m);
    expect(result.stderr).toMatch(/^::error file=access\.yaml,line=6,col=17,title=Gatehouse::.*"Platfrom".*did you mean "Platform"/m);
    expect(live.requests() - live.requests('GET')).toBe(0);
  });

  it('are the only workflow commands printed: text from a file cannot start one, whatever it holds', async () => {
    const cwd = await workdir({
      // A key with a newline and a workflow command in it, and one with the legacy ##[ form.
      'access.yaml': 'version: 1\n"bad\\n::warning file=a::injected": 1\n"##[warning]legacy": 2\n',
      // A file name that starts like a workflow command.
      '::warning file=a::named.yaml': 'version: 1\nasana:\n  workspaces:\n    - workspace: W\n      memebers: []\n',
    });
    for (const path of ['access.yaml', '::warning file=a::named.yaml']) {
      const result = await gatehouse(['validate', path], { ...actions, GITHUB_WORKSPACE: cwd }, { cwd });
      expect(result.code, path).toBe(1);
      const lines = result.stderr.trimEnd().split('\n');
      // Every command the runner would see is one of Gatehouse's own annotations, and each problem has one.
      const commands = commandLines(result.stderr);
      expect(commands.length, path).toBeGreaterThan(0);
      for (const line of commands) expect(line, path).toMatch(/^::error file=[^:,]+,line=\d+,col=\d+,title=Gatehouse::/);
      expect(commands.length, path).toBe(lines.filter((l) => l.startsWith('::error ')).length);
      expect(lines.length - commands.length, path).toBe(commands.length + 1); // a plain line per problem, and the count
    }
    const keys = await gatehouse(['validate', 'access.yaml'], actions, { cwd });
    expect(keys.stderr).toContain('access.yaml:2:1: unknown key "bad\\u000a::warning file=a::injected" at the top level');
    expect(keys.stderr).toContain('access.yaml:3:1: unknown key "#\\u0023[warning]legacy" at the top level');
    const named = await gatehouse(['validate', '::warning file=a::named.yaml'], actions, { cwd });
    expect(named.stderr).toMatch(/^\\u003a\\u003awarning file=a::named\.yaml:5:7: unknown key "memebers"/m);
  });

  it('cannot be started by names from the live service, in the printed plan or in a refusal', async () => {
    const evil = 'Roadmap\n::warning file=a::injected';
    live = await sandbox(acmeSeed.replace('- project: Roadmap', `- project: ${JSON.stringify(evil)}`));
    const desired = acmeDesired.replace('- project: Roadmap', `- project: ${JSON.stringify(evil)}`);
    const cwd = await workdir({ 'access.yaml': desired });
    expect((await gatehouse(['plan', 'access.yaml', '--out', 'plan.json'], live.env, { cwd })).code).toBe(0);
    await writeFile(join(cwd, 'access.yaml'), desired.replace('members: [group:platform, bob@acme.com]', 'members: [group:platform, bob@acme.com, erin@acme.com]'));
    const result = await gatehouse(['apply', 'plan.json'], { ...live.env, ...actions }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^ {4}\+ erin@acme\.com at asana project "Roadmap\\u000a::warning file=a::injected" \(\d+\)$/m);
    expect(result.stdout).toContain('implied by project Roadmap\\u000a::warning file=a::injected');
    expect(commandLines(result.stderr + result.stdout)).toEqual([]);
    expect(live.requests() - live.requests('GET')).toBe(0);
  });

  it('say why a run failed when the error is not in a file', async () => {
    const cwd = await workdir({ 'access.yaml': acmeDesired });
    const result = await gatehouse(['plan', 'access.yaml'], { ...actions, ASANA_BASE_URL: 'http://127.0.0.1:9/api/1.0' }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^::error title=Gatehouse::.*ASANA_TOKEN/m);
  });
});
