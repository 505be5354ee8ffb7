import { describe, expect, it } from 'vitest';
import { describeAsanaError } from '../../../src/providers/asana/index.js';
import { matchRef } from '../../../src/providers/asana/resolve.js';

describe('describeAsanaError', () => {
  it('turns the envelope into one line', () => {
    expect(describeAsanaError(403, { errors: [{ message: 'You do not have access', help: 'For more information…' }] })).toBe('You do not have access');
    expect(describeAsanaError(500, { errors: [{ message: 'Server Error', phrase: '6 sad squid snuggle softly' }] })).toBe(
      'Server Error (error phrase: 6 sad squid snuggle softly)',
    );
    expect(describeAsanaError(400, { errors: [{ message: 'a:\n bad' }, { message: 'b' }] })).toBe('a: bad; b');
  });
  it('falls back to text and to nothing', () => {
    expect(describeAsanaError(502, '<html>\n Bad gateway </html>')).toBe('<html> Bad gateway </html>');
    expect(describeAsanaError(500, { unexpected: true })).toBe('');
    expect(describeAsanaError(500, null)).toBe('');
    expect(describeAsanaError(500, { errors: [null, 3, {}] })).toBe('');
  });
});

describe('matchRef', () => {
  const teams = [
    { gid: '1', name: 'Platform' },
    { gid: '2', name: 'Infra' },
    { gid: '3', name: 'Infra' },
    { gid: '4', name: '2027' },
  ];
  it('matches a gid, then a name', () => {
    expect(matchRef('team', '3', teams, '')).toEqual({ ok: true, found: { gid: '3', name: 'Infra' } });
    expect(matchRef('team', '2027', teams, '')).toEqual({ ok: true, found: { gid: '4', name: '2027' } });
    expect(matchRef('team', 'Platform', teams, '')).toEqual({ ok: true, found: { gid: '1', name: 'Platform' } });
  });
  it('explains an empty list', () => {
    expect(matchRef('project', 'X', [], ' in team "T"')).toEqual({ ok: false, message: 'project "X" not found in team "T"; this token sees no projects there' });
  });
  it('lists at most five names', () => {
    const many = Array.from({ length: 9 }, (_, i) => ({ gid: String(100 + i), name: `Team ${String.fromCharCode(65 + i)}` }));
    expect(matchRef('team', 'Quite Different Name', many, '')).toEqual({
      ok: false,
      message: 'team "Quite Different Name" not found; existing teams: "Team A", "Team B", "Team C", "Team D", "Team E", and 4 more',
    });
  });
});
