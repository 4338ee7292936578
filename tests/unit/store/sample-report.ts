import { AuditReportSchema, type AuditReport } from '../../../lib/claims/report-schema';
import { CLAIM_IDS, type ClaimStatus } from '../../../lib/claims/types';
import type { PageSnapshot, Post } from '../../../lib/snapshot/schema';

const DAY = 86_400_000;

function time(iso: string) {
  return { from: iso, to: iso, precision: 'exact' as const, source: 'dom' as const };
}

/** A post on day `daysAgo` before `now`, optionally with a citizen question answered `replyHours` later. */
export function samplePost(id: string, now: Date, daysAgo: number, text: string, replyHours?: number): Post {
  const at = new Date(now.getTime() - daysAgo * DAY).toISOString();
  const asked = new Date(now.getTime() - daysAgo * DAY + 3_600_000).toISOString();
  return {
    id,
    permalink: `https://www.facebook.com/fjordvikkommune/posts/${id}`,
    time: time(at),
    text,
    textTruncated: false,
    counts: { reactions: 3, comments: replyHours === undefined ? 0 : 2, shares: 0 },
    pinned: false,
    sharedFrom: null,
    mentions: [],
    hasPoll: false,
    comments:
      replyHours === undefined
        ? []
        : [
            {
              id: `${id}-c1`,
              author: 'Kari Nordmann',
              authorIsPage: false,
              text: 'Når åpner biblioteket?',
              time: time(asked),
              permalink: null,
              replies: [
                {
                  id: `${id}-c1-r1`,
                  author: 'Fjordvik kommune',
                  authorIsPage: true,
                  text: 'Klokka ti!',
                  time: time(new Date(Date.parse(asked) + replyHours * 3_600_000).toISOString()),
                  permalink: null,
                  replies: [],
                },
              ],
            },
          ],
    source: 'dom',
  };
}

export function sampleSnapshot(now: Date, url = 'https://www.facebook.com/fjordvikkommune', posts?: Post[]): PageSnapshot {
  return {
    snapshotVersion: 1,
    readerVersion: 'test',
    url,
    capturedAt: now.toISOString(),
    uiLocale: 'nb',
    layout: 'comet',
    status: 'ok',
    page: {
      name: 'Fjordvik kommune',
      url,
      category: 'Myndighet',
      bio: 'Velkommen til Fjordvik kommune',
      about: null,
      introItems: [],
      hours: null,
      answeringTimes: null,
      messaging: { offered: true, replySpeed: null },
      followers: 1200,
      likes: 1100,
    },
    posts: posts ?? [
      samplePost('p1', now, 1, 'Vannbrudd i Storgata i dag. Vi jobber med saken!', 2),
      samplePost('p2', now, 3, 'Gratulerer til Fjordvik IL med seieren!'),
      samplePost('p3', now, 9, 'Hva mener du om den nye parken?', 30),
    ],
    coverage: { posts: { found: true, source: 'dom', count: 3 } },
    collection: { bound: { kind: 'weeks', weeks: 4 }, stoppedBecause: 'bound-reached', durationMs: 1000, scrolls: 3 },
    unknownLabels: [],
  };
}

const DEFAULT_STATUSES: ClaimStatus[] = ['pass', 'could-improve', 'poor', 'unknown', 'pass', 'pass', 'pass', 'poor', 'pass', 'could-improve'];

/** A valid AuditReport for tests: statuses per claim in H1…H10 order, with a metric and evidence on H1 and H7. */
export function sampleReport(
  options: { now?: Date; url?: string; name?: string | null; statuses?: ClaimStatus[]; readStatus?: AuditReport['readStatus']; withSnapshot?: boolean } = {},
): AuditReport {
  const now = options.now ?? new Date('2026-03-12T10:00:00Z');
  const url = options.url ?? 'https://www.facebook.com/fjordvikkommune';
  const statuses = options.statuses ?? DEFAULT_STATUSES;
  const snapshot = sampleSnapshot(now, url);
  return AuditReportSchema.parse({
    format: 'kommunesjekk-report',
    version: 1,
    page: { name: options.name === undefined ? 'Fjordvik kommune' : options.name, url },
    auditedAt: now.toISOString(),
    locale: 'nb',
    readStatus: options.readStatus ?? 'ok',
    window: { from: new Date(now.getTime() - 9 * DAY).toISOString(), to: new Date(now.getTime() - DAY).toISOString(), days: 8, posts: 3, datedPosts: 3 },
    coverage: { posts: { found: true, source: 'dom', count: 3 } },
    settings: { thresholds: { H1: { pass: 4, couldImprove: 2 } }, bound: { kind: 'weeks', weeks: 4 } },
    claims: CLAIM_IDS.map((id, i) => ({
      id,
      status: statuses[i],
      summary: `Sammendrag for ${id}`,
      message: { key: `test.summary.${id}`, params: {} },
      metrics:
        id === 'H1'
          ? [{ key: 'postsPerWeek', value: 2.6, unit: 'posts/week', threshold: { pass: 4, couldImprove: 2, direction: 'higher' } }]
          : [],
      evidence:
        id === 'H7'
          ? [{ kind: 'post', postId: 'p1', permalink: 'https://www.facebook.com/fjordvikkommune/posts/p1', excerpt: 'Vannbrudd i Storgata i dag.', matched: ['vannbrudd'] }]
          : [],
    })),
    snapshot: options.withSnapshot === false ? undefined : snapshot,
  });
}
