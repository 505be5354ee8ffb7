/**
 * The action's log and its newer inputs, run as a workflow runs the action
 * (runner.ts) against the sandbox: the plan folded in a group, warning
 * annotations for guests and unmanaged members, long messages folded, the
 * log's format, the guard rails' limits and the request budgets.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { acmeDesired, acmeSeed } from '../integration/fixtures.js';
import { gatehouse, sandbox, workdir, type Sandbox } from '../integration/harness.js';
import { runAction } from './runner.js';

let live: Sandbox | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});

async function setup(desired = acmeDesired, seed = acmeSeed) {
  live = await sandbox(seed);
  const workspace = await workdir({ 'access/acme.yaml': desired });
  return { live, workspace };
}

/** The workspace's own members in acmeDesired, with more users listed there. */
const withWorkspaceMembers = (...users: string[]) => acmeDesired.replace('members: [alice@acme.com]\n      teams:', `members: [alice@acme.com, ${users.join(', ')}]\n      teams:`);

const writes = (s: Sandbox) => s.requests() - s.requests('GET');

/** Lines the runner reads as workflow commands. */
const commandsIn = (text: string) => text.split('\n').filter((l) => l.trimStart().startsWith('::') || l.includes('##['));

describe('the log', () => {
  it('folds the plan into a group titled with its summary line, then warns of unmanaged members per place, by count', async () => {
    const { live, workspace } = await setup();
    const run = await runAction({ workspace, with: { path: 'access' }, env: live.env });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const [folded, after] = run.stdout.split('::endgroup::\n');
    expect(folded).toMatch(/^::group::Plan: 7 to add, 0 to change, 0 to remove\.\nasana workspace "Acme Corp"/);
    expect(folded).toMatch(/^ {2}\+ carol@acme\.com {2}access\/acme\.yaml:10 \(group:platform\)$/m);
    expect(folded).toMatch(/^Plan: 7 to add, 0 to change, 0 to remove\.$/m);
    expect(after!.trimEnd().split('\n')).toEqual([
      expect.stringMatching(
        /^::warning title=Gatehouse%3A unmanaged members::asana workspace "Acme Corp" \(\d+\): 2 live members are not in the file and left alone \(verbose: true names them\)\.$/,
      ),
      expect.stringMatching(/^::warning title=Gatehouse%3A unmanaged members::asana team "Platform" \(\d+\): 2 live members are not in the file and left alone \(verbose: true names them\)\.$/),
    ]);
    expect(commandsIn(run.stdout)).toHaveLength(4);
  });

  it('names unmanaged members in their warnings with verbose, as the log does', async () => {
    const { live, workspace } = await setup();
    const run = await runAction({ workspace, with: { path: 'access', verbose: 'true' }, env: live.env });
    expect(run.stdout).toMatch(/^::warning title=Gatehouse%3A unmanaged members::asana team "Platform" \(\d+\): 2 live members are not in the file and left alone: bot@acme\.com, grace@acme\.com\.$/m);
    expect(run.stdout).toMatch(/^ {4}grace@acme\.com {2}\(unmanaged: live, not in the file; left alone\)$/m);
  });

  it('warns of each user who joins as a guest, on the line of the file that lists them (from the repository root)', async () => {
    live = await sandbox(acmeSeed);
    const workspace = await workdir({ 'infra/access/acme.yaml': withWorkspaceMembers('zed@gmail.com') });
    const run = await runAction({ workspace, with: { path: 'access', 'working-directory': 'infra' }, env: live.env });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ {2}\+ zed@gmail\.com \(guest\) {2}access\/acme\.yaml:7$/m);
    expect(run.stdout).toMatch(
      /^::warning file=infra\/access\/acme\.yaml,line=7,title=Gatehouse%3A guest::zed@gmail\.com joins asana workspace "Acme Corp" \(\d+\) as a guest, from outside the organisation\.$/m,
    );
  });

  it('keeps to five warnings of a kind, the fifth counting the rest (GitHub shows ten a step)', async () => {
    const guests = Array.from({ length: 7 }, (_, i) => `guest${i}@gmail.com`);
    const { live, workspace } = await setup(withWorkspaceMembers(...guests));
    const run = await runAction({ workspace, with: { path: 'access' }, env: live.env });
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning') && l.includes('guest'));
    expect(warnings).toHaveLength(5);
    expect(warnings.slice(0, 4).map((l) => /::(guest\d)@/.exec(l)![1])).toEqual(['guest0', 'guest1', 'guest2', 'guest3']);
    expect(warnings[4]).toBe('::warning title=Gatehouse%3A guests::3 more users join as guests: guest4@gmail.com, guest5@gmail.com, guest6@gmail.com. The plan marks each (guest).');
  });

  it('escapes names from the live service in its warnings: no name can break a line, start a command or end the group', async () => {
    const name = 'Ops 100% ##[error]x\n::endgroup::\n::warning::injected';
    const seed = acmeSeed.replace('        - team: Design\n', `        - team: Design\n        - team: ${JSON.stringify(name)}\n          members: [grace@acme.com]\n`);
    const desired = acmeDesired.replace('      projects:\n        - project: Handbook', `        - team: ${JSON.stringify(name)}\n          members: [alice@acme.com]\n      projects:\n        - project: Handbook`);
    const { live, workspace } = await setup(desired, seed);
    const run = await runAction({ workspace, with: { path: 'access', verbose: 'true' }, env: live.env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /^::warning title=Gatehouse%3A unmanaged members::asana team "Ops 100%25 #\\u0023\[error\]x\\u000a::endgroup::\\u000a::warning::injected" \(\d+\): 2 live members are not in the file and left alone: bot@acme\.com, grace@acme\.com\.$/m,
    );
    const commands = commandsIn(run.stdout);
    expect(commands.filter((l) => l.startsWith('::group::'))).toHaveLength(1);
    expect(commands.filter((l) => l === '::endgroup::')).toHaveLength(1);
    for (const line of commands) expect(line).toMatch(/^::(group::Plan: |endgroup::$|warning title=Gatehouse%3A unmanaged members::)/);
  });

  it('folds long messages from the CLI into a group titled with the first, annotations inside', async () => {
    const teams = Array.from({ length: 24 }, (_, i) => `        - team: T${i}\n          memebers: [alice@acme.com]\n`).join('');
    const { live, workspace } = await setup(`version: 1\nasana:\n  workspaces:\n    - workspace: Acme Corp\n      teams:\n${teams}`);
    const run = await runAction({ workspace, with: { command: 'validate', path: 'access' }, env: live.env });
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^::group::access\/acme\.yaml:7:11: unknown key "memebers".* \(25 lines\)$/);
    expect(lines.at(-1)).toBe('::endgroup::');
    expect(lines.filter((l) => l.startsWith('::error file=access/acme.yaml,'))).toHaveLength(24);
    expect(lines).toContain('24 problems found.');
    // Short messages stay as they are.
    const one = await runAction({ workspace, with: { command: 'validate', path: 'nowhere' } });
    expect(one.stderr).not.toContain('::group::');
  });
});

describe('the input format', () => {
  it('json: the log has the plan document, as plan --format json prints it; the summary stays markdown', async () => {
    const { live, workspace } = await setup();
    const run = await runAction({ workspace, with: { path: 'access', format: 'json' }, env: live.env });
    expect(run.code).toBe(0);
    const folded = run.stdout.split('::endgroup::\n')[0]!.replace(/^::group::.*\n/, '');
    const cli = await gatehouse(['plan', 'access', '--format', 'json'], live.env, { cwd: workspace });
    expect(JSON.parse(folded)).toEqual(JSON.parse(cli.stdout));
    expect(run.summary).toMatch(/^### Gatehouse plan\n/);
  });

  it('markdown: the log has the markdown plan', async () => {
    const { live, workspace } = await setup();
    const run = await runAction({ workspace, with: { path: 'access', format: 'markdown' }, env: live.env });
    expect(run.stdout).toMatch(/^::group::Plan: 7 to add, 0 to change, 0 to remove\.\n### Gatehouse plan\n/);
    expect(run.stdout).toContain('```diff\n+ ');
  });

  it('anything else fails the step before any request', async () => {
    const { live, workspace } = await setup();
    const run = await runAction({ workspace, with: { path: 'access', format: 'yaml' }, env: live.env });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('::error title=Gatehouse::input format must be one of text, markdown, json, not "yaml"\n');
    expect(live.requests()).toBe(0);
  });
});

describe('the guard rails and request budgets', () => {
  it('max-removals reaches plan, which refuses past it and passes within it', async () => {
    const { live, workspace } = await setup();
    const prune = { path: 'access', prune: 'true', 'allow-deprovision': 'true' };
    const tooMany = await runAction({ workspace, with: { ...prune, 'max-removals': '1' }, env: live.env });
    expect(tooMany.code).toBe(1);
    expect(tooMany.stderr).toContain('gatehouse: apply would refuse this plan: the removals exceed the guard rails:');
    expect(tooMany.stderr).toContain('2 removals in this run, more than --max-removals 1');
    expect(tooMany.summary).toMatch(/^### Gatehouse plan failed\n/);
    const within = await runAction({ workspace, with: { ...prune, 'max-removals': '2' }, env: live.env });
    expect(within.code, within.stderr).toBe(0);
    expect(within.outputs.summary).toBe('Plan: 7 to add, 0 to change, 2 to remove.');
    const bad = await runAction({ workspace, with: { ...prune, 'max-removals': '1.5' }, env: live.env });
    expect(bad.stderr).toBe('::error title=Gatehouse::input max-removals must be a whole number (the most removals one run may make), not "1.5"\n');
    expect(writes(live)).toBe(0);
  });

  it("max-removal-share reaches plan: 2 of a project's 8 members pass the default 25%, not 10%", async () => {
    const users = Array.from({ length: 8 }, (_, i) => `u${i}@acme.com`);
    const seed = `version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [${users.join(', ')}]
      projects:
        - project: Handbook
          members: [${users.join(', ')}]
sandbox:
  me: bot@acme.com
  workspaces:
    - workspace: Acme Corp
      email_domains: [acme.com]
`;
    const desired = `version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      projects:
        - project: Handbook
          members: [${users.slice(0, 6).join(', ')}]
`;
    const { live, workspace } = await setup(desired, seed);
    const ok = await runAction({ workspace, with: { path: 'access', prune: 'true' }, env: live.env });
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.outputs.summary).toBe('Plan: 0 to add, 0 to change, 2 to remove.');
    const refused = await runAction({ workspace, with: { path: 'access', prune: 'true', 'max-removal-share': '10%' }, env: live.env });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/asana project "Handbook" \(\d+\): 2 of 8 members \(25%\) would be removed, more than --max-removal-share 10%/);
    expect(writes(live)).toBe(0);
  });

  it("rate-limit and dreadnode-rate-limit are each provider's request budget, as the CLI's flags", async () => {
    const { live, workspace } = await setup();
    const run = await runAction({ workspace, with: { path: 'access', 'rate-limit': '300/min', 'dreadnode-rate-limit': '5/s' }, env: live.env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^Apply: 6 requests \(.*\), .* at 300\/min$/m);
    expect(run.summary).toMatch(/^Apply: 6 requests \(.*\), .* at 300\/min$/m);
    const bad = await runAction({ workspace, with: { path: 'access', 'dreadnode-rate-limit': 'fast' }, env: live.env });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^::error title=Gatehouse::input dreadnode-rate-limit must be requests per minute such as \d+\/min \(or per second, 25\/s\), not "fast"\n$/);
  });

  it('a working-directory that is not a folder of the checkout fails the step, naming it', async () => {
    const workspace = await workdir({ 'access/acme.yaml': acmeDesired });
    const run = await runAction({ workspace, with: { command: 'validate', path: 'access', 'working-directory': 'infra' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('::error title=Gatehouse::input working-directory "infra" is not a folder of the checkout\n');
    expect(run.outputs['exit-code']).toBe('1');
  });
});
