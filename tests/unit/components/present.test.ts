import { describe, expect, it } from 'vitest';
import { auditsToCsv, csvCell, CSV_HEADER } from '../../../lib/present/csv';
import { postsPerWeek, replyTimesPerWeek, statusTimeline, uniquePosts } from '../../../lib/present/history';
import { claimViews, markMatches, safePermalink, localizedSummary } from '../../../lib/present/claim-view';
import { changedThresholdClaims } from '../../../lib/present/report-model';
import { compareRows, sortCompareRows } from '../../../lib/present/compare';
import { defaultThresholds } from '../../../lib/claims/thresholds';
import { sampleReport, samplePost, sampleSnapshot } from '../store/sample-report';

describe('csv', () => {
  it('quotes what needs quoting and neutralises formulas in text read from a page', () => {
    expect(csvCell('Fjordvik kommune')).toBe('Fjordvik kommune');
    expect(csvCell('Sagt, «ja»')).toBe('"Sagt, «ja»"');
    expect(csvCell('He said "hi"')).toBe('"He said ""hi"""');
    expect(csvCell('a"b,c')).toBe('"a""b,c"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(null)).toBe('');
  });

  it('writes one row per audit with measured and overridden status per claim', () => {
    const a = sampleReport();
    const csv = auditsToCsv([{ auditedAt: a.auditedAt, report: a, overrides: [{ claimId: 'H8', status: 'pass' }] }]);
    const [header, row, end] = csv.split('\r\n');
    expect(header.split(',')).toEqual(CSV_HEADER);
    expect(end).toBe('');
    const cells = row.split(',');
    const col = (name: string) => cells[CSV_HEADER.indexOf(name)];
    expect(col('page_name')).toBe('Fjordvik kommune');
    expect(col('H1')).toBe('pass');
    expect(col('H8')).toBe('poor');
    expect(col('H8_override')).toBe('pass');
    expect(col('H1_override')).toBe('');
    expect(col('pass_count')).toBe('6'); // five measured passes + the override
  });
});

describe('history', () => {
  const now = new Date('2026-03-12T10:00:00Z'); // a Thursday

  it('lists each claim’s status per audit, oldest first, with overrides marked', () => {
    const older = sampleReport({ now: new Date('2026-03-01T10:00:00Z'), statuses: Array(10).fill('poor') });
    const newer = sampleReport({ now });
    const timeline = statusTimeline([
      { id: 2, auditedAt: newer.auditedAt, report: newer, overrides: [{ claimId: 'H1', status: 'poor' }] },
      { id: 1, auditedAt: older.auditedAt, report: older },
    ]);
    expect(timeline.auditedAt).toEqual([older.auditedAt, newer.auditedAt]);
    expect(timeline.rows[0].cells).toEqual([
      { auditId: 1, status: 'poor', measured: 'poor', overridden: false },
      { auditId: 2, status: 'poor', measured: 'pass', overridden: true },
    ]);
  });

  it('counts each post once across audits, per ISO week, with empty weeks as zero', () => {
    const first = sampleReport({ now });
    const again = { ...sampleReport({ now: new Date('2026-03-13T10:00:00Z') }) };
    again.snapshot = sampleSnapshot(now, undefined, [...sampleSnapshot(now).posts, samplePost('p9', now, 22, 'Eldre innlegg')]);
    const audits = [{ auditedAt: first.auditedAt, report: first }, { auditedAt: again.auditedAt, report: again }];
    expect(uniquePosts(audits)).toHaveLength(4);
    // p9 on Feb 18 (week of Feb 16), p3 on Mar 3 (week of Mar 2), p1/p2 on Mar 9/11 (week of Mar 9)
    expect(postsPerWeek(audits).map((w) => [w.weekStart.slice(0, 10), w.count])).toEqual([
      ['2026-02-16', 1],
      ['2026-02-23', 0],
      ['2026-03-02', 1],
      ['2026-03-09', 2],
    ]);
  });

  it('gives the median reply time per week of the question, in clock hours', () => {
    const report = sampleReport({ now });
    const weeks = replyTimesPerWeek([{ auditedAt: report.auditedAt, report }]);
    const byWeek = Object.fromEntries(weeks.map((w) => [w.weekStart.slice(0, 10), w]));
    expect(byWeek['2026-03-09']).toMatchObject({ medianHours: 2, answered: 1, unanswered: 0 });
    expect(byWeek['2026-03-02']).toMatchObject({ medianHours: 30, answered: 1 });
  });
});

describe('claim views', () => {
  it('marks matched words in an excerpt, case-insensitively, as separate parts', () => {
    expect(markMatches('Vannbrudd i Storgata: nytt VANNBRUDD', ['vannbrudd'])).toEqual([
      { text: 'Vannbrudd', match: true },
      { text: ' i Storgata: nytt ', match: false },
      { text: 'VANNBRUDD', match: true },
    ]);
    expect(markMatches('a (b) c', ['(b)'])).toEqual([{ text: 'a ', match: false }, { text: '(b)', match: true }, { text: ' c', match: false }]);
  });

  it('links only to Facebook over https', () => {
    expect(safePermalink('https://www.facebook.com/x/posts/1')).toBe('https://www.facebook.com/x/posts/1');
    expect(safePermalink('javascript:alert(1)')).toBeNull();
    expect(safePermalink('https://evil.example/facebook.com')).toBeNull();
  });

  it('re-renders a summary in another interface language when the key is known, else keeps the stored one', () => {
    const report = sampleReport();
    const claim = { ...report.claims[0], message: { key: 'status.pass', params: {} } };
    expect(localizedSummary(claim, 'en', 'nb')).toBe('Pass');
    expect(localizedSummary(report.claims[0], 'en', 'nb')).toBe('Sammendrag for H1');
  });

  it('shows an ISO day in a summary as a date of the interface language', () => {
    const report = sampleReport();
    const claim = { ...report.claims[6], message: { key: 'claim.H7.pass', params: { date: '2026-11-22', weeks: 4 } } };
    expect(localizedSummary(claim, 'nb', 'nb')).toContain('22. nov. 2026');
    expect(localizedSummary(claim, 'nb', 'nb')).not.toContain('2026-11-22');
  });

  it('applies an override and keeps the measured status beside it', () => {
    const views = claimViews(sampleReport(), 'nb', { overrides: [{ claimId: 'H8', status: 'pass', note: 'n', createdAt: '2026-03-12T12:00:00Z' }] });
    expect(views[7]).toMatchObject({ status: 'pass', measuredStatus: 'poor', statusLabel: 'Bra', measuredLabel: 'Dårlig' });
  });
});

describe('thresholds changed and compare', () => {
  it('names the claims whose thresholds differ from the defaults', () => {
    const report = sampleReport();
    report.settings.thresholds = { ...defaultThresholds(), H3: { ...defaultThresholds().H3, passPercent: 100 } };
    expect(changedThresholdClaims(report)).toEqual(['H3']);
  });

  it('sorts pages by one claim, better statuses first, unknown last', () => {
    const mk = (name: string, h1: 'pass' | 'poor' | 'unknown' | 'could-improve') => ({
      pageKey: name, auditedAt: '2026-03-12T10:00:00Z', report: sampleReport({ name, statuses: [h1, ...Array(9).fill('poor')] }),
    });
    const rows = compareRows([mk('A', 'unknown'), mk('B', 'poor'), mk('C', 'pass'), mk('D', 'could-improve')]);
    expect(sortCompareRows(rows, 'H1').map((r) => r.name)).toEqual(['C', 'D', 'B', 'A']);
    expect(sortCompareRows(rows, 'H1', true).map((r) => r.name)).toEqual(['A', 'B', 'D', 'C']);
    expect(sortCompareRows(rows, 'name').map((r) => r.name)).toEqual(['A', 'B', 'C', 'D']);
  });
});
