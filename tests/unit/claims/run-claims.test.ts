import { afterEach, describe, expect, it, vi } from 'vitest';
vi.mock('../../../lib/text/index', async () => import('./fake-text'));
import { judgeSnapshot, renderEvidenceNote, renderSummary } from '../../../lib/claims/run-claims';
import { AuditReportSchema } from '../../../lib/claims/report-schema';
import { CLAIM_IDS } from '../../../lib/claims/types';
import { defaultThresholds, mergeThresholds } from '../../../lib/claims/thresholds';
import { h4LocalPride } from '../../../lib/claims/h4-local-pride';
import { CLAIM_CATALOG } from '../../../lib/claims/claim-catalog';
import { calls } from './fake-text';
import { makeComment, makeSnapshot, postsEvery } from './make-snapshot';
import { NOW } from './judge-one';

afterEach(() => vi.restoreAllMocks());

const richSnapshot = () => makeSnapshot({
  posts: postsEvery(12, 30, (i) => (i % 2 ? 'Hei, du! [duForm] [informal]' : 'Vannbrudd [operational]')),
  page: { bio: 'Kommunens side', messaging: { offered: true, replySpeed: null } },
});

describe('judgeSnapshot', () => {
  it('returns a valid report with ten verdicts in order, the window and the settings', () => {
    const report = judgeSnapshot(richSnapshot(), { now: NOW, locale: 'nb' });
    expect(AuditReportSchema.safeParse(report).success).toBe(true);
    expect(report.claims.map((c) => c.id)).toEqual([...CLAIM_IDS]);
    expect(report.window).toMatchObject({ posts: 12, datedPosts: 12 });
    expect(report.window!.days).toBeCloseTo(13.75);
    expect(report.settings.thresholds.H1.passPostsPerWeek).toBe(4);
    expect(report.settings.bound).toEqual({ kind: 'weeks', weeks: 8 });
    expect(report.claims.find((c) => c.id === 'H5')!.status).toBe('pass'); // 6 of 12 = 50 %
  });

  it('keeps the other verdicts when one claim throws; that one becomes unknown with the error', () => {
    vi.spyOn(h4LocalPride, 'judge').mockImplementation(() => {
      throw new Error('boom');
    });
    const report = judgeSnapshot(richSnapshot(), { now: NOW, locale: 'en' });
    const h4 = report.claims.find((c) => c.id === 'H4')!;
    expect(h4).toMatchObject({ status: 'unknown', error: 'Error: boom' });
    expect(h4.summary).toContain('boom');
    expect(report.claims.find((c) => c.id === 'H1')!.status).toBe('pass');
    expect(AuditReportSchema.safeParse(report).success).toBe(true);
  });

  it('turns malformed judge output into unknown with the validation error', () => {
    vi.spyOn(h4LocalPride, 'judge').mockReturnValue({
      status: 'pass', message: { key: 'claim.H4.pass', params: {} }, metrics: [],
      evidence: [{ kind: 'post', excerpt: 'x'.repeat(301), matched: [] }],
    });
    const h4 = judgeSnapshot(richSnapshot(), { now: NOW, locale: 'nb' }).claims[3];
    expect(h4.status).toBe('unknown');
    expect(h4.error).toBeTruthy();
  });

  it.each(['unsupported-layout', 'login-wall', 'not-a-page', 'empty'] as const)(
    'gives ten unknown verdicts saying why for a %s snapshot, never poor',
    (status) => {
      const report = judgeSnapshot(makeSnapshot({ ...richSnapshot(), status, statusDetail: 'x' }), { now: NOW, locale: 'nb' });
      expect(report.claims.every((c) => c.status === 'unknown')).toBe(true);
      expect(report.claims.every((c) => c.summary.startsWith('Kan ikke vurderes'))).toBe(true);
      expect(report.window).toBeNull();
      expect(report.readStatus).toBe(status);
    },
  );

  it('applies threshold overrides and rejects unknown or invalid ones', () => {
    const report = judgeSnapshot(richSnapshot(), { now: NOW, locale: 'nb', thresholds: { H5: { passPercent: 60 } } });
    expect(report.claims[4].status).toBe('could-improve');
    expect(report.settings.thresholds.H5).toEqual({ passPercent: 60, couldImprovePercent: 20, minTextPosts: 5 });
    expect(() => mergeThresholds({ H5: { nonsense: 1 } })).toThrow();
    expect(() => mergeThresholds({ H1: { passPostsPerWeek: -1 } })).toThrow();
    expect(() => mergeThresholds({ H11: {} })).toThrow();
    expect(defaultThresholds().H2).toEqual({
      passAnsweredPercent: 75, passMedianHours: 24, couldImproveAnsweredPercent: 50, couldImproveMedianHours: 72, minQuestions: 3,
    });
  });

  it('analyses each post once per snapshot (speed: npm run bench)', () => {
    const comments = () => [makeComment({ text: 'Når?', at: '2026-01-05T09:00:00Z', replies: [makeComment({ authorIsPage: true, text: 'Nå', at: '2026-01-05T11:00:00Z' })] })];
    const big = makeSnapshot({ posts: postsEvery(1000, 3, (i) => `Innlegg ${i} [informal]`).map((p) => ({ ...p, comments: comments() })) });
    calls.analyzeText = 0;
    judgeSnapshot(big, { now: NOW, locale: 'nb' });
    expect(calls.analyzeText).toBe(1000);
  });
});

describe('summaries', () => {
  it('render the same message in every interface language, with the coarse-times note', () => {
    const message = { key: 'claim.H1.pass', params: { rate: 4.5, posts: 9, days: 14 } };
    expect(renderSummary('nb', message)).toBe('4,5 innlegg i uken (9 innlegg på 14 dager) – mer enn fire i uken.');
    expect(renderSummary('en', message)).toBe('4.5 posts a week (9 posts over 14 days) – more than four a week.');
    expect(renderSummary('da', message, true)).toMatch(/omtrentligt/);
  });
  it('render evidence notes with their hour count', () => {
    expect(renderEvidenceNote('nb', 'evidence.answeredAfter:17')).toBe('Besvart etter 17 timer i ukedagene');
    expect(renderEvidenceNote('en', 'evidence.unanswered')).toBe('Not answered');
  });
});

describe('claim catalog', () => {
  it('quotes the report for every claim, with advice', () => {
    for (const id of CLAIM_IDS) {
      expect(CLAIM_CATALOG[id].claim).toMatch(/^De beste kommunene/);
      expect(CLAIM_CATALOG[id].advice.length).toBeGreaterThan(0);
    }
    expect(CLAIM_CATALOG.H1.explanation).toContain('mer enn fire oppdateringer i uken');
  });
});
