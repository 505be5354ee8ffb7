/**
 * The GitHub Action as a workflow sees it: action.yml's step run as the runner
 * would (see runner.ts), against the sandbox over HTTP.
 */
import { mkdir, readFile, realpath, writeFile } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acmeDesired, acmeSeed, badFile } from '../integration/fixtures.js';
import { gatehouse, sandbox, workdir, type Sandbox } from '../integration/harness.js';
import { startServer } from '../http/helpers.js';
import { runAction } from './runner.js';

let live: Sandbox | undefined;
afterEach(async () => {
  await live?.close();
  live = undefined;
});

async function setup(desired = acmeDesired) {
  live = await sandbox(acmeSeed);
  const workspace = await workdir({ 'access/acme.yaml': desired });
  return { live, workspace };
}

const writes = (s: Sandbox) => s.requests() - s.requests('GET');


describe('plan', () => {
  it('writes the markdown plan to the job summary and has-changes, fingerprint, summary to the outputs; changes do not fail the step', async () => {
    const { live, workspace } = await setup();
    const run = await runAction({ workspace, with: { path: 'access' }, env: live.env });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse((await gatehouse(['plan', 'access', '--format', 'json'], live.env, { cwd: workspace })).stdout);
    expect(run.outputs).toMatchObject({
      'has-changes': 'true',
      fingerprint: json.fingerprint,
      summary: 'Plan: 7 to add, 0 to change, 0 to remove.',
      'exit-code': '2',
    });
    expect(run.summary).toMatch(/^### Gatehouse plan\n\n\*\*Plan: 7 to add, 0 to change, 0 to remove\.\*\*\n/);
    expect(run.summary).toMatch(/^\| asana team "Platform" \(\d+\) \| 2 \| 0 \| 0 \| 1 \| 2 \|$/m);
    expect(run.summary).toContain('+ carol@acme.com    # access/acme.yaml:10 (group:platform)');
    expect(run.summary).toContain(`Fingerprint: \`${json.fingerprint}\``);
    // The log has the plan as text.
    expect(run.stdout).toMatch(/^ {2}\+ carol@acme\.com {2}access\/acme\.yaml:10 \(group:platform\)$/m);
    expect(run.stdout).toContain('Plan: 7 to add, 0 to change, 0 to remove.');
    // The comment-ready file: the same plan, for a comment action.
    const comment = await readFile(run.outputs['markdown-file']!, 'utf8');
    expect(comment).toContain('**Plan: 7 to add, 0 to change, 0 to remove.**');
    expect(comment).toContain(json.fingerprint);
    expect(writes(live)).toBe(0);
  });

  it('says there is nothing to do with has-changes false and exit-code 0', async () => {
    const { live, workspace } = await setup();
    await gatehouse(['apply', 'access', '--yes'], live.env, { cwd: workspace });
    const run = await runAction({ workspace, with: { path: 'access', 'fail-on-changes': 'true' }, env: live.env });
    expect(run.code).toBe(0);
    expect(run.outputs).toMatchObject({ 'has-changes': 'false', 'exit-code': '0', summary: 'Plan: 0 to add, 0 to change, 0 to remove.' });
    expect(run.summary).toContain('No changes. Live state matches the file.');
  });

  it('fails the step with exit code 2 on changes only when fail-on-changes is true (drift checks)', async () => {
    const { live, workspace } = await setup();
    const run = await runAction({ workspace, with: { path: 'access', 'fail-on-changes': 'true' }, env: live.env });
    expect(run.code).toBe(2);
    expect(run.outputs['has-changes']).toBe('true');
    expect(run.stderr).toBe('::error title=Gatehouse::Live state differs from access. Plan: 7 to add, 0 to change, 0 to remove.\n');
    expect(run.summary).toContain('**Plan: 7 to add');
  });

  it('cuts a plan too long for a comment in markdown-file, and keeps it whole in the job summary', async () => {
    const users = Array.from({ length: 1500 }, (_, i) => `newcomer${String(i).padStart(4, '0')}@acme.com`);
    const { live, workspace } = await setup(`version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      projects:
        - project: Handbook
          members: [${users.join(', ')}]
`);
    const run = await runAction({ workspace, with: { path: 'access' }, env: live.env });
    expect(run.code).toBe(0);
    expect(run.outputs.summary).toBe('Plan: 3000 to add, 0 to change, 0 to remove.');
    const comment = await readFile(run.outputs['markdown-file']!, 'utf8');
    expect(comment.length).toBeLessThanOrEqual(65_536);
    const shown = comment.split('\n').filter((l) => l.startsWith('+ newcomer')).length;
    expect(shown).toBeGreaterThan(100);
    expect(comment).toContain(
      `> This plan was cut to fit a GitHub comment (65,536 characters): ${(3000 - shown).toLocaleString('en-US')} of 3,000 changes are not shown here. ` +
        'The full plan is in [the job summary](https://github.com/acme/access/actions/runs/4242).',
    );
    expect(comment).toContain(`Fingerprint: \`${run.outputs.fingerprint}\``);
    expect(run.summary.split('\n').filter((l) => l.startsWith('+ newcomer'))).toHaveLength(3000);
    expect(run.summary).not.toContain('[!WARNING]');
  });

  it('saves the plan with out and names it in plan-file, as an absolute path', async () => {
    const { live, workspace } = await setup();
    const run = await runAction({ workspace, with: { path: 'access', out: 'gatehouse-plan.json' }, env: live.env });
    expect(run.code).toBe(0);
    expect(run.outputs['plan-file']).toBe(join(await realpath(workspace), 'gatehouse-plan.json'));
    expect(isAbsolute(run.outputs['markdown-file']!)).toBe(true);
    const saved = JSON.parse(await readFile(run.outputs['plan-file']!, 'utf8'));
    expect(saved.plan.fingerprint).toBe(run.outputs.fingerprint);
  });

  it('names plan-file absolutely when run in a folder of the repository (upload-artifact reads paths from the repository root)', async () => {
    live = await sandbox(acmeSeed);
    const workspace = await workdir({ 'infra/access/acme.yaml': acmeDesired });
    const run = await runAction({ workspace, with: { path: 'access', out: 'gatehouse-plan.json', 'working-directory': 'infra' }, env: live.env });
    expect(run.code).toBe(0);
    expect(run.outputs['plan-file']).toBe(join(await realpath(workspace), 'infra/gatehouse-plan.json'));
    expect(JSON.parse(await readFile(run.outputs['plan-file']!, 'utf8')).config).toBe('access');
  });
});

describe('a bad file', () => {
  it('prints each problem as an annotation on its line, fails, and puts the problems in the summary', async () => {
    const { live, workspace } = await setup(badFile);
    const run = await runAction({ workspace, with: { path: 'access' }, env: live.env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^::error file=access\/acme\.yaml,line=7,col=11,title=Gatehouse::.*unknown key "memebers".*did you mean "members"/m);
    expect(run.stderr).toContain('::error file=access/acme.yaml,line=9,col=21,title=Gatehouse::group "nobody" is not defined\n');
    expect(run.stderr).toContain('access/acme.yaml:9:21: group "nobody" is not defined\n'); // the plain line too
    expect(run.outputs['exit-code']).toBe('1');
    expect(run.outputs['has-changes']).toBeUndefined();
    expect(run.outputs.summary).toMatch(/^Gatehouse plan failed: access\/acme\.yaml:7:11: /);
    expect(run.summary).toMatch(/^### Gatehouse plan failed\n\n```text\naccess\/acme\.yaml:7:11: /);
    expect(run.summary).toContain('2 problems found.\n```');
    expect(run.summary).not.toContain('::error');
    expect(run.summary).toContain("See [the run's log](https://github.com/acme/access/actions/runs/4242).");
    expect(await readFile(run.outputs['markdown-file']!, 'utf8')).toContain('group "nobody" is not defined');
    expect(live.requests()).toBe(0);
  });

  it('names files from the repository root when run in a folder of it (working-directory)', async () => {
    live = await sandbox(acmeSeed);
    const workspace = await workdir({ 'infra/access/acme.yaml': badFile });
    const run = await runAction({ workspace, with: { command: 'validate', path: 'access', 'working-directory': 'infra' }, env: live.env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('access/acme.yaml:9:21: group "nobody" is not defined\n');
    expect(run.stderr).toContain('::error file=infra/access/acme.yaml,line=9,col=21,title=Gatehouse::group "nobody" is not defined\n');
  });

  it('annotates names that match nothing live at the line that names them', async () => {
    const { live, workspace } = await setup(`version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      teams:
        - team: Platfrom
          members: [alice@acme.com]
`);
    const run = await runAction({ workspace, with: { path: 'access' }, env: live.env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^::error file=access\/acme\.yaml,line=6,col=17,title=Gatehouse::.*"Platfrom".*did you mean "Platform"/m);
    expect(writes(live)).toBe(0);
  });
});

describe('validate', () => {
  it('passes a good file, with no token and no network', async () => {
    const workspace = await workdir({ 'access/acme.yaml': acmeDesired });
    const run = await runAction({ workspace, with: { command: 'validate', path: 'access' } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.outputs['exit-code']).toBe('0');
    expect(run.outputs.summary).toMatch(/^access: valid \(1 file, 4 places, \d+ memberships\)\.$/);
    expect(run.outputs['has-changes']).toBeUndefined();
    expect(run.summary).toBe(`### Gatehouse validate\n\n${run.outputs.summary}\n`);
  });
});

describe('apply', () => {
  it('applies the saved plan from the pull request, then a plan has nothing to do', async () => {
    const { live, workspace } = await setup();
    const planned = await runAction({ workspace, with: { path: 'access', out: 'gatehouse-plan.json' }, env: live.env });
    const applied = await runAction({ workspace, with: { command: 'apply', path: 'gatehouse-plan.json' }, env: live.env });
    expect(applied.code).toBe(0);
    expect(applied.outputs).toMatchObject({
      'has-changes': 'true',
      fingerprint: planned.outputs.fingerprint,
      summary: 'Plan: 7 to add, 0 to change, 0 to remove. Apply: 7 done, 0 failed, 0 skipped.',
      'exit-code': '0',
    });
    expect(applied.summary).toMatch(/^### Gatehouse apply\n\n\*\*Apply: 7 done, 0 failed, 0 skipped\.\*\*\n/);
    expect(applied.stderr).toBe('Apply: 7 done, 0 failed, 0 skipped.\n');
    const after = await runAction({ workspace, with: { path: 'access' }, env: live.env });
    expect(after.outputs['has-changes']).toBe('false');
  });

  it('refuses a stale saved plan: exit 1, the refusal in the summary, nothing written', async () => {
    const { live, workspace } = await setup();
    const planned = await runAction({ workspace, with: { path: 'access', out: 'gatehouse-plan.json' }, env: live.env });
    // Merged together with another change to the file, planned on its own.
    await writeFile(join(workspace, 'access/acme.yaml'), acmeDesired.replace('members: [alice@acme.com]\n      teams:', 'members: [alice@acme.com, erin@acme.com]\n      teams:'));
    const applied = await runAction({ workspace, with: { command: 'apply', path: 'gatehouse-plan.json' }, env: live.env });
    expect(applied.code).toBe(1);
    expect(applied.outputs['exit-code']).toBe('1');
    expect(applied.outputs.summary).toBe('Plan: 8 to add, 0 to change, 0 to remove. Refused: nothing was changed.');
    expect(applied.outputs.fingerprint).not.toBe(planned.outputs.fingerprint);
    expect(applied.summary).toMatch(/^### Gatehouse apply refused\n\n\*\*Refused: nothing was changed\.\*\*/);
    expect(applied.summary).toContain(`saved plan: fingerprint ${planned.outputs.fingerprint} (7 changes)`);
    expect(applied.summary).toContain('+ erin@acme.com at asana workspace "Acme Corp"');
    expect(writes(live)).toBe(0);
  });

  it('applies the files with the reviewed fingerprint, as apply.yml does on merge', async () => {
    const { live, workspace } = await setup();
    const planned = await runAction({ workspace, with: { path: 'access', out: 'gatehouse-plan.json' }, env: live.env });
    const applied = await runAction({ workspace, with: { command: 'apply', path: 'access', 'expect-fingerprint': planned.outputs.fingerprint! }, env: live.env });
    expect(applied.code).toBe(0);
    expect(applied.outputs.summary).toBe('Plan: 7 to add, 0 to change, 0 to remove. Apply: 7 done, 0 failed, 0 skipped.');
  });

  it('passes prune to plan and apply: the reviewed removals are applied, and a plan without prune would not match', async () => {
    const { live, workspace } = await setup();
    const planned = await runAction({ workspace, with: { path: 'access', prune: 'true' }, env: live.env });
    expect(planned.outputs.summary).toBe('Plan: 7 to add, 0 to change, 2 to remove.');
    const withoutPrune = await runAction({ workspace, with: { command: 'apply', path: 'access', 'expect-fingerprint': planned.outputs.fingerprint! }, env: live.env });
    expect(withoutPrune.code).toBe(1);
    expect(writes(live)).toBe(0);
    // One removal is from an organisation, which deprovisions the user: it needs allow-deprovision too.
    const refused = await runAction({
      workspace,
      with: { command: 'apply', path: 'access', prune: 'true', 'expect-fingerprint': planned.outputs.fingerprint! },
      env: live.env,
    });
    expect(refused.code).toBe(1);
    expect(refused.outputs.summary).toBe('Plan: 7 to add, 0 to change, 2 to remove. Refused: nothing was changed.');
    expect(writes(live)).toBe(0);
    const applied = await runAction({
      workspace,
      with: { command: 'apply', path: 'access', prune: 'true', 'allow-deprovision': 'true', 'expect-fingerprint': planned.outputs.fingerprint! },
      env: live.env,
    });
    expect(applied.code).toBe(0);
    expect(applied.outputs.summary).toBe('Plan: 7 to add, 0 to change, 2 to remove. Apply: 9 done, 0 failed, 0 skipped.');
  });

  it('refuses an apply that names nothing reviewed (no saved plan, no expect-fingerprint): nothing is sent', async () => {
    const { live, workspace } = await setup();
    const run = await runAction({ workspace, with: { command: 'apply', path: 'access' }, env: live.env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^::error title=Gatehouse::command apply needs what was reviewed: expect-fingerprint .*"access" is neither, so nothing was applied\n$/);
    expect(run.outputs['exit-code']).toBe('1');
    expect(live.requests()).toBe(0);
  });

  it('refuses a .json that is not a saved plan (a crafted artifact holding desired state, or a folder), before any request', async () => {
    const { live, workspace } = await setup();
    // JSON is YAML: desired state that would add a member nobody reviewed.
    const crafted = JSON.stringify({ version: 1, asana: { workspaces: [{ workspace: 'Acme Corp', members: ['alice@acme.com', 'dan@acme.com'] }] } });
    await writeFile(join(workspace, 'gatehouse-plan.json'), crafted);
    await mkdir(join(workspace, 'folder.json'));
    await writeFile(join(workspace, 'folder.json/acme.yaml'), acmeDesired);
    for (const path of ['gatehouse-plan.json', 'folder.json']) {
      const run = await runAction({ workspace, with: { command: 'apply', path }, env: live.env });
      expect(run.code, path).toBe(1);
      expect(run.stderr, path).toMatch(new RegExp(`^gatehouse: ${path.replace('.', '\\.')} (is not a saved plan|is a folder, not a saved plan).*Nothing was changed\\.$`, 'm'));
      expect(run.outputs['exit-code'], path).toBe('1');
      expect(run.summary, path).toMatch(/^### Gatehouse apply failed\n/);
    }
    expect(live.requests()).toBe(0);
  });

  it('refuses a wrong expect-fingerprint, nothing written', async () => {
    const { live, workspace } = await setup();
    const run = await runAction({ workspace, with: { command: 'apply', path: 'access', 'expect-fingerprint': 'c'.repeat(64) }, env: live.env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`--expect-fingerprint ${'c'.repeat(64)} was given, but a fresh plan of access has fingerprint`);
    expect(writes(live)).toBe(0);
  });
});

describe('secrets and mistakes', () => {
  it('never prints the token, even when the API echoes it back in its error, raw and JSON-escaped', async () => {
    // An Asana personal access token: it holds / and :, which JSON may escape.
    const token = '2/1204567890123/1209876543210:sekrit0ffffeeee0123456789abcdef';
    const bare = (header: string) => header.replace(/^Bearer /, '');
    const slashEscaped = (text: string) => text.replace(/\//g, '\\/');
    const unicodeEscaped = (text: string) => [...text].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('');
    // An API that echoes the Authorization header it got, in every form a careless server might.
    const server = await startServer((req, res) => {
      const header = String(req.headers.authorization ?? '');
      const body =
        `{"errors":[{"message":"Not Authorized: ${bare(header)} (raw)"},` +
        `{"message":"you sent ${slashEscaped(bare(header))} (JSON, / escaped)"},` +
        `{"message":"you sent ${unicodeEscaped(bare(header))} (JSON, every character escaped)"},` +
        `{"message":"header: ${slashEscaped(header)}"}],"echo":${JSON.stringify(header)}}`;
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(body);
    });
    try {
      const workspace = await workdir({ 'access/acme.yaml': acmeDesired });
      const env = { ASANA_BASE_URL: server.url, ASANA_TOKEN: token };
      const runs = [
        await runAction({ workspace, with: { path: 'access' }, env }),
        await runAction({ workspace, with: { path: 'access', out: 'gatehouse-plan.json' }, env }),
        await runAction({ workspace, with: { command: 'apply', path: 'access', 'expect-fingerprint': 'c'.repeat(64) }, env }),
      ];
      // The server did get the token, and its error did reach the step's output.
      expect(server.seen.length).toBeGreaterThanOrEqual(runs.length);
      for (const seen of server.seen) expect(seen.headers.authorization).toBe(`Bearer ${token}`);
      const forms = [token, slashEscaped(token), unicodeEscaped(token), encodeURIComponent(token), token.split(':')[1]!];
      for (const run of runs) {
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(/401/);
        expect(run.stderr).toContain('Not Authorized: [REDACTED] (raw)');
        const markdown = await readFile(run.outputs['markdown-file']!, 'utf8');
        const places = { stdout: run.stdout, stderr: run.stderr, GITHUB_OUTPUT: JSON.stringify(run.outputs), GITHUB_STEP_SUMMARY: run.summary, 'markdown-file': markdown, everything: await run.everything() };
        for (const [where, text] of Object.entries(places)) {
          for (const form of forms) expect(text, `${where} holds the token (${form})`).not.toContain(form);
        }
      }
    } finally {
      await server.close();
    }
  });

  it('prints no workflow command but its own annotations, whatever the files hold', async () => {
    const { live, workspace } = await setup('version: 1\n"x\\n::warning file=a::injected": 1\n"##[notice]legacy": 2\n');
    const run = await runAction({ workspace, with: { path: 'access' }, env: live.env });
    expect(run.code).toBe(1);
    const commands = (run.stdout + run.stderr).split('\n').filter((l) => l.trimStart().startsWith('::') || l.includes('##['));
    expect(commands).toHaveLength(2);
    for (const line of commands) expect(line).toMatch(/^::error file=access\/acme\.yaml,line=[23],col=1,title=Gatehouse::unknown key/);
  });

  it('reports a wrong input as an annotation and fails', async () => {
    const workspace = await workdir({});
    const run = await runAction({ workspace, with: { command: 'destroy', path: 'access' } });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('::error title=Gatehouse::input command must be one of plan, apply, validate, report, not "destroy"\n');
    const odd = await runAction({ workspace, with: { path: 'access', 'fail-on-changes': 'yes' } });
    expect(odd.code).toBe(1);
    expect(odd.stderr).toContain('input fail-on-changes must be true or false, not "yes"');
  });
});

describe('report', () => {
  it('markdown: the access review goes to the job summary; with out and html, the page is written and report-file names it; plan says how many members are unmanaged', async () => {
    const { live, workspace } = await setup();
    const md = await runAction({ workspace, with: { command: 'report', path: 'access' }, env: live.env });
    expect(md.code).toBe(0);
    // One title: the review's own.
    expect(md.summary.match(/^#+ .*$/gm)?.[0]).toBe('### Gatehouse access review');
    expect(md.summary).not.toContain('### Gatehouse report');
    expect(md.summary).toMatch(/^\| grace@\u200bacme\.com \(Grace\) \| member \(unmanaged\) \|/m);
    const html = await runAction({ workspace, with: { command: 'report', path: 'access', format: 'html', out: 'review.html' }, env: live.env });
    expect(html.code).toBe(0);
    expect(isAbsolute(html.outputs['report-file']!)).toBe(true);
    expect(await readFile(html.outputs['report-file']!, 'utf8')).toMatch(/^<!DOCTYPE html>/);
    // The page is named in the summary, not pasted into it.
    expect(html.summary).toMatch(/^### Gatehouse report\n\nWrote the access review to review\.html \(\d+ users, \d+ places\)\.\n/);
    expect(html.summary).not.toContain('<');
    const wrong = await runAction({ workspace, with: { command: 'report', path: 'access', format: 'json' }, env: live.env });
    expect(wrong.stderr).toContain('input format must be one of markdown, html, csv for command report, not "json"');
    const plan = await runAction({ workspace, with: { path: 'access' }, env: live.env });
    const json = JSON.parse((await gatehouse(['plan', 'access', '--format', 'json'], live.env, { cwd: workspace })).stdout);
    expect(plan.outputs.unmanaged).toBe(String(json.summary.unmanaged));
    expect(Number(plan.outputs.unmanaged)).toBeGreaterThan(0);
    expect(writes(live)).toBe(0);
  });

  it('cuts a review too long for a comment in markdown-file at a line, saying how much is left out, and keeps it whole in the job summary', async () => {
    const users = Array.from({ length: 1500 }, (_, i) => `member${String(i).padStart(4, '0')}@acme.com`);
    live = await sandbox(`version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [${users.join(', ')}]
sandbox:
  me: bot@acme.com
`);
    const workspace = await workdir({ 'access/acme.yaml': `version: 1\nasana:\n  workspaces:\n    - workspace: Acme Corp\n      members: [${users.join(', ')}]\n` });
    const run = await runAction({ workspace, with: { command: 'report', path: 'access' }, env: live.env });
    expect(run.code).toBe(0);
    const rows = (text: string) => text.split('\n').filter((l) => l.startsWith('| member'));
    expect(rows(run.summary)).toHaveLength(1500);
    expect(run.summary).not.toContain('[!WARNING]');
    const comment = await readFile(run.outputs['markdown-file']!, 'utf8');
    expect(comment.length).toBeLessThanOrEqual(65_536);
    expect(rows(comment).length).toBeGreaterThan(100);
    expect(rows(comment).length).toBeLessThan(1500);
    const left = run.summary.trim().split('\n').length - comment.split('\n> [!WARNING]')[0]!.trimEnd().split('\n').length;
    expect(comment).toContain(`> This review was cut to fit a GitHub comment (65,536 characters): ${left.toLocaleString('en-US')} more lines are not shown here.`);
  });
});
