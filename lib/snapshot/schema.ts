import { z } from 'zod';

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
  raw: z.string().max(200).optional(),
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

export const CommentSchema: z.ZodType<CommentData> = z.lazy(() =>
  z.object({
    id: z.string(),
    author: z.string().nullable(),
    authorIsPage: z.boolean(),
    text: z.string(),
    time: TimeSchema.nullable(),
    permalink: z.string().nullable(),
    replies: z.array(CommentSchema),
  }),
);

export const PostSchema = z.object({
  /** stable id within the snapshot: the story id from the permalink, or a generated index */
  id: z.string(),
  permalink: z.string().nullable(),
  time: TimeSchema.nullable(),
  text: z.string(),
  /** «Se mer» could not be opened: the text is cut */
  textTruncated: z.boolean(),
  counts: z.object({
    reactions: z.number().int().nonnegative().nullable(),
    comments: z.number().int().nonnegative().nullable(),
    shares: z.number().int().nonnegative().nullable(),
  }),
  pinned: z.boolean(),
  /** the post shares someone else's post: that author's name */
  sharedFrom: z.string().nullable(),
  /** pages or people the post mentions or tags */
  mentions: z.array(z.string()),
  hasPoll: z.boolean(),
  comments: z.array(CommentSchema),
  source: SourceSchema,
});
export type Post = z.infer<typeof PostSchema>;

export const DayRangeSchema = z.object({
  /** 0 = Monday … 6 = Sunday */
  day: z.number().int().min(0).max(6),
  open: z.string().regex(/^\d{2}:\d{2}$/),
  close: z.string().regex(/^\d{2}:\d{2}$/),
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
  name: z.string().nullable(),
  url: z.string(),
  category: z.string().nullable(),
  /** the intro/bio text under the page name */
  bio: z.string().nullable(),
  /** About tab texts, when the user had the About tab open (else null) */
  about: z
    .object({
      texts: z.array(z.string()),
      links: z.array(z.object({ text: z.string(), href: z.string() })),
    })
    .nullable(),
  /** texts of the intro box (contact details, address, website, …) */
  introItems: z.array(z.string()),
  hours: HoursSchema.nullable(),
  /** a stated answering time such as «Siden er bemannet hverdager 08–15.30» */
  answeringTimes: z.string().nullable(),
  messaging: z.object({
    offered: z.boolean().nullable(),
    replySpeed: z.string().nullable(),
  }),
  followers: z.number().int().nonnegative().nullable(),
  likes: z.number().int().nonnegative().nullable(),
});
export type PageInfo = z.infer<typeof PageInfoSchema>;

export const CoverageEntrySchema = z.object({
  found: z.boolean(),
  source: SourceSchema.nullable(),
  count: z.number().int().nonnegative(),
  /** why it was not found, or what the user can do */
  note: z.string().optional(),
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
  z.object({ kind: z.literal('weeks'), weeks: z.number().int().min(1).max(104) }),
  z.object({ kind: z.literal('posts'), posts: z.number().int().min(1).max(2000) }),
]);
export type CollectionBound = z.infer<typeof CollectionBoundSchema>;

export const CollectionSchema = z.object({
  bound: CollectionBoundSchema,
  stoppedBecause: z.enum(['bound-reached', 'end-of-feed', 'time-limit', 'post-limit', 'cancelled', 'not-collected']),
  durationMs: z.number().nonnegative(),
  scrolls: z.number().int().nonnegative(),
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
  statusDetail: z.string().optional(),
  page: PageInfoSchema,
  posts: z.array(PostSchema),
  coverage: z.partialRecord(CoverageFieldSchema, CoverageEntrySchema),
  collection: CollectionSchema,
  /** interface labels the reader met but did not recognise (so the tables can be corrected) */
  unknownLabels: z.array(z.string()).max(50),
});
export type PageSnapshot = z.infer<typeof PageSnapshotSchema>;
