import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  deleteAudit, deleteEverything, deletePageHistory, getAudit, KommunesjekkDb, latestPerPage, listAudits, saveAudit,
} from '../../../lib/store/db';
import { listOverrides, setOverride, clearOverride } from '../../../lib/store/overrides';
import { readSettings, writeSettings, DEFAULT_SETTINGS, resolveLocale, pruneThresholds } from '../../../lib/store/settings';
import { sampleReport } from './sample-report';

let counter = 0;
const open: Dexie[] = [];
function freshName() {
  return `kommunesjekk-test-${++counter}-${Math.random().toString(36).slice(2)}`;
}
function freshDb(name = freshName()) {
  const db = new KommunesjekkDb(name);
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

describe('schema migration', () => {
  it('opens a database written by version 1 and keeps its audits readable', async () => {
    const name = freshName();
    // The first release's schema, exactly as it shipped.
    const v1 = new Dexie(name);
    v1.version(1).stores({ audits: '++id, pageKey, auditedAt, [pageKey+auditedAt]' });
    const report = sampleReport({ url: 'https://m.facebook.com/FjordvikKommune' });
    // v1 stored the key as it was then (case and host kept), which the v2 upgrade folds.
    await v1.table('audits').add({ pageKey: 'https://m.facebook.com/FjordvikKommune', pageName: 'Fjordvik kommune', auditedAt: report.auditedAt, report });
    v1.close();

    const db = freshDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    const { audits, invalid } = await listAudits(db);
    expect(invalid).toBe(0);
    expect(audits).toHaveLength(1);
    expect(audits[0].report.claims).toHaveLength(10);
    expect(audits[0].pageKey).toBe('https://www.facebook.com/fjordvikkommune');
    // the new tables exist and work on the upgraded database
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
    await setOverride(db, { auditId: audits[0].id!, pageKey: audits[0].pageKey, claimId: 'H8', status: 'pass', note: 'Regler i festet innlegg' });
    expect(await listOverrides(db, audits[0].id!)).toHaveLength(1);
  });
});

describe('audits', () => {
  it('skips a stored record that no longer validates instead of failing the list', async () => {
    const db = freshDb();
    await saveAudit(db, sampleReport());
    await db.audits.add({ pageKey: 'x', pageName: null, auditedAt: '2026-01-01T00:00:00Z', report: { broken: true } } as never);
    const { audits, invalid } = await listAudits(db);
    expect(audits).toHaveLength(1);
    expect(invalid).toBe(1);
  });

  it('lists the newest audit of each page for comparing', async () => {
    const db = freshDb();
    await saveAudit(db, sampleReport({ now: new Date('2026-03-01T10:00:00Z') }));
    const newest = await saveAudit(db, sampleReport({ now: new Date('2026-03-08T10:00:00Z') }));
    await saveAudit(db, sampleReport({ url: 'https://www.facebook.com/strandby', name: 'Strandby kommune', now: new Date('2026-03-02T10:00:00Z') }));
    const latest = await latestPerPage(db);
    expect(latest.map((a) => a.pageName)).toEqual(['Fjordvik kommune', 'Strandby kommune']);
    expect(latest[0].id).toBe(newest);
  });

  it('deletes one audit with its overrides, one page history, or everything', async () => {
    const db = freshDb();
    const a = await saveAudit(db, sampleReport({ now: new Date('2026-03-01T10:00:00Z') }));
    const b = await saveAudit(db, sampleReport({ now: new Date('2026-03-08T10:00:00Z') }));
    const c = await saveAudit(db, sampleReport({ url: 'https://www.facebook.com/strandby', now: new Date('2026-03-02T10:00:00Z') }));
    await setOverride(db, { auditId: a, pageKey: 'https://www.facebook.com/fjordvikkommune', claimId: 'H1', status: 'pass', note: '' });

    await deleteAudit(db, a);
    expect(await getAudit(db, a)).toBeNull();
    expect(await db.overrides.count()).toBe(0);
    expect(await getAudit(db, b)).not.toBeNull();

    expect(await deletePageHistory(db, 'https://www.facebook.com/fjordvikkommune')).toBe(1);
    expect((await listAudits(db)).audits.map((x) => x.id)).toEqual([c]);

    await writeSettings(db, { ...DEFAULT_SETTINGS, locale: 'en' });
    await deleteEverything(db);
    expect(await db.audits.count()).toBe(0);
    expect((await readSettings(db)).locale).toBe('auto');
  });
});

describe('overrides', () => {
  it('keeps one override per claim of an audit, replacing the earlier one', async () => {
    const db = freshDb();
    const id = await saveAudit(db, sampleReport());
    await setOverride(db, { auditId: id, pageKey: 'k', claimId: 'H8', status: 'could-improve', note: 'første' });
    await setOverride(db, { auditId: id, pageKey: 'k', claimId: 'H8', status: 'pass', note: '  Reglene står i et festet innlegg ' });
    const list = await listOverrides(db, id);
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ claimId: 'H8', status: 'pass', note: 'Reglene står i et festet innlegg' });
    await clearOverride(db, id, 'H8');
    expect(await listOverrides(db, id)).toHaveLength(0);
  });
});

describe('settings', () => {
  it('stores thresholds, language and depth and falls back to defaults for a bad row', async () => {
    const db = freshDb();
    await writeSettings(db, { locale: 'da', defaultDepth: { kind: 'weeks', weeks: 8 }, thresholds: { H1: { pass: 5 } } });
    expect(await readSettings(db)).toEqual({ locale: 'da', defaultDepth: { kind: 'weeks', weeks: 8 }, thresholds: { H1: { pass: 5 } } });
    await db.settings.put({ key: 'user', value: { locale: 'klingon' } });
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });

  it('follows the browser language unless the user chose one', () => {
    expect(resolveLocale({ locale: 'auto' }, 'da-DK')).toBe('da');
    expect(resolveLocale({ locale: 'en' }, 'da-DK')).toBe('en');
  });

  it('stores only thresholds that differ from the defaults', () => {
    expect(pruneThresholds({ H1: { pass: 4, couldImprove: 3 }, H2: { x: 1 } }, { H1: { pass: 4, couldImprove: 2 }, H2: { x: 1 } })).toEqual({
      H1: { couldImprove: 3 },
    });
  });
});
