import type { ClaimId, ClaimStatus } from '../claims/types';
import { OverrideSchema, type KommunesjekkDb, type Override } from './db';

/** The overrides of one audit, validated; an unreadable row is left out. */
export async function listOverrides(db: KommunesjekkDb, auditId: number): Promise<Override[]> {
  const rows = await db.overrides.where('auditId').equals(auditId).toArray();
  return rows.flatMap((row) => {
    const parsed = OverrideSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** The overrides of many audits, by audit id (history, compare, CSV). */
export async function overridesByAudit(db: KommunesjekkDb, auditIds: number[]): Promise<Map<number, Override[]>> {
  const rows = auditIds.length ? await db.overrides.where('auditId').anyOf(auditIds).toArray() : [];
  const map = new Map<number, Override[]>();
  for (const row of rows) {
    const parsed = OverrideSchema.safeParse(row);
    if (!parsed.success) continue;
    map.set(parsed.data.auditId, [...(map.get(parsed.data.auditId) ?? []), parsed.data]);
  }
  return map;
}

/** Sets (or replaces) the user's status for one claim of one audit. */
export async function setOverride(
  db: KommunesjekkDb,
  input: { auditId: number; pageKey: string; claimId: ClaimId; status: ClaimStatus; note: string; now?: Date },
): Promise<Override> {
  const override = OverrideSchema.parse({
    auditId: input.auditId,
    pageKey: input.pageKey,
    claimId: input.claimId,
    status: input.status,
    note: input.note.trim(),
    createdAt: (input.now ?? new Date()).toISOString(),
  });
  await db.transaction('rw', db.overrides, async () => {
    await db.overrides.where('[auditId+claimId]').equals([input.auditId, input.claimId]).delete();
    override.id = await db.overrides.add(override);
  });
  return override;
}

export async function clearOverride(db: KommunesjekkDb, auditId: number, claimId: ClaimId): Promise<void> {
  await db.overrides.where('[auditId+claimId]').equals([auditId, claimId]).delete();
}
