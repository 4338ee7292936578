import { z } from '../validation/zod-mini';
import { ClaimResultSchema, CLAIM_IDS } from './types';
import {
  CollectionBoundSchema, CoverageEntrySchema, CoverageFieldSchema, PageSnapshotSchema, ReadStatusSchema,
} from '../snapshot/schema';

/** The observed window every rate is measured over: first to last dated post seen. */
export const WindowSchema = z.object({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  days: z.number().check(z.nonnegative()),
  posts: z.int().check(z.nonnegative()),
  datedPosts: z.int().check(z.nonnegative()),
});
export type AuditWindow = z.infer<typeof WindowSchema>;

export const InterfaceLocaleSchema = z.enum(['nb', 'nn', 'da', 'sv', 'en']);
export type InterfaceLocale = z.infer<typeof InterfaceLocaleSchema>;

/**
 * One audit of one page: what the extension stores and exports, and what the CLI prints (--format json)
 * and reads back. Re-importable: keep it backwards compatible, or bump `version`.
 */
export const AuditReportSchema = z.object({
  format: z.literal('kommunesjekk-report'),
  version: z.literal(1),
  page: z.object({ name: z.nullable(z.string()), url: z.string() }),
  auditedAt: z.iso.datetime({ offset: true }),
  locale: InterfaceLocaleSchema,
  readStatus: ReadStatusSchema,
  window: z.nullable(WindowSchema),
  coverage: z.partialRecord(CoverageFieldSchema, CoverageEntrySchema),
  settings: z.object({
    thresholds: z.record(z.string(), z.record(z.string(), z.number())),
    bound: CollectionBoundSchema,
  }),
  claims: z.array(ClaimResultSchema).check(z.length(CLAIM_IDS.length)),
  /** the snapshot the verdicts rest on (kept so evidence can be shown and the audit re-judged) */
  snapshot: z.optional(PageSnapshotSchema),
});
export type AuditReport = z.infer<typeof AuditReportSchema>;
