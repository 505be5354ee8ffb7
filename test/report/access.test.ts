/**
 * The pure parts of who and report on hand-built states: expiry and
 * revocation marks (every case written out, the loader aside), today as an
 * input, and names escaped in every format.
 */
import { describe, expect, it } from 'vitest';
import type { DesiredState, LivePlaceState } from '../../src/model/index.js';
import { accessOf } from '../../src/report/access.js';
import { renderReviewHtml } from '../../src/report/render-html.js';
import { renderReviewCsv, renderReviewMarkdown } from '../../src/report/render-text.js';
import { accessReview } from '../../src/report/review.js';
import { renderWhoText, whoAnswer } from '../../src/report/who.js';

const at = (line: number) => ({ file: 'access.yaml', line, col: 9 });
const place = { key: 'p/workspace:W', provider: 'p', kind: 'workspace', ref: 'W', stage: 0, source: at(3), listsMembers: true };

const desired: DesiredState = {
  files: ['access.yaml'],
  places: [
    {
      place,
      members: [
        { email: 'dave@contractor.io', reasons: [{ kind: 'listed', ...at(5), until: '2027-03-31' }] },
        { email: 'ida@acme.com', reasons: [{ kind: 'listed', ...at(6), via: 'group:interns', until: '2027-01-10' }, { kind: 'listed', ...at(7), until: '2027-02-01' }] },
        { email: 'kim@acme.com', reasons: [{ kind: 'listed', ...at(8), until: '2027-01-01' }, { kind: 'listed', ...at(9) }] },
        { email: 'dana@acme.com', reasons: [{ kind: 'listed', ...at(10) }] },
      ],
    },
  ],
  revoked: [{ email: 'dana@acme.com', source: at(2), via: 'group:leavers' }],
};

const live: LivePlaceState[] = [
  {
    place: { ...place, id: '42', name: 'W' },
    members: [
      { email: 'dana@acme.com', userId: '1', role: 'admin' },
      { email: 'dave@contractor.io', userId: '2', marks: ['guest'] },
      { email: 'mallory@acme.com', userId: '3', name: '=HYPERLINK("http://x")<script>alert(1)</script>' },
    ],
  },
];

const marks = (today: string, warnDays?: number) =>
  Object.fromEntries(accessOf(desired, live, { today, ...(warnDays === undefined ? {} : { warnDays }) }).map((a) => [a.user, a.marks]));

describe('marks', () => {
  it('a member live at another level than the file gives is marked level differs, and who says both levels', () => {
    const d: DesiredState = { files: ['access.yaml'], places: [{ place, members: [{ email: 'eve@acme.com', role: 'editor', reasons: [{ kind: 'listed', ...at(5) }] }, { email: 'fay@acme.com', reasons: [{ kind: 'listed', ...at(6) }] }] }] };
    const l: LivePlaceState[] = [{ place: { ...place, id: '42', name: 'W' }, members: [{ email: 'eve@acme.com', userId: '1', role: 'commenter' }, { email: 'fay@acme.com', userId: '2', role: 'viewer' }] }];
    const access = accessOf(d, l, { today: '2027-01-01' });
    // A list that gives no level is in sync at any live level.
    expect(Object.fromEntries(access.map((a) => [a.user, a.marks]))).toEqual({ 'eve@acme.com': ['managed', 'level differs'], 'fay@acme.com': ['managed'] });
    expect(renderWhoText(whoAnswer(d, access, 'eve@acme.com', { today: '2027-01-01', live: true }))).toContain('in the file at editor, live at commenter (plan changes it)');
  });


  it('a grant ending within 14 days is expiring, one past its date expired; a user with one grant that does not end never expires', () => {
    expect(marks('2027-03-20')).toEqual({
      'dana@acme.com': ['managed', 'revoked'],
      'dave@contractor.io': ['managed', 'expiring', 'guest'],
      'ida@acme.com': ['pending', 'expired'],
      'kim@acme.com': ['pending'],
      'mallory@acme.com': ['unmanaged'],
    });
    // The last day is inclusive: on it the grant is expiring, the day after expired.
    expect(marks('2027-03-31')['dave@contractor.io']).toContain('expiring');
    expect(marks('2027-04-01')['dave@contractor.io']).toContain('expired');
    // Two grants: the later date counts.
    expect(marks('2027-01-20')['ida@acme.com']).toEqual(['pending', 'expiring']);
    expect(marks('2027-01-20', 5)['ida@acme.com']).toEqual(['pending']);
  });

  it('from the files alone there are no live marks', () => {
    const access = accessOf(desired, undefined, { today: '2027-03-20' });
    expect(access.map((a) => [a.user, a.marks])).toEqual([
      ['dana@acme.com', ['revoked']],
      ['dave@contractor.io', ['expiring']],
      ['ida@acme.com', ['expired']],
      ['kim@acme.com', []],
    ]);
  });
});

describe('who', () => {
  it('says where the user is revoked, and each grant with its end date', () => {
    const access = accessOf(desired, undefined, { today: '2027-01-01' });
    expect(renderWhoText(whoAnswer(desired, access, 'Dana@Acme.com', { today: '2027-01-01', live: false }))).toContain(
      'Revoked at access.yaml:2 (through group:leavers): plan removes them from every place the files name.',
    );
    const ida = renderWhoText(whoAnswer(desired, access, 'ida@acme.com', { today: '2027-01-01', live: false }));
    expect(ida).toContain('    access.yaml:6 through group:interns, until 2027-01-10 (expires in 9 days)\n');
    expect(ida).toContain('    access.yaml:7, until 2027-02-01 (expires in 31 days)\n');
    const later = accessOf(desired, undefined, { today: '2027-02-02' });
    expect(renderWhoText(whoAnswer(desired, later, 'ida@acme.com', { today: '2027-02-02', live: false }))).toContain('W": expired: plan removes it');
  });
});

describe('the review', () => {
  const review = accessReview(accessOf(desired, live, { today: '2027-03-20' }), { generatedAt: '2027-03-20T08:00:00.000Z', commit: 'a'.repeat(40), files: ['access.yaml'], today: '2027-03-20' });

  it('names the owners or admins, the commit and the totals', () => {
    expect(review.places[0]!.owners).toEqual(['dana@acme.com']);
    expect(review.totals).toEqual({ users: 5, places: 1, memberships: 5, marks: { managed: 2, pending: 2, unmanaged: 1, guest: 1, expiring: 1, expired: 1, revoked: 1 } });
    expect(renderReviewMarkdown(review)).toContain(`Generated 2027-03-20T08:00:00.000Z from commit ${'a'.repeat(40)}; expiry as of 2027-03-20.`);
  });

  it('escapes a hostile name in every format; CSV defuses a formula', () => {
    const html = renderReviewHtml(review);
    expect(html).toContain('=HYPERLINK(&#34;http://x&#34;)');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[A-Za-z0-9+/=]+'; script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(renderReviewMarkdown(review)).toContain('&lt;script&gt;');
    const mallory = renderReviewCsv(review).split('\r\n').find((l) => l.startsWith('mallory'))!;
    expect(mallory).toContain(`"'=HYPERLINK(""http://x"")<script>alert(1)</script>"`);
  });
});
