import {
  PageSnapshotSchema, SNAPSHOT_VERSION,
  type CommentData, type PageInfo, type PageSnapshot, type Post, type TimeValue,
} from '../../../lib/snapshot/schema';

/** Test factory: small, schema-validated snapshots. */

export const CAPTURED = '2026-03-13T12:00:00.000Z'; // a Friday

export function exact(iso: string): TimeValue {
  const at = new Date(iso).toISOString();
  return { from: at, to: at, precision: 'exact', source: 'structured-data' };
}

/** A time known only to a window of `hours` starting at `iso` (as «3 d» would be). */
export function coarse(iso: string, hours = 24): TimeValue {
  const from = new Date(iso);
  return {
    from: from.toISOString(),
    to: new Date(from.getTime() + hours * 3_600_000).toISOString(),
    precision: hours >= 24 ? 'day' : 'hour',
    source: 'dom',
    raw: '3 d',
  };
}

let counter = 0;

export function makeComment(fields: Partial<CommentData> & { at?: string } = {}): CommentData {
  const { at, ...rest } = fields;
  counter += 1;
  return {
    id: `c${counter}`,
    author: 'Kari Nordmann',
    authorIsPage: false,
    text: '',
    time: at ? exact(at) : null,
    permalink: `https://www.facebook.com/testkommune/posts/1?comment_id=${counter}`,
    replies: [],
    ...rest,
  };
}

export function makePost(fields: Partial<Post> & { at?: string } = {}): Post {
  const { at, ...rest } = fields;
  counter += 1;
  return {
    id: `p${counter}`,
    permalink: `https://www.facebook.com/testkommune/posts/${counter}`,
    time: at ? exact(at) : null,
    text: 'Et innlegg.',
    textTruncated: false,
    counts: { reactions: null, comments: null, shares: null },
    pinned: false,
    sharedFrom: null,
    mentions: [],
    hasPoll: false,
    comments: [],
    source: 'dom',
    ...rest,
  };
}

/** `count` posts, one every `everyHours` hours going back from `newest`, text from `text(i)`. */
export function postsEvery(count: number, everyHours: number, text: (i: number) => string = () => 'Et innlegg.', newest = '2026-03-12T10:00:00Z'): Post[] {
  const start = new Date(newest).getTime();
  return Array.from({ length: count }, (_, i) =>
    makePost({ at: new Date(start - i * everyHours * 3_600_000).toISOString(), text: text(i) }),
  );
}

export function makePage(fields: Partial<PageInfo> = {}): PageInfo {
  return {
    name: 'Testkommune',
    url: 'https://www.facebook.com/testkommune',
    category: 'Offentlig organisasjon',
    bio: null,
    about: null,
    introItems: [],
    hours: null,
    answeringTimes: null,
    messaging: { offered: null, replySpeed: null },
    followers: null,
    likes: null,
    ...fields,
  };
}

export function makeSnapshot(fields: Partial<Omit<PageSnapshot, 'page'>> & { page?: Partial<PageInfo> } = {}): PageSnapshot {
  const { page, ...rest } = fields;
  return PageSnapshotSchema.parse({
    snapshotVersion: SNAPSHOT_VERSION,
    readerVersion: 'test',
    url: 'https://www.facebook.com/testkommune',
    capturedAt: CAPTURED,
    uiLocale: 'nb',
    layout: 'comet',
    status: 'ok',
    page: makePage(page),
    posts: [],
    coverage: {},
    collection: { bound: { kind: 'weeks', weeks: 8 }, stoppedBecause: 'bound-reached', durationMs: 1000, scrolls: 3 },
    unknownLabels: [],
    ...rest,
  });
}
