import { z } from '../validation/zod-mini';
import { AuditReportSchema, type AuditReport } from '../claims/report-schema';
import { ClaimIdSchema, ClaimStatusSchema } from '../claims/types';
import { listAudits, toStoredAudit, type KommunesjekkDb } from './db';
import { overridesByAudit } from './overrides';
import { readSettings, SettingsSchema, SETTINGS_KEY } from './settings';
import '../validation/zod-english';

/** An override inside a backup: tied to its audit by nesting, since audit ids change on import. */
const BackupOverrideSchema = z.object({
  claimId: ClaimIdSchema,
  status: ClaimStatusSchema,
  note: z.string().check(z.maxLength(2000)),
  createdAt: z.iso.datetime({ offset: true }),
});

/** All of a user's data in one file (options page: export / import). */
export const BackupSchema = z.object({
  format: z.literal('kommunesjekk-backup'),
  version: z.literal(1),
  exportedAt: z.iso.datetime({ offset: true }),
  settings: z.optional(SettingsSchema),
  audits: z.array(z.object({ report: AuditReportSchema, overrides: z._default(z.array(BackupOverrideSchema), []) })),
});
export type Backup = z.infer<typeof BackupSchema>;

export class ImportError extends Error {
  constructor(
    /** an i18n key for the interface (import.error.*) */
    readonly reason: 'not-json' | 'unknown-format' | 'invalid',
    /** where in the file the problem is and what it is (plain text, for the message) */
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'ImportError';
  }
}

export async function exportAll(db: KommunesjekkDb, now = new Date()): Promise<Backup> {
  const { audits } = await listAudits(db);
  const overrides = await overridesByAudit(db, audits.flatMap((a) => (a.id === undefined ? [] : [a.id])));
  return {
    format: 'kommunesjekk-backup',
    version: 1,
    exportedAt: now.toISOString(),
    settings: await readSettings(db),
    audits: audits.map((a) => ({
      report: a.report,
      overrides: (overrides.get(a.id ?? -1) ?? []).map(({ claimId, status, note, createdAt }) => ({ claimId, status, note, createdAt })),
    })),
  };
}

function firstIssue(error: z.core.$ZodError): string {
  const issue = error.issues[0];
  const path = issue?.path.length ? issue.path.join('.') : '(top level)';
  return `${path}: ${issue?.message ?? 'invalid'}`;
}

/**
 * Parses an import file: a backup, one audit report (the report page's JSON export), or an array
 * of reports (the CLI's `--format json`). Throws ImportError naming the first problem.
 */
export function parseImport(text: string): Backup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new ImportError('not-json', error instanceof Error ? error.message : String(error));
  }
  const format = Array.isArray(raw) ? 'report-array' : (raw as { format?: unknown } | null)?.format;
  let result;
  if (format === 'kommunesjekk-backup') {
    result = BackupSchema.safeParse(raw);
    if (result.success) return result.data;
  } else if (format === 'kommunesjekk-report') {
    const report = AuditReportSchema.safeParse(raw);
    if (report.success) return wrapReports([report.data]);
    result = report;
  } else if (format === 'report-array') {
    const reports = z.array(AuditReportSchema).check(z.minLength(1)).safeParse(raw);
    if (reports.success) return wrapReports(reports.data);
    result = reports;
  } else {
    throw new ImportError('unknown-format', typeof format === 'string' ? format : '(no "format" field)');
  }
  throw new ImportError('invalid', firstIssue(result.error));
}

function wrapReports(reports: AuditReport[]): Backup {
  return { format: 'kommunesjekk-backup', version: 1, exportedAt: new Date().toISOString(), audits: reports.map((report) => ({ report, overrides: [] })) };
}

/**
 * Adds the file's audits (and settings, when it has them) in one transaction: if anything fails,
 * nothing is written and the data already stored is untouched. An audit already stored (same page,
 * same time) is skipped, so importing the same file twice adds nothing.
 */
export async function importBackup(db: KommunesjekkDb, backup: Backup): Promise<{ added: number; skipped: number }> {
  let added = 0;
  let skipped = 0;
  await db.transaction('rw', db.audits, db.overrides, db.settings, async () => {
    for (const entry of backup.audits) {
      const stored = toStoredAudit(entry.report);
      const existing = await db.audits.where('[pageKey+auditedAt]').equals([stored.pageKey, stored.auditedAt]).count();
      if (existing) {
        skipped++;
        continue;
      }
      const auditId = await db.audits.add(stored);
      for (const o of entry.overrides) await db.overrides.add({ ...o, auditId, pageKey: stored.pageKey });
      added++;
    }
    if (backup.settings) await db.settings.put({ key: SETTINGS_KEY, value: SettingsSchema.parse(backup.settings) });
  });
  return { added, skipped };
}
