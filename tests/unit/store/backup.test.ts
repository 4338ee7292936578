import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { KommunesjekkDb, listAudits, saveAudit } from '../../../lib/store/db';
import { exportAll, importBackup, ImportError, parseImport } from '../../../lib/store/backup';
import { listOverrides, setOverride } from '../../../lib/store/overrides';
import { readSettings, writeSettings, DEFAULT_SETTINGS } from '../../../lib/store/settings';
import { sampleReport } from './sample-report';

const open: KommunesjekkDb[] = [];
function freshDb() {
  const db = new KommunesjekkDb(`backup-test-${Math.random().toString(36).slice(2)}`);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('export and import of all data', () => {
  it('round-trips audits, overrides and settings into an empty database', async () => {
    const source = freshDb();
    const id = await saveAudit(source, sampleReport());
    await saveAudit(source, sampleReport({ url: 'https://www.facebook.com/strandby', name: 'Strandby kommune' }));
    await setOverride(source, { auditId: id, pageKey: 'https://www.facebook.com/fjordvikkommune', claimId: 'H8', status: 'pass', note: 'Festet innlegg' });
    await writeSettings(source, { ...DEFAULT_SETTINGS, locale: 'en', thresholds: { H1: { pass: 5 } } });

    const text = JSON.stringify(await exportAll(source));
    const target = freshDb();
    expect(await importBackup(target, parseImport(text))).toEqual({ added: 2, skipped: 0 });
    const { audits } = await listAudits(target);
    expect(audits.map((a) => a.pageName).sort()).toEqual(['Fjordvik kommune', 'Strandby kommune']);
    const fjordvik = audits.find((a) => a.pageName === 'Fjordvik kommune')!;
    expect(await listOverrides(target, fjordvik.id!)).toMatchObject([{ claimId: 'H8', status: 'pass', note: 'Festet innlegg' }]);
    expect((await readSettings(target)).thresholds).toEqual({ H1: { pass: 5 } });

    // importing the same file again adds nothing
    expect(await importBackup(target, parseImport(text))).toEqual({ added: 0, skipped: 2 });
  });

  it('imports one exported report and an array of reports (the CLI json format)', async () => {
    const db = freshDb();
    const one = sampleReport();
    expect(await importBackup(db, parseImport(JSON.stringify(one)))).toEqual({ added: 1, skipped: 0 });
    const two = [sampleReport({ now: new Date('2026-04-01T10:00:00Z') }), sampleReport({ url: 'https://www.facebook.com/x' })];
    expect(await importBackup(db, parseImport(JSON.stringify(two)))).toEqual({ added: 2, skipped: 0 });
    expect((await listAudits(db)).audits).toHaveLength(3);
  });

  it('names the problem in a bad file', () => {
    expect(() => parseImport('{not json')).toThrow(ImportError);
    try {
      parseImport(JSON.stringify({ format: 'something-else' }));
    } catch (error) {
      expect((error as ImportError).reason).toBe('unknown-format');
    }
    const broken = { ...sampleReport(), claims: sampleReport().claims.slice(0, 3) };
    try {
      parseImport(JSON.stringify(broken));
      expect.unreachable('a report with three claims must not parse');
    } catch (error) {
      expect((error as ImportError).reason).toBe('invalid');
      expect((error as ImportError).detail).toContain('claims');
    }
    // zod's English messages (lib/validation/zod-english.ts): what was expected, not just «Invalid input»
    const wrongType = { ...sampleReport(), auditedAt: 5 };
    expect(() => parseImport(JSON.stringify(wrongType))).toThrowError(/auditedAt: .*expected string, received number/);
  });

  it('writes nothing and loses nothing when the import fails half-way', async () => {
    const db = freshDb();
    await saveAudit(db, sampleReport({ now: new Date('2026-01-01T10:00:00Z') }));
    const file = parseImport(
      JSON.stringify([sampleReport({ now: new Date('2026-02-01T10:00:00Z') }), sampleReport({ now: new Date('2026-02-08T10:00:00Z') })]),
    );
    // Make the second write fail, as a full disk or a closing database would.
    let writes = 0;
    db.audits.hook('creating', () => {
      if (++writes === 2) throw new Error('disk full');
    });
    await expect(importBackup(db, file)).rejects.toThrow('disk full');
    const { audits } = await listAudits(db);
    expect(audits.map((a) => a.auditedAt)).toEqual(['2026-01-01T10:00:00.000Z']);
  });
});
