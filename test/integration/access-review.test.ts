/**
 * `gatehouse who` and `gatehouse report` through the built command against
 * the sandbox: what the files grant and why (FILE:LINE, group chain), and
 * what the services hold beside it (unmanaged, guest, inactive, owners).
 * The HTML report is checked in a browser (test/browser/report.test.ts).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { gatehouse, sandbox, workdir, type Sandbox } from './harness.js';
import { reviewDesired, reviewSeed } from './review-fixture.js';


let box: Sandbox | undefined;
afterEach(async () => {
  await box?.close();
  box = undefined;
});

async function setup() {
  box = await sandbox(reviewSeed);
  const dir = await workdir({ 'access.yaml': reviewDesired });
  return (...args: string[]) => gatehouse(args, { ...box!.env, GATEHOUSE_TODAY: '2026-12-07' }, { cwd: dir });
}

describe('gatehouse who', () => {
  it('from the files alone: each place with its level, FILE:LINE and the group chain; no request is sent', async () => {
    const run = await setup();
    const before = box!.requests();
    const who = await run('who', 'carol@acme.com', 'access.yaml');
    expect(who.stderr).toBe('');
    expect(who.code).toBe(0);
    expect(who.stdout).toContain('carol@acme.com: 2 places in the files');
    expect(who.stdout).toContain('access.yaml:8 through group:leads → group:platform');
    expect(who.stdout).toMatch(/dreadnode workspace "red-team"\n {2}in the file: reader\n {4}access\.yaml:18 through group:leads → group:platform/);
    expect(box!.requests()).toBe(before);
    const json = JSON.parse((await run('who', 'Carol@Acme.com', 'access.yaml', '--format', 'json')).stdout);
    expect(json.live).toBe(false);
    expect(json.places.map((p: any) => [p.place.provider, p.place.kind, p.desired.role ?? null, p.desired.grants[0].chain])).toEqual([
      ['asana', 'workspace', null, ['group:leads', 'group:platform']],
      ['dreadnode', 'workspace', 'reader', ['group:leads', 'group:platform']],
    ]);
  });

  it('--live: an access nobody declared is unmanaged, next to the ones in the file', async () => {
    const run = await setup();
    const who = await run('who', 'grace@acme.com', 'access.yaml', '--live');
    expect(who.code).toBe(0);
    expect(who.stdout).toContain('grace@acme.com: 0 places in the files, 3 unmanaged.');
    expect(who.stdout).toMatch(/asana team "Platform" \(\d+\): unmanaged: live access nobody declared/);
    expect(who.stdout).toMatch(/dreadnode workspace "Red Team" \(acme\/red-team\): unmanaged.*\n {2}live: reader/);
    const alice = await run('who', 'alice@acme.com', 'access.yaml', '--live', '--format', 'json');
    const answer = JSON.parse(alice.stdout);
    expect(answer.places.map((p: any) => [p.place.kind, p.marks])).toEqual([
      ['workspace', ['managed']],
      ['team', ['managed']],
      ['workspace', ['managed']],
    ]);
  });

  it('--live: a guest and an inactive member are marked so', async () => {
    const run = await setup();
    const gus = await run('who', 'gus@contractor.io', 'access.yaml', '--live');
    expect(gus.stdout).toMatch(/asana workspace "Acme Corp" \(\d+\): in the file\n {2}in the file: member\n {4}access\.yaml:8\n {2}live: member \(guest\)/);
    const ivy = JSON.parse((await run('who', 'ivy@acme.com', 'access.yaml', '--live', '--format', 'json')).stdout);
    expect(ivy.places.map((p: any) => [p.place.name, p.marks])).toEqual([['Acme Corp', ['inactive']]]);
  });
});

describe('gatehouse report', () => {
  it('csv: one row per membership with its level and marks; a formula-like name is defused', async () => {
    const run = await setup();
    const report = await run('report', 'access.yaml', '--format', 'csv');
    expect(report.code).toBe(0);
    const rows = report.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toBe('user,name,provider,kind,place,place_id,level,marks,until,granted_at,owners');
    const byKey = new Map(rows.slice(1).map((r) => r.split(',')).map((f) => [`${f[0]} ${f[3]} ${f[4]}`, f]));
    expect(byKey.get('grace@acme.com team Platform')?.[7]).toBe('unmanaged');
    expect(byKey.get('gus@contractor.io workspace Acme Corp')?.[7]).toBe('managed guest');
    expect(byKey.get('ivy@acme.com workspace Acme Corp')?.[7]).toBe('inactive');
    expect(byKey.get('carol@acme.com workspace Red Team')?.slice(6, 10)).toEqual(['reader', 'managed', '', 'access.yaml:18']);
    expect(byKey.get('alice@acme.com workspace Red Team')?.[10]).toBe('alice@acme.com');
    expect(rows.length - 1).toBe(byKey.size);
  });

  it('markdown: totals, owners per place, the matrix; names are escaped', async () => {
    const run = await setup();
    const report = await run('report', 'access.yaml', '--format', 'markdown');
    expect(report.code).toBe(0);
    const md = report.stdout;
    expect(md).toMatch(/^### Gatehouse access review\n\nGenerated \d{4}-\d\d-\d\dT[\d:.]+Z; expiry as of 2026-12-07\./);
    expect(md).toContain('7 users, 3 places, 13 memberships: 7 managed, 5 unmanaged, 1 guest, 1 inactive.');
    expect(md).toMatch(/\| dreadnode workspace "Red Team" \(acme\/red-team\) \| alice@\u200bacme\.com \| 3 \|/);
    expect(md).toMatch(/\| grace@\u200bacme\.com \(Grace\) \| member \(unmanaged\) \| member \(unmanaged\) \| reader \(unmanaged\) \|/);
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(md).not.toContain('<img');
  });

  it('--out writes the file whole and says so; the page names the commit when the files are in git', async () => {
    const run = await setup();
    const report = await run('report', 'access.yaml', '--format', 'html', '--out', 'review.html');
    expect(report.code).toBe(0);
    expect(report.stdout).toBe('');
    expect(report.stderr).toContain('Wrote the access review to review.html (7 users, 3 places).');
  });
});
