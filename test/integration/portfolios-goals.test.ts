/**
 * Portfolios and goals through the built command against the sandbox over
 * HTTP: found by name (a portfolio only when the token may list it) or gid,
 * read and written through the Memberships API at their own levels, read
 * back with Asana's official SDK, and exported so that the file plans empty.
 */
import Asana from 'asana';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';

const SERVICE_TOKEN = 'service-account-token';

const seed = `
version: 1
asana:
  workspaces:
    - workspace: Acme Corp
      members: [alice@acme.com, bob@acme.com, carol@acme.com, erin@acme.com]
      teams:
        - team: Design
          members: [frank@acme.com]
      portfolios:
        - portfolio: Q1 Bets
          admin: [alice@acme.com]
          viewer: [bob@acme.com, team:Design]
      goals:
        - goal: Grow ARR
          admin: [alice@acme.com]
          commenter: [carol@acme.com, erin@acme.com]
sandbox:
  me: bot@acme.com
  service_account_token: ${SERVICE_TOKEN}
  workspaces:
    - workspace: Acme Corp
      email_domains: [acme.com]
      portfolios:
        - { name: Board Pack, gid: "4000000000000001", owner: ceo@acme.com }
`;

const file = (...lines: string[]) => `version: 1
asana:
  workspaces:
    - workspace: Acme Corp
${lines.map((l) => `      ${l}\n`).join('')}`;

let box: Sandbox | undefined;
afterEach(async () => {
  await box?.close();
  box = undefined;
});

async function setup(text: string) {
  box = await sandbox(seed);
  const dir = await workdir({ 'access.yaml': text });
  const run = (args: string[], env: Record<string, string> = {}) => gatehouse(args, { ...box!.env, ...env }, { cwd: dir });
  return { run, dir };
}

/** Asana's official client, pointed at the sandbox. */
function sdk(s: Sandbox) {
  const client = new Asana.ApiClient();
  client.basePath = s.baseUrl;
  client.authentications.token!.accessToken = s.token;
  return client;
}

/** A portfolio's or goal's memberships as the official SDK reads them: email or team:NAME → level. */
async function levelsOf(s: Sandbox, kind: 'portfolio' | 'goal', name: string): Promise<Record<string, string>> {
  const client = sdk(s);
  const [ws] = (await new Asana.WorkspacesApi(client).getWorkspaces({})).data as { gid: string }[];
  const listed =
    kind === 'portfolio'
      ? await new Asana.PortfoliosApi(client).getPortfolios(ws!.gid, { limit: 100 })
      : await new Asana.GoalsApi(client).getGoals({ workspace: ws!.gid, limit: 100 });
  const parent = (listed.data as { gid: string; name: string }[]).find((p) => p.name === name)!;
  const page = await new Asana.MembershipsApi(client).getMemberships({ parent: parent.gid, limit: 100 });
  const emails = new Map<string, string>();
  for (const m of page.data as any[]) {
    if (m.member.resource_type === 'user') emails.set(m.member.gid, (await new Asana.UsersApi(client).getUser(m.member.gid, {})).data.email);
  }
  return Object.fromEntries(
    (page.data as any[]).map((m) => [m.member.resource_type === 'team' ? `team:${m.member.name}` : emails.get(m.member.gid), m.access_level]).sort(),
  );
}

describe('portfolios and goals', () => {
  it('adds at a level, changes levels with ~ and prunes; apply goes through the Memberships API; the SDK reads the result; the next plan is empty', async () => {
    const { run } = await setup(
      file(
        'portfolios:',
        '  - portfolio: Q1 Bets',
        '    prune: true',
        '    admin: [alice@acme.com]',
        '    editor: [bob@acme.com, carol@acme.com]',
        'goals:',
        '  - goal: Grow ARR',
        '    prune: true',
        '    admin: [alice@acme.com]',
        '    editor: [carol@acme.com]',
        '    viewer: [team:Design, erin@acme.com]',
      ),
    );
    const planned = await run(['plan', 'access.yaml']);
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toMatch(/^ {2}~ bob@acme\.com viewer → editor {2}access\.yaml:9$/m);
    expect(planned.stdout).toMatch(/^ {2}\+ carol@acme\.com editor {2}access\.yaml:9$/m);
    expect(planned.stdout).toMatch(/^ {2}- team:Design viewer {2}not in the file \(prune\)$/m);
    expect(planned.stdout).toMatch(/^ {2}~ carol@acme\.com commenter → editor {2}access\.yaml:14$/m);
    expect(planned.stdout).toMatch(/^ {2}~ erin@acme\.com commenter → viewer {2}access\.yaml:15$/m);
    expect(planned.stdout).toMatch(/^ {2}\+ team:Design viewer {2}access\.yaml:15$/m);

    const json = JSON.parse((await run(['plan', '--format', 'json', 'access.yaml'])).stdout);
    const byPlace = (kind: string) =>
      json.changes.filter((c: any) => c.place.kind === kind).map((c: any) => [c.action, c.user, c.fromRole ?? null, c.role ?? null]);
    expect(byPlace('portfolio')).toEqual([
      ['change', 'bob@acme.com', 'viewer', 'editor'],
      ['add', 'carol@acme.com', null, 'editor'],
      ['remove', 'team:Design', 'viewer', null],
    ]);
    expect(byPlace('goal')).toEqual([
      ['change', 'carol@acme.com', 'commenter', 'editor'],
      ['change', 'erin@acme.com', 'commenter', 'viewer'],
      ['add', 'team:Design', null, 'viewer'],
    ]);

    const applied = await run(['apply', '--yes', 'access.yaml']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stdout).toContain('Apply: 6 done, 0 failed, 0 skipped.');
    expect(box!.requestsTo('POST /memberships')).toBe(2);
    expect(box!.requestsTo('PUT /memberships/{membership_gid}')).toBe(3);
    expect(box!.requestsTo('DELETE /memberships/{membership_gid}')).toBe(1);

    expect(await levelsOf(box!, 'portfolio', 'Q1 Bets')).toEqual({ 'alice@acme.com': 'admin', 'bob@acme.com': 'editor', 'carol@acme.com': 'editor' });
    expect(await levelsOf(box!, 'goal', 'Grow ARR')).toEqual({
      'alice@acme.com': 'admin',
      'carol@acme.com': 'editor',
      'erin@acme.com': 'viewer',
      'team:Design': 'viewer',
    });
    expect((await run(['plan', 'access.yaml'])).stdout).toContain('No changes.');
  });

  it('adds a newcomer to the workspace before the portfolio, and the portfolio add at its default level is one addMembers', async () => {
    const { run } = await setup(file('portfolios:', '  - portfolio: Q1 Bets', '    members: [gina@acme.com, erin@acme.com]'));
    const planned = await run(['plan', 'access.yaml']);
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toMatch(/^ {2}\+ gina@acme\.com {2}implied by portfolio Q1 Bets/m);
    expect(planned.stdout).toMatch(/1 addMembers/);
    const applied = await run(['apply', '--yes', 'access.yaml']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(box!.requestsTo('POST /workspaces/{workspace_gid}/addUser')).toBe(1);
    expect(box!.requestsTo('POST /portfolios/{portfolio_gid}/addMembers')).toBe(1);
    expect(Object.keys(await levelsOf(box!, 'portfolio', 'Q1 Bets'))).toEqual(['alice@acme.com', 'bob@acme.com', 'erin@acme.com', 'gina@acme.com', 'team:Design']);
    expect((await run(['plan', 'access.yaml'])).stdout).toContain('No changes.');
  });
});

describe('the cheaper route per kind', () => {
  it('prunes two users from a portfolio in one removeMembers, and from a goal with a DELETE each (goals take no list)', async () => {
    const { run } = await setup(
      file('portfolios:', '  - portfolio: Q1 Bets', '    prune: true', '    viewer: [team:Design]', 'goals:', '  - goal: Grow ARR', '    prune: true', '    admin: [alice@acme.com]'),
    );
    const planned = await run(['plan', 'access.yaml']);
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toMatch(/^Apply: 3 requests \(2 DELETE \/memberships, 1 removeMembers\), /m);
    const applied = await run(['apply', '--yes', 'access.yaml']);
    expect(applied.code, applied.stderr).toBe(0);
    expect(box!.requestsTo('POST /portfolios/{portfolio_gid}/removeMembers')).toBe(1);
    expect(box!.requestsTo('DELETE /memberships/{membership_gid}')).toBe(2);
    expect(await levelsOf(box!, 'portfolio', 'Q1 Bets')).toEqual({ 'team:Design': 'viewer' });
    expect(await levelsOf(box!, 'goal', 'Grow ARR')).toEqual({ 'alice@acme.com': 'admin' });
  });
});

describe('portfolios a personal access token cannot list', () => {
  const boardPack = (ref: string) => file('portfolios:', `  - portfolio: ${ref}`, '    viewer: [erin@acme.com]');

  it('by name: the error says why and suggests close names, before any write', async () => {
    const { run } = await setup(file('portfolios:', '  - portfolio: Q1 Bet', '  - portfolio: Board Pack'));
    const refused = await run(['plan', 'access.yaml']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      'access.yaml:6:22: portfolio "Q1 Bet" not found in workspace "Acme Corp"; did you mean "Q1 Bets"? If not: ' +
        "portfolios are listed only for their owner with a personal access token: write the portfolio's gid, or use a service account token",
    );
    expect(refused.stderr).toContain(
      'access.yaml:7:22: portfolio "Board Pack" not found in workspace "Acme Corp"; ' +
        "portfolios are listed only for their owner with a personal access token: write the portfolio's gid, or use a service account token",
    );
    expect(box!.requests('POST') + box!.requests('PUT') + box!.requests('DELETE')).toBe(0);
  });

  it('by gid, it is read directly; with the service account token, by name too', async () => {
    const { run } = await setup(boardPack('"4000000000000001"'));
    const byGid = await run(['plan', 'access.yaml']);
    expect(byGid.code, byGid.stderr).toBe(0);
    expect(byGid.stdout).toMatch(/^ {2}\+ erin@acme\.com viewer {2}access\.yaml:7$/m);
    expect(box!.requestsTo('GET /portfolios/{portfolio_gid}')).toBe(1);

    const byName = await setup(boardPack('Board Pack'));
    const planned = await byName.run(['plan', 'access.yaml'], { ASANA_TOKEN: SERVICE_TOKEN });
    expect(planned.code, planned.stderr).toBe(0);
    expect(planned.stdout).toMatch(/^ {2}\+ erin@acme\.com viewer {2}access\.yaml:7$/m);
  });
});

describe('export of portfolios and goals', () => {
  it('writes each with its levels; the exported file plans nothing', async () => {
    const { run, dir } = await setup('version: 1\n');
    const exported = await run(['export', '--out', 'live.yaml']);
    expect(exported.code, exported.stderr).toBe(0);
    const ws = parse(await readFile(join(dir, 'live.yaml'), 'utf8')).asana.workspaces[0];
    // The personal token lists only its own user's portfolios: Board Pack is not there.
    expect(ws.portfolios).toEqual([{ portfolio: 'Q1 Bets', admin: ['alice@acme.com'], viewer: ['bob@acme.com', 'team:Design'] }]);
    expect(ws.goals).toEqual([{ goal: 'Grow ARR', admin: ['alice@acme.com'], commenter: ['carol@acme.com', 'erin@acme.com'] }]);
    expect((await run(['plan', 'live.yaml'])).stdout).toContain('No changes.');
  });
});

describe('bad input', () => {
  it.each([
    ['commenter on a portfolio', file('portfolios:', '  - portfolio: Q1 Bets', '    commenter: [erin@acme.com]'), /^access\.yaml:7:11: "commenter" is not allowed in portfolio \(a portfolio's access levels are admin, editor, viewer\)/m],
    ['a level no goal has', file('goals:', '  - goal: Grow ARR', '    owner: [erin@acme.com]'), /^access\.yaml:7:11: unknown key "owner" in goal/m],
    ['a goal declared twice', file('goals:', '  - goal: Grow ARR', '  - goal: Grow ARR'), /^access\.yaml:7:17: goal "Grow ARR" is already declared in workspace "Acme Corp" at line 6/m],
  ])('%s: exit 1 at FILE:LINE:COL, and no request at all', async (_name, text, error) => {
    const { run } = await setup(text);
    const result = await run(['plan', 'access.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(error);
    expect(box!.requests()).toBe(0);
  });

  it('a portfolio by name in one file and by gid in another: exit 1 after resolving, before any read of members or write', async () => {
    box = await sandbox(seed);
    const gid = (await box.get(`/portfolios?workspace=${(await box.get('/workspaces')).data[0].gid}`)).data[0].gid;
    const dir = await workdir({
      'a.yaml': file('portfolios:', '  - portfolio: Q1 Bets', '    viewer: [erin@acme.com]'),
      'b.yaml': file('portfolios:', `  - portfolio: "${gid}"`, '    viewer: [erin@acme.com]'),
    });
    const result = await gatehouse(['plan', '.'], box.env, { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is the same live portfolio .* declare each place once/);
    expect(box.requestsTo('GET /memberships')).toBe(0);
    expect(box.requests('POST') + box.requests('PUT') + box.requests('DELETE')).toBe(0);
  });
});
