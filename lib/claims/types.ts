import { z } from '../validation/zod-mini';
import type { PageSnapshot } from '../snapshot/schema';

export const CLAIM_IDS = ['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7', 'H8', 'H9', 'H10'] as const;
export const ClaimIdSchema = z.enum(CLAIM_IDS);
export type ClaimId = z.infer<typeof ClaimIdSchema>;

export const ClaimStatusSchema = z.enum(['pass', 'could-improve', 'poor', 'unknown']);
export type ClaimStatus = z.infer<typeof ClaimStatusSchema>;

/** A message in the interface language: the key and its parameters (strings live in lib/i18n). */
export const MessageSchema = z.object({
  key: z.string(),
  params: z._default(z.record(z.string(), z.union([z.string(), z.number()])), {}),
});
export type Message = z.infer<typeof MessageSchema>;

/** One measured figure, with the threshold it is judged against. */
export const MetricSchema = z.object({
  key: z.string(),
  value: z.nullable(z.number()),
  unit: z.enum(['posts/week', 'percent', 'hours', 'count', 'weeks', 'days', 'boolean']),
  /** pass when value is above (higher) / at most (lower) `pass`; could-improve likewise with `couldImprove` */
  threshold: z.optional(
    z.object({
      pass: z.number(),
      couldImprove: z.number(),
      direction: z.enum(['higher', 'lower']),
    }),
  ),
});
export type Metric = z.infer<typeof MetricSchema>;

export const EvidenceSchema = z.object({
  kind: z.enum(['post', 'comment', 'about', 'intro', 'hours', 'messaging']),
  postId: z.optional(z.string()),
  commentId: z.optional(z.string()),
  permalink: z.optional(z.nullable(z.string())),
  /** a short excerpt of the text the verdict rests on (plain text, never HTML) */
  excerpt: z.string().check(z.maxLength(300)),
  matched: z._default(z.array(z.string()), []),
  note: z.optional(z.string()),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

export const ClaimResultSchema = z.object({
  id: ClaimIdSchema,
  status: ClaimStatusSchema,
  /** the one-sentence summary, already in the interface language */
  summary: z.string(),
  /** the same summary as a key + params, so it can be shown again in another language */
  message: MessageSchema,
  metrics: z.array(MetricSchema),
  evidence: z.array(EvidenceSchema),
  /** the verdict rests on times known only as intervals */
  coarseTimes: z._default(z.boolean(), false),
  /** set when the claim threw: status is then unknown */
  error: z.optional(z.string()),
});
export type ClaimResult = z.infer<typeof ClaimResultSchema>;

export type Thresholds = Record<string, number>;

/** What a claim's judge gets besides the snapshot. */
export interface JudgeContext {
  /** the moment the audit is judged at (relative windows such as «the last 4 weeks» end here) */
  now: Date;
  thresholds: Thresholds;
}

/** What a judge returns; the runner adds the localized summary and validates it. */
export interface JudgeOutput {
  status: ClaimStatus;
  message: Message;
  metrics: Metric[];
  evidence: Evidence[];
  coarseTimes?: boolean;
}

/**
 * A claim declared as data (axe-core style): its id, default thresholds and a pure judge.
 * One claim per file in lib/claims/.
 */
export interface ClaimDefinition {
  id: ClaimId;
  /** default thresholds, from shared/claims.md; every one is configurable */
  defaults: Thresholds;
  judge(snapshot: PageSnapshot, ctx: JudgeContext): JudgeOutput;
}
