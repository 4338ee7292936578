import { z } from '../validation/zod-mini';
import { CollectionBoundSchema, PageSnapshotSchema } from '../snapshot/schema';

/**
 * Messages between the popup and the content script, over a runtime Port named AUDIT_PORT.
 * Both sides parse what they receive with these schemas: a malformed message is dropped
 * with an error, never acted on.
 */
export const AUDIT_PORT = 'kommunesjekk-audit';

export const ToContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('start'), bound: CollectionBoundSchema, timeLimitMs: z.int().check(z.gte(1000)).check(z.lte(600_000)) }),
  z.object({ type: z.literal('cancel') }),
  /** scroll the page to a post or comment and highlight it */
  z.object({ type: z.literal('highlight'), postId: z.string(), commentId: z.optional(z.string()) }),
  /** a sanitized structure of the page, for a bug report */
  z.object({ type: z.literal('diagnostics') }),
]);
export type ToContent = z.infer<typeof ToContentSchema>;

export const ProgressSchema = z.object({
  postsFound: z.int().check(z.nonnegative()),
  oldest: z.nullable(z.string()),
  phase: z.string(),
});
export type Progress = z.infer<typeof ProgressSchema>;

export const FromContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('progress'), progress: ProgressSchema }),
  z.object({ type: z.literal('done'), snapshot: PageSnapshotSchema }),
  z.object({ type: z.literal('error'), message: z.string() }),
  z.object({ type: z.literal('highlighted'), found: z.boolean() }),
  z.object({ type: z.literal('diagnostics'), structure: z.string() }),
]);
export type FromContent = z.infer<typeof FromContentSchema>;

/** Parses a message or returns null; the caller reports the problem. */
export function parseToContent(raw: unknown): ToContent | null {
  const r = ToContentSchema.safeParse(raw);
  return r.success ? r.data : null;
}
export function parseFromContent(raw: unknown): FromContent | null {
  const r = FromContentSchema.safeParse(raw);
  return r.success ? r.data : null;
}

/** Which tab URLs the extension can audit at all (the content script only runs there). */
export function classifyTabUrl(url: string | undefined): 'facebook' | 'not-facebook' | 'unknown' {
  if (!url) return 'unknown';
  try {
    const host = new URL(url).hostname;
    return host === 'facebook.com' || host.endsWith('.facebook.com') ? 'facebook' : 'not-facebook';
  } catch {
    return 'not-facebook';
  }
}
