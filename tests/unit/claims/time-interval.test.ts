import { describe, expect, it } from 'vitest';
import { intervalOf, parseIso } from '../../../lib/claims/time-interval';

describe('parseIso', () => {
  it('agrees with Date.parse, on the reader\'s times and on everything else', () => {
    const cases = [
      '2026-03-13T06:07:08.009Z', '1999-12-31T23:59:59.999Z', '2024-02-28T00:00:00.000Z',
      // Date.parse rolls these over or reads them its own way: they must go to it
      '2026-02-30T00:00:00.000Z', '2026-01-01T24:00:00.000Z', '0050-01-01T00:00:00.000Z', '2026-13-01T00:00:00.000Z',
      '2026-01-01T00:60:00.000Z', '2026-01-01T00:00:00Z', '2026-01-01 00:00:00.000Z', '+02026-01-01T00:00:00.000Z',
      '2026-01-01T00:00:00.000z', '2026-01-01T00:00:00.-00Z', '2026-1a-01T00:00:00.000Z', '', 'i går',
    ];
    for (const s of cases) expect(Object.is(parseIso(s), Date.parse(s)), s).toBe(true);
    for (let t = -2e12; t < 4e12; t += 7.77e9 + 12345) {
      const s = new Date(t).toISOString();
      expect(parseIso(s), s).toBe(Date.parse(s));
    }
  });

  it('orders a swapped interval', () => {
    expect(intervalOf({ from: '2026-03-13T07:00:00.000Z', to: '2026-03-13T06:00:00.000Z', precision: 'hour', source: 'dom' } as never))
      .toEqual({ from: Date.parse('2026-03-13T06:00:00.000Z'), to: Date.parse('2026-03-13T07:00:00.000Z') });
  });
});
