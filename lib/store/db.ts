import Dexie, { type Table } from 'dexie';
import { z } from '../validation/zod-mini';
import { AuditReportSchema, type AuditReport } from '../claims/report-schema';
import { ClaimIdSchema, ClaimStatusSchema } from '../claims/types';
import { pageKeyFromUrl } from './page-key';

/** One stored audit. `report` holds the verdicts, the settings used and the snapshot they rest on. */
export const StoredAuditSchema = z.object({
  id: z.optional(z.int()),
  pageKey: z.string(),
  pageName: z.nullable(z.string()),
  auditedAt: z.string(),
  report: AuditReportSchema,
});
export type StoredAudit = z.infer<typeof StoredAuditSchema>;

/** A user's correction of one claim of one audit («the rules are in a pinned post»); the measured status stays in the report. */
export const OverrideSchema = z.object({
  id: z.optional(z.int()),
  auditId: z.int(),
  pageKey: z.string(),
  claimId: ClaimIdSchema,
  status: ClaimStatusSchema,
  note: z.string().check(z.maxLength(2000)),
  createdAt: z.iso.datetime({ offset: true }),
});
export type Override = z.infer<typeof OverrideSchema>;

/** Key-value rows; the user's settings live under SETTINGS_KEY (see settings.ts for the value's schema). */
export interface SettingsRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'kommunesjekk';

/**
 * The extension's IndexedDB. Keep every version() below: Dexie upgrades stored data through them
 * in order, so an audit saved by the first release still opens in the current one.
 */
export class KommunesjekkDb extends Dexie {
  audits!: Table<StoredAudit, number>;
  settings!: Table<SettingsRow, string>;
  overrides!: Table<Override, number>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    // v1 (first release): audits only.
    this.version(1).stores({
      audits: '++id, pageKey, auditedAt, [pageKey+auditedAt]',
    });
    // v2: settings (thresholds, language, depth) and manual overrides of a claim's status.
    this.version(2)
      .stores({
        audits: '++id, pageKey, auditedAt, [pageKey+auditedAt]',
        settings: 'key',
        overrides: '++id, auditId, pageKey, &[auditId+claimId]',
      })
      .upgrade(async (tx) => {
        // v1 audits were keyed before page keys folded m./www. and letter case: recompute, so one
        // page's history is one key from now on.
        await tx
          .table('audits')
          .toCollection()
          .modify((row: { pageKey?: string; report?: { page?: { url?: string } } }) => {
            const url = row.report?.page?.url;
            if (typeof url === 'string') row.pageKey = pageKeyFromUrl(url);
          });
      });
  }
}

export function toStoredAudit(report: AuditReport): StoredAudit {
  return {
    pageKey: pageKeyFromUrl(report.page.url),
    pageName: report.page.name,
    auditedAt: report.auditedAt,
    report,
  };
}

export async function saveAudit(db: KommunesjekkDb, report: AuditReport): Promise<number> {
  return db.audits.add(toStoredAudit(AuditReportSchema.parse(report)));
}

/** Reads stored audits, validating each; a record that no longer parses is skipped and counted, never crashes the view. */
export async function listAudits(db: KommunesjekkDb, pageKey?: string): Promise<{ audits: StoredAudit[]; invalid: number }> {
  const rows = pageKey
    ? await db.audits.where('[pageKey+auditedAt]').between([pageKey, Dexie.minKey], [pageKey, Dexie.maxKey]).toArray()
    : await db.audits.orderBy('auditedAt').toArray();
  const audits: StoredAudit[] = [];
  let invalid = 0;
  for (const row of rows) {
    const parsed = StoredAuditSchema.safeParse(row);
    if (parsed.success) audits.push(parsed.data);
    else invalid++;
  }
  return { audits, invalid };
}

/** One audit by id, validated; null when missing or no longer readable. */
export async function getAudit(db: KommunesjekkDb, id: number): Promise<StoredAudit | null> {
  const parsed = StoredAuditSchema.safeParse(await db.audits.get(id));
  return parsed.success ? parsed.data : null;
}

/** The newest audit, validated (the report page opens it when no id is given). */
export async function latestAudit(db: KommunesjekkDb): Promise<StoredAudit | null> {
  const parsed = StoredAuditSchema.safeParse(await db.audits.orderBy('auditedAt').last());
  return parsed.success ? parsed.data : null;
}

/** The newest audit of every page, newest first: what the compare view picks from. */
export async function latestPerPage(db: KommunesjekkDb): Promise<StoredAudit[]> {
  const { audits } = await listAudits(db);
  const byPage = new Map<string, StoredAudit>();
  for (const audit of audits) byPage.set(audit.pageKey, audit); // ordered by auditedAt: the last one wins
  return [...byPage.values()].sort((a, b) => b.auditedAt.localeCompare(a.auditedAt));
}

export async function deleteAudit(db: KommunesjekkDb, id: number): Promise<void> {
  await db.transaction('rw', db.audits, db.overrides, async () => {
    await db.overrides.where('auditId').equals(id).delete();
    await db.audits.delete(id);
  });
}

export async function deletePageHistory(db: KommunesjekkDb, pageKey: string): Promise<number> {
  return db.transaction('rw', db.audits, db.overrides, async () => {
    await db.overrides.where('pageKey').equals(pageKey).delete();
    return db.audits.where('pageKey').equals(pageKey).delete();
  });
}

/** Deletes every audit, override and setting. */
export async function deleteEverything(db: KommunesjekkDb): Promise<void> {
  await db.transaction('rw', db.audits, db.overrides, db.settings, async () => {
    await Promise.all([db.audits.clear(), db.overrides.clear(), db.settings.clear()]);
  });
}
