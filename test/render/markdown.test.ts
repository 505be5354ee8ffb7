/** The markdown plan: what a reviewer sees in a pull-request comment or a job summary. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Plan, ResolvedPlace } from '../../src/model/index.js';
import { plan } from '../../src/plan/index.js';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../src/render/markdown.js';
import { mixedPlan, ws } from '../support/plans.js';
import { desiredMember, desiredOf, liveMember, liveOf, place } from '../support/states.js';

const small = mixedPlan;

/** A large organisation: `places` projects, each missing `users` members. */
function large(places: number, users: number): Plan {
  const projects: ResolvedPlace[] = Array.from({ length: places }, (_, i) => place(`asana/workspace:W/project:Project ${String(i).padStart(4, '0')}`, 'project', 2));
  const members = Array.from({ length: users }, (_, i) => desiredMember(`user${String(i).padStart(5, '0')}@example.com`, undefined, 10 + i));
  return plan(desiredOf(projects.map((p) => [p, members])), liveOf(projects.map((p) => [p, [liveMember('keeper@example.com')]])));
}

/** What GitHub would choke on or render wrongly: an open code fence or <details>, a diff line cut in half. */
function expectWellFormed(md: string): void {
  const fences = md.split('\n').filter((l) => l.startsWith('```'));
  expect(fences.length % 2, 'every code fence is closed').toBe(0);
  expect((md.match(/<details/g) ?? []).length, 'every <details> is closed').toBe((md.match(/<\/details>/g) ?? []).length);
  let inFence = false;
  for (const line of md.split('\n')) {
    if (line.startsWith('```')) inFence = !inFence;
    else if (inFence) expect(line, 'a diff line is whole').toMatch(/^[+!-] \S+@\S+( \S+)?( → \S+)? {4}# \S.*$/);
  }
  expect(md.endsWith('\n')).toBe(true);
}

describe('markdown plan', () => {
  it('has the summary line, a row per place, a total per provider, the changes and the fingerprint', () => {
    const md = renderMarkdown(small);
    expect(md.startsWith('### Gatehouse plan\n\n**Plan: 3 to add, 1 to change, 0 to remove.**\n')).toBe(true);
    expect(md).toContain('| Place | Add | Change | Remove | In sync | Unmanaged |');
    expect(md).toMatch(/^\| asana workspace "Acme Corp" \(\d+\) \| 1 \| 0 \| 0 \| 1 \| 1 \|$/m);
    expect(md).toMatch(/^\| asana team "Platform" \(\d+\) \| 1 \| 0 \| 0 \| 0 \| 0 \|$/m);
    expect(md).toMatch(/^\| dreadnode workspace "red-team" \(\d+\) \| 1 \| 1 \| 0 \| 0 \| 0 \|$/m);
    expect(md).toMatch(/^\| \*\*asana\*\* \(2 places\) \| 2 \| 0 \| 0 \| 1 \| 1 \|$/m);
    expect(md).toMatch(/^\| \*\*dreadnode\*\* \(1 place\) \| 1 \| 1 \| 0 \| 0 \| 0 \|$/m);
    expect(md).toContain('1 live membership is not in the file and left alone.');
    expect(md).toContain('```diff\n+ bob@acme.com    # implied by team Platform\n```');
    expect(md).toContain('! carol@acme.com reader → contributor    # gatehouse.yaml:14');
    expect(md).toMatch(/<summary>dreadnode workspace "red-team" \(\d+\): 1 to add, 1 to change<\/summary>/);
    expect(md.trimEnd().split('\n').pop()).toBe(`Fingerprint: \`${small.fingerprint}\``);
    expect(md).not.toContain('[!WARNING]');
    expectWellFormed(md);
  });

  it('starts each line of a diff block with a sign GitHub colours: + adds, - removals, ! changes (never the text plan\'s ~)', () => {
    const md = renderMarkdown(small);
    const inDiff = md.split('```diff\n').slice(1).flatMap((block) => block.split('\n```')[0]!.split('\n'));
    expect(inDiff.map((l) => l[0])).toEqual(expect.arrayContaining(['+', '!']));
    for (const line of inDiff) expect(line).toMatch(/^[+!-] /);
    expect(md).not.toMatch(/^~/m);
  });

  it('shows a short plan open and a long plan collapsed', () => {
    expect(renderMarkdown(small)).toContain('<details open><summary>');
    const long = renderMarkdown(large(3, 10));
    expect(long).toContain('<details><summary>asana project "Project 0000"');
    expect(long).not.toContain('<details open>');
  });

  it('has no total per provider when there is only one', () => {
    expect(renderMarkdown(large(2, 2))).not.toMatch(/^\| \*\*asana\*\*/m);
  });

  it('says so when there is nothing to do', () => {
    const empty = plan(desiredOf([[ws, [desiredMember('alice@acme.com')]]]), liveOf([[ws, [liveMember('alice@acme.com')]]]));
    const md = renderMarkdown(empty);
    expect(md).toContain('**Plan: 0 to add, 0 to change, 0 to remove.**');
    expect(md).toContain('No changes. Live state matches the file.');
    expect(md).not.toContain('<details');
    expect(md).toContain(`Fingerprint: \`${empty.fingerprint}\``);
  });

  it('cuts a plan too long for a comment at a line, closes what it opened, and says what is left out', () => {
    const big = large(40, 400); // 16,000 changes: about a megabyte in full
    const full = renderMarkdown(big, { maxLength: Number.MAX_SAFE_INTEGER });
    expect(full.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT * 10);
    expect(full).not.toContain('[!WARNING]');

    const md = renderMarkdown(big);
    expect(md.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    expect(md.length).toBeGreaterThan(GITHUB_COMMENT_LIMIT * 0.9); // it uses the room it has
    expectWellFormed(md);
    const shown = md.split('\n').filter((l) => /^\+ user/.test(l)).length;
    expect(shown).toBeGreaterThan(100);
    const note = /^> This plan was cut to fit a GitHub comment \(65,536 characters\): ([\d,]+) of 16,000 changes are not shown here\. (.*)$/m.exec(md);
    expect(note, md.slice(-600)).not.toBeNull();
    expect(Number(note![1]!.replace(/,/g, ''))).toBe(16_000 - shown);
    expect(note![2]).toBe('Run `gatehouse plan` for the full plan.');
    expect(md).toMatch(/^\*… [\d,]+ more changes here are not shown\.\*$/m);
    // The summary and the fingerprint survive the cut; the table still lists every place.
    expect(md).toContain('**Plan: 16000 to add, 0 to change, 0 to remove.**');
    expect(md.trimEnd().split('\n').pop()).toBe(`Fingerprint: \`${big.fingerprint}\``);
    expect(md.match(/^\| asana project/gm)).toHaveLength(40);
    // What is shown is the start of the full plan, line for line.
    const firstLines = (text: string) => text.split('\n').filter((l) => /^[+!-] /.test(l)).slice(0, shown);
    expect(firstLines(md)).toEqual(firstLines(full));
  });

  it('says where the full plan is, as the caller puts it', () => {
    const md = renderMarkdown(large(5, 400), { fullPlanAt: 'The full plan is in [the job summary](https://example.invalid/run/1).' });
    expect(md).toMatch(/are not shown here\. The full plan is in \[the job summary\]\(https:\/\/example\.invalid\/run\/1\)\.$/m);
  });

  it('cuts the table too when there are more places than room, and counts the rows left out', () => {
    const md = renderMarkdown(large(3000, 1), { maxLength: 20_000 });
    expect(md.length).toBeLessThanOrEqual(20_000);
    expectWellFormed(md);
    const rows = md.match(/^\| asana project/gm)?.length ?? 0;
    expect(rows).toBeGreaterThan(10);
    expect(rows).toBeLessThan(3000);
    expect(md).toContain(`| *… ${(3000 - rows).toLocaleString('en-US')} more places* | ${3000 - rows} | 0 | 0 | 0 | ${3000 - rows} |`);
    expect(md).toMatch(new RegExp(`and ${(3000 - rows).toLocaleString('en-US')} of 3,000 table rows are not shown here`));
  });

  it('lists only the places with changes when there are many places', () => {
    const projects = Array.from({ length: 30 }, (_, i) => place(`asana/workspace:W/project:P${i}`, 'project', 2));
    const p = plan(
      desiredOf(projects.map((x, i) => [x, [desiredMember(i === 7 ? 'new@example.com' : 'old@example.com')]])),
      liveOf(projects.map((x) => [x, [liveMember('old@example.com')]])),
    );
    const md = renderMarkdown(p);
    expect(md.match(/^\| asana project/gm)).toHaveLength(1);
    expect(md).toContain('| *29 other places, no changes* | 0 | 0 | 0 | 29 | 0 |');
  });

  it('measures with the function it is given (bytes, for a job summary)', () => {
    const wide = plan(
      desiredOf([[ws, Array.from({ length: 2000 }, (_, i) => desiredMember(`ü${i}@exämple.com`))]]),
      liveOf([[ws, []]]),
    );
    const md = renderMarkdown(wide, { maxLength: 30_000, lengthOf: (t) => Buffer.byteLength(t), limitName: 'a job summary' });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(30_000);
    expect(md).toContain('> This plan was cut to fit a job summary:');
    expectWellFormed(md);
  });

  it('is well formed and within the limit for any plan and any limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 80 }), fc.integer({ min: 4_000, max: 40_000 }), (places, users, limit) => {
        const md = renderMarkdown(large(places, users), { maxLength: limit });
        expect(md.length).toBeLessThanOrEqual(limit);
        expectWellFormed(md);
      }),
      { numRuns: 40 },
    );
  });

  it('keeps names from the live service from becoming HTML, links or new lines', () => {
    const hostile = { ...place('asana/workspace:X', 'workspace', 0), name: 'Evil <img src=x onerror=alert(1)> [click](https://evil.example) *bold*' };
    const p = plan(desiredOf([[hostile, [desiredMember('a@x.io')]]]), liveOf([[hostile, []]]));
    const md = renderMarkdown(p);
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt; \\[click\\](https://evil.example) \\*bold\\*');
    const withNewline = { ...place('asana/workspace:Y', 'workspace', 0), name: 'Y\n```\n<script>' };
    const q = renderMarkdown(plan(desiredOf([[withNewline, [desiredMember('a@x.io')]]]), liveOf([[withNewline, []]])));
    expect(q).not.toContain('<script>');
    expect(q).toContain('\\u000a');
    expectWellFormed(q);
  });

  it('keeps @-names in live place names from mentioning anyone, in the table and in the section titles', () => {
    const loud = { ...place('asana/workspace:W/project:cc @acme/security-team', 'project', 2), name: 'cc @acme/security-team & <b>@carol</b>' };
    const p = plan(desiredOf([[loud, [desiredMember('a@x.io')]]]), liveOf([[loud, []]]));
    const md = renderMarkdown(p);
    // No @ followed by a name anywhere outside the diff block (where GitHub never mentions).
    const outsideCode = md.split(/^```diff$[\s\S]*?^```$/m).join('');
    expect(outsideCode).not.toMatch(/@[A-Za-z0-9]/);
    // It reads the same: a zero-width space after each @, with HTML still escaped.
    expect(md).toMatch(/^\| asana project "cc @\u200bacme\/security-team &amp; &lt;b&gt;@\u200bcarol&lt;\/b&gt;" \(\d+\) \| 1 \|/m);
    expect(md).toMatch(/<summary>asana project "cc @\u200bacme\/security-team &amp; &lt;b&gt;@\u200bcarol&lt;\/b&gt;" \(\d+\): 1 to add<\/summary>/);
    expect(md).toContain('+ a@x.io    #');
    expectWellFormed(md);
  });
});
