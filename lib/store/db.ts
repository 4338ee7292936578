import Dexie, { type Table } from 'dexie';
import { z } from 'zod';
import { AuditReportSchema, type AuditReport } from '../claims/report-schema';
import { pageKeyFromUrl } from './page-key';

/** One stored audit. `report` holds the verdicts, the settings used and the snapshot they rest on. */
export const StoredAuditSchema = z.object({
  id: z.number().int().optional(),
  pageKey: z.string(),
  pageName: z.string().nullable(),
  auditedAt: z.string(),
  report: AuditReportSchema,
});
export type StoredAudit = z.infer<typeof StoredAuditSchema>;

export const DB_NAME = 'kommunesjekk';

/**
 * The extension's IndexedDB. Keep every version() below: Dexie upgrades stored data through them
 * in order, so an audit saved by the first release still opens in the current one.
 */
export class KommunesjekkDb extends Dexie {
  audits!: Table<StoredAudit, number>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      audits: '++id, pageKey, auditedAt, [pageKey+auditedAt]',
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
