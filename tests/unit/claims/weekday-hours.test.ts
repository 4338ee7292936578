import { describe, expect, it } from 'vitest';
import { easterSunday, isWorkingDay, norwegianHolidays, osloOffsetMs, weekdayDelay, weekdayHoursBetween } from '../../../lib/claims/weekday-hours';

const ms = (iso: string) => Date.parse(iso);
const day = (iso: string) => ms(`${iso}T00:00:00Z`) / 86_400_000;

describe('weekday hours', () => {
  it('counts a Friday 16:00 question answered Monday 09:00 as 17 hours (the claims.md example)', () => {
    // Oslo is UTC+1 in March: 16:00 local = 15:00Z, 09:00 local = 08:00Z
    expect(weekdayHoursBetween(ms('2026-03-06T15:00:00Z'), ms('2026-03-09T08:00:00Z'))).toBe(17);
  });

  it('counts hours within one weekday exactly', () => {
    expect(weekdayHoursBetween(ms('2026-03-09T08:00:00Z'), ms('2026-03-09T10:30:00Z'))).toBe(2.5);
  });

  it('counts nothing when the reply is not after the question, or falls entirely on a weekend', () => {
    expect(weekdayHoursBetween(ms('2026-03-09T10:00:00Z'), ms('2026-03-09T09:00:00Z'))).toBe(0);
    expect(weekdayHoursBetween(ms('2026-03-07T08:00:00Z'), ms('2026-03-08T20:00:00Z'))).toBe(0);
  });

  it('uses Oslo summer time after the March switch (the switch itself is on a Sunday)', () => {
    expect(osloOffsetMs(ms('2026-03-27T12:00:00Z'))).toBe(3_600_000);
    expect(osloOffsetMs(ms('2026-03-30T12:00:00Z'))).toBe(7_200_000);
    // Friday 27 March 16:00 CET (15:00Z) → Monday 30 March 09:00 CEST (07:00Z)
    expect(weekdayHoursBetween(ms('2026-03-27T15:00:00Z'), ms('2026-03-30T07:00:00Z'))).toBe(17);
  });

  it('computes Easter Sunday', () => {
    expect(new Date(easterSunday(2024)).toISOString().slice(0, 10)).toBe('2024-03-31');
    expect(new Date(easterSunday(2025)).toISOString().slice(0, 10)).toBe('2025-04-20');
    expect(new Date(easterSunday(2026)).toISOString().slice(0, 10)).toBe('2026-04-05');
    expect(new Date(easterSunday(2038)).toISOString().slice(0, 10)).toBe('2038-04-25');
  });

  it('treats the Easter holidays as weekend days', () => {
    // 2026: skjærtorsdag 2 Apr, langfredag 3 Apr, 2. påskedag 6 Apr
    for (const holiday of ['2026-04-02', '2026-04-03', '2026-04-06']) expect(isWorkingDay(day(holiday))).toBe(false);
    expect(isWorkingDay(day('2026-04-01'))).toBe(true);
    expect(isWorkingDay(day('2026-04-07'))).toBe(true);
    // Wednesday 1 Apr 16:00 CEST (14:00Z) → Tuesday 7 Apr 09:00 CEST (07:00Z): 8 + 9 hours
    expect(weekdayHoursBetween(ms('2026-04-01T14:00:00Z'), ms('2026-04-07T07:00:00Z'))).toBe(17);
  });

  it('treats 17 May, 1 May, Ascension, Whit Monday and Christmas as holidays', () => {
    // 17 May 2027 is a Monday: Friday 14 May 16:00 → Tuesday 18 May 09:00 is 17 hours
    expect(weekdayHoursBetween(ms('2027-05-14T14:00:00Z'), ms('2027-05-18T07:00:00Z'))).toBe(17);
    const h2026 = norwegianHolidays(2026);
    for (const holiday of ['2026-01-01', '2026-05-01', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26']) {
      expect(h2026.has(day(holiday))).toBe(true);
    }
    expect(h2026.has(day('2026-05-18'))).toBe(false);
    expect(h2026.size).toBe(12);
  });

  it('carries intervals: the least and the most a delay can be', () => {
    // question known only to Monday (a whole day), reply exactly Tuesday 10:00 local (09:00Z)
    const question = { from: ms('2026-03-08T23:00:00Z'), to: ms('2026-03-09T23:00:00Z') };
    const reply = { from: ms('2026-03-10T09:00:00Z'), to: ms('2026-03-10T09:00:00Z') };
    expect(weekdayDelay(question, reply)).toEqual({ min: 10, max: 34 });
  });
});

describe('weekdayHoursBetween with a threshold to reach', () => {
  it('compares with the threshold as the full count does', () => {
    let seed = 11;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    const start0 = Date.UTC(2025, 0, 1);
    for (let i = 0; i < 400; i++) {
      const a = start0 + Math.floor(rnd() * 500 * 86_400_000) + (rnd() < 0.3 ? 0.5 : 0);
      const b = a + Math.floor(rnd() * (rnd() < 0.5 ? 5 : 400) * 86_400_000);
      const full = weekdayHoursBetween(a, b);
      for (const limit of [0, 0.1, 1, 24, 72, 1e9]) {
        const part = weekdayHoursBetween(a, b, limit);
        expect(part < limit).toBe(full < limit);
        if (part < limit) expect(part).toBe(full);
      }
    }
  });
});

describe('osloOffsetMs across years', () => {
  it('gives the offset of the instant’s own year, whatever year was asked about before', () => {
    // the plain rule, worked out anew for each instant
    const lastSunday = (year: number, month: number) => {
      const d = new Date(Date.UTC(year, month + 1, 0));
      return d.getTime() - d.getUTCDay() * 86_400_000;
    };
    const plain = (t: number) => {
      const year = new Date(t).getUTCFullYear();
      return t >= lastSunday(year, 2) + 3_600_000 && t < lastSunday(year, 9) + 3_600_000 ? 7_200_000 : 3_600_000;
    };
    const instants: number[] = [];
    for (const year of [1969, 1970, 2000, 2024, 2025, 2026, 2100]) {
      for (const at of [Date.UTC(year, 0, 1) - 1, Date.UTC(year, 0, 1), Date.UTC(year, 2, 31, 1), lastSunday(year, 2) + 3_600_000 - 1,
        lastSunday(year, 2) + 3_600_000, lastSunday(year, 9) + 3_600_000 - 1, lastSunday(year, 9) + 3_600_000, Date.UTC(year, 11, 31, 23, 59)]) instants.push(at);
    }
    // in order, backwards and shuffled: the remembered year must never leak into another
    let seed = 5;
    const shuffled = [...instants].sort(() => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) - 0.5);
    for (const t of [...instants, ...[...instants].reverse(), ...shuffled]) expect(osloOffsetMs(t), new Date(t).toISOString()).toBe(plain(t));
  });
});
