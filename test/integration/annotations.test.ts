/** In GitHub Actions the command's problems also become annotations on the YAML lines of the pull request. */
import { afterEach, describe, expect, it } from 'vitest';
import { acmeDesired, acmeSeed, badFile } from './fixtures.js';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

let live: Sandbox | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});


const actions = { GITHUB_ACTIONS: 'true' };

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

  it('say why a run failed when the error is not in a file', async () => {
    const cwd = await workdir({ 'access.yaml': acmeDesired });
    const result = await gatehouse(['plan', 'access.yaml'], { ...actions, ASANA_BASE_URL: 'http://127.0.0.1:9/api/1.0' }, { cwd });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^::error title=Gatehouse::.*ASANA_TOKEN/m);
  });
});
