import { z } from '../validation/zod-mini';

/**
 * The page snapshot: everything the reader took from a Facebook page, and nothing judged.
 * It is the only input of the claims (lib/claims) — like a Lighthouse artifact.
 * Bump SNAPSHOT_VERSION when a change is not backwards compatible.
 */
export const SNAPSHOT_VERSION = 1;

/** Where a value came from: the page's JSON blocks, the rendered DOM, a hover tooltip, an aria-label. */
export const SourceSchema = z.enum(['structured-data', 'dom', 'tooltip', 'aria-label', 'url', 'classic-utime']);
export type Source = z.infer<typeof SourceSchema>;

/**
 * A point in time known to some precision. An exact time has from === to.
 * A relative label such as «3 d» is an interval: carry it through the arithmetic.
 */
export const TimeSchema = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  precision: z.enum(['exact', 'minute', 'hour', 'day', 'week', 'month', 'year']),
  source: SourceSchema,
  /** the text the time was parsed from, as shown (for evidence and debugging) */
  raw: z.optional(z.string().check(z.maxLength(200))),
});
export type TimeValue = z.infer<typeof TimeSchema>;

export const UiLocaleSchema = z.enum(['nb', 'nn', 'da', 'sv', 'en', 'unknown']);
export type UiLocale = z.infer<typeof UiLocaleSchema>;

export interface CommentData {
  id: string;
  author: string | null;
  /** the page itself wrote it (its name, or the author badge) */
  authorIsPage: boolean;
  text: string;
  time: TimeValue | null;
  permalink: string | null;
  replies: CommentData[];
}

export const CommentSchema: z.ZodMiniType<CommentData> = z.lazy(() =>
  z.object({
    id: z.string(),
    author: z.nullable(z.string()),
    authorIsPage: z.boolean(),
    text: z.string(),
    time: z.nullable(TimeSchema),
    permalink: z.nullable(z.string()),
    replies: z.array(CommentSchema),
  }),
);

export const PostSchema = z.object({
  /** stable id within the snapshot: the story id from the permalink, or a generated index */
  id: z.string(),
  permalink: z.nullable(z.string()),
  time: z.nullable(TimeSchema),
  text: z.string(),
  /** «Se mer» could not be opened: the text is cut */
  textTruncated: z.boolean(),
  counts: z.object({
    reactions: z.nullable(z.int().check(z.nonnegative())),
    comments: z.nullable(z.int().check(z.nonnegative())),
    shares: z.nullable(z.int().check(z.nonnegative())),
  }),
  pinned: z.boolean(),
  /** the post shares someone else's post: that author's name */
  sharedFrom: z.nullable(z.string()),
  /** pages or people the post mentions or tags */
  mentions: z.array(z.string()),
  hasPoll: z.boolean(),
  comments: z.array(CommentSchema),
  source: SourceSchema,
});
export type Post = z.infer<typeof PostSchema>;

export const DayRangeSchema = z.object({
  /** 0 = Monday … 6 = Sunday */
  day: z.int().check(z.gte(0)).check(z.lte(6)),
  open: z.string().check(z.regex(/^\d{2}:\d{2}$/)),
  close: z.string().check(z.regex(/^\d{2}:\d{2}$/)),
});

export const HoursSchema = z.object({
  state: z.enum(['open-now', 'closed-now', 'always-open', 'unknown']),
  ranges: z.array(DayRangeSchema),
  /** the texts shown, as read */
  raw: z.array(z.string()),
  source: SourceSchema,
});
export type Hours = z.infer<typeof HoursSchema>;

export const PageInfoSchema = z.object({
  name: z.nullable(z.string()),
  url: z.string(),
  category: z.nullable(z.string()),
  /** the intro/bio text under the page name */
  bio: z.nullable(z.string()),
  /** About tab texts, when the user had the About tab open (else null) */
  about: z.nullable(
    z.object({
      texts: z.array(z.string()),
      links: z.array(z.object({ text: z.string(), href: z.string() })),
    }),
  ),
  /** texts of the intro box (contact details, address, website, …) */
  introItems: z.array(z.string()),
  hours: z.nullable(HoursSchema),
  /** a stated answering time such as «Siden er bemannet hverdager 08–15.30» */
  answeringTimes: z.nullable(z.string()),
  messaging: z.object({
    offered: z.nullable(z.boolean()),
    replySpeed: z.nullable(z.string()),
  }),
  followers: z.nullable(z.int().check(z.nonnegative())),
  likes: z.nullable(z.int().check(z.nonnegative())),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;

export const CoverageEntrySchema = z.object({
  found: z.boolean(),
  source: z.nullable(SourceSchema),
  count: z.int().check(z.nonnegative()),
  /** why it was not found, or what the user can do (English, for logs and bug reports) */
  note: z.optional(z.string()),
  /** the same note as an interface-string key and its parameters, shown in the user's language */
  noteKey: z.optional(z.string()),
  noteParams: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
});
export type CoverageEntry = z.infer<typeof CoverageEntrySchema>;

export const CoverageFieldSchema = z.enum([
  'pageName', 'category', 'bio', 'about', 'hours', 'answeringTimes', 'messaging', 'followers',
  'posts', 'postTimes', 'postText', 'counts', 'comments', 'commentTimes',
]);
export type CoverageField = z.infer<typeof CoverageFieldSchema>;

/** ok: read; partial: read, some fields missing; the rest: nothing can be judged */
export const ReadStatusSchema = z.enum([
  'ok', 'partial', 'unsupported-layout', 'login-wall', 'not-a-page', 'empty',
]);
export type ReadStatus = z.infer<typeof ReadStatusSchema>;

export const LayoutSchema = z.enum(['comet', 'comet-ssr', 'm-facebook', 'mbasic', 'classic-desktop', 'unknown']);

export const CollectionBoundSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('weeks'), weeks: z.int().check(z.gte(1)).check(z.lte(104)) }),
  z.object({ kind: z.literal('posts'), posts: z.int().check(z.gte(1)).check(z.lte(2000)) }),
]);
export type CollectionBound = z.infer<typeof CollectionBoundSchema>;

export const CollectionSchema = z.object({
  bound: CollectionBoundSchema,
  stoppedBecause: z.enum(['bound-reached', 'end-of-feed', 'time-limit', 'post-limit', 'cancelled', 'not-collected']),
  durationMs: z.number().check(z.nonnegative()),
  scrolls: z.int().check(z.nonnegative()),
});

export const PageSnapshotSchema = z.object({
  snapshotVersion: z.literal(SNAPSHOT_VERSION),
  readerVersion: z.string(),
  url: z.string(),
  capturedAt: z.iso.datetime({ offset: true }),
  uiLocale: UiLocaleSchema,
  layout: LayoutSchema,
  status: ReadStatusSchema,
  /** for every status but ok: what went wrong and what the user can do, in plain words (English, for logs) */
  statusDetail: z.optional(z.string()),
  page: PageInfoSchema,
  posts: z.array(PostSchema),
  coverage: z.partialRecord(CoverageFieldSchema, CoverageEntrySchema),
  collection: CollectionSchema,
  /** interface labels the reader met but did not recognise (so the tables can be corrected) */
  unknownLabels: z.array(z.string()).check(z.maxLength(50)),
});
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;
