import { describe, expect, it } from 'vitest';
import { planDay } from '../../src/cli/plan-day.js';

describe('the day grants are judged on', () => {
  const now = () => new Date('2027-05-06T23:30:00Z');

  it('is --today, else GATEHOUSE_TODAY, else the clock\'s UTC date; the warning period is --warn-expiry, else 14 days', () => {
    expect(planDay({ today: '2027-01-02' }, { GATEHOUSE_TODAY: '2027-01-03' }, now)).toEqual({ today: '2027-01-02', warnDays: 14 });
    expect(planDay({}, { GATEHOUSE_TODAY: ' 2027-01-03 ' }, now).today).toBe('2027-01-03');
    expect(planDay({}, { GATEHOUSE_TODAY: '' }, now).today).toBe('2027-05-06');
    expect(planDay({ 'warn-expiry': 30 }, {}, now)).toEqual({ today: '2027-05-06', warnDays: 30 });
  });

  it('refuses a GATEHOUSE_TODAY that is not a real day', () => {
    expect(() => planDay({}, { GATEHOUSE_TODAY: '2027-02-30' }, now)).toThrow('GATEHOUSE_TODAY="2027-02-30": expected a day written YYYY-MM-DD');
    expect(() => planDay({}, { GATEHOUSE_TODAY: 'soon' }, now)).toThrow('GATEHOUSE_TODAY="soon"');
  });
});
