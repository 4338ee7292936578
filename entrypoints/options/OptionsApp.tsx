import { useCallback, useEffect, useMemo, useState } from 'react';
import { DataManager, type PageHistoryItem } from '../../components/DataManager';
import { DepthSelect } from '../../components/DepthSelect';
import { ImportExport } from '../../components/ImportExport';
import { ThresholdEditor } from '../../components/ThresholdEditor';
import { InterfaceLocaleSchema, type InterfaceLocale } from '../../lib/claims/report-schema';
import type { ClaimId } from '../../lib/claims/types';
import { defaultThresholds, ThresholdOverridesSchema } from '../../lib/claims/thresholds';
import { localeFromBrowser, t } from '../../lib/i18n/translate';
import { deleteAudit, deleteEverything, deletePageHistory, listAudits } from '../../lib/store/db';
import { exportAll, importBackup, ImportError, parseImport } from '../../lib/store/backup';
import { pruneThresholds, type Settings } from '../../lib/store/settings';
import '../../lib/validation/zod-english';
import { browserLanguage, sharedDb, useSettings } from '../popup/use-settings';
import { downloadText } from '../report/download';

type ImportResult = { kind: 'ok'; added: number; skipped: number } | { kind: 'error'; message: string } | null;

/** Options: interface language, default depth, thresholds per claim, and the stored data. */
export function OptionsApp() {
  const { settings, loaded, locale, save, reload } = useSettings();
  const [pages, setPages] = useState<PageHistoryItem[]>([]);
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [importResult, setImportResult] = useState<ImportResult>(null);
  const [busy, setBusy] = useState(false);
  const defaults = useMemo(() => defaultThresholds(), []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const loadPages = useCallback(async () => {
    const { audits } = await listAudits(sharedDb());
    const byPage = new Map<string, PageHistoryItem>();
    for (const a of [...audits].reverse()) {
      if (a.id === undefined) continue;
      const item = byPage.get(a.pageKey) ?? { pageKey: a.pageKey, name: a.pageName ?? a.report.page.url, audits: [] };
      item.audits.push({ id: a.id, auditedAt: a.auditedAt, pass: a.report.claims.filter((c) => c.status === 'pass').length });
      byPage.set(a.pageKey, item);
    }
    setPages([...byPage.values()].sort((x, y) => x.name.localeCompare(y.name, 'nb')));
  }, []);

  useEffect(() => {
    void loadPages();
  }, [loadPages]);

  const update = async (next: Settings) => {
    const check = ThresholdOverridesSchema.safeParse(next.thresholds);
    if (!check.success) {
      const issue = check.error.issues[0];
      setStatus({ tone: 'error', text: t(locale, 'options.thresholds.invalid', { detail: `${issue?.path.join('.')}: ${issue?.message}` }) });
      return;
    }
    try {
      await save(next);
      setStatus({ tone: 'ok', text: t(locale, 'options.saved') });
    } catch (error) {
      setStatus({ tone: 'error', text: String(error) });
    }
  };

  const setThreshold = (claimId: ClaimId, key: string, value: number | null) => {
    const own = { ...(settings.thresholds[claimId] ?? {}) };
    if (value === null) delete own[key];
    else own[key] = value;
    void update({ ...settings, thresholds: pruneThresholds({ ...settings.thresholds, [claimId]: own }, defaults) });
  };

  const resetThresholds = (claimId: ClaimId | null) => {
    if (claimId === null) return void update({ ...settings, thresholds: {} });
    const next = { ...settings.thresholds };
    delete next[claimId];
    void update({ ...settings, thresholds: next });
  };

  const withBusy = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
      await loadPages();
    }
  };

  const onImport = (file: File) =>
    withBusy(async () => {
      try {
        const backup = parseImport(await file.text());
        const result = await importBackup(sharedDb(), backup);
        setImportResult({ kind: 'ok', ...result });
        // The file may bring settings: show them.
        if (backup.settings) await reload();
      } catch (error) {
        const message =
          error instanceof ImportError
            ? t(locale, `import.error.${error.reason}`, { detail: error.detail })
            : t(locale, 'import.error.write', { detail: String(error) });
        setImportResult({ kind: 'error', message });
      }
    });

  const languages: ('auto' | InterfaceLocale)[] = ['auto', ...InterfaceLocaleSchema.options];
  return (
    <main className="options" lang={locale} data-loaded={loaded}>
      <h1>{t(locale, 'options.title')}</h1>
      {status && (
        <p className={`options__status options__status--${status.tone}`} role={status.tone === 'error' ? 'alert' : 'status'} data-testid="options-status">
          {status.text}
        </p>
      )}

      <section className="report__section">
        <h2>{t(locale, 'options.general')}</h2>
        <div className="options__row">
          <label className="field">
            <span className="field__label">{t(locale, 'options.language')}</span>
            <select
              value={settings.locale}
              data-testid="language"
              onChange={(e) => void update({ ...settings, locale: e.target.value as Settings['locale'] })}
            >
              {languages.map((l) => (
                <option key={l} value={l}>
                  {l === 'auto' ? t(locale, 'options.language.auto', { lang: t(localeFromBrowser(browserLanguage()), `language.${localeFromBrowser(browserLanguage())}`) }) : t(l, `language.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <DepthSelect
            locale={locale}
            value={settings.defaultDepth}
            onChange={(bound) => void update({ ...settings, defaultDepth: bound })}
            testId="default-depth"
            label={t(locale, 'options.depth')}
          />
        </div>
      </section>


      <section className="report__section">
        <h2>{t(locale, 'options.backup')}</h2>
        <ImportExport
          locale={locale}
          busy={busy}
          result={importResult}
          onImport={(file) => void onImport(file)}
          onExport={() =>
            void exportAll(sharedDb()).then((backup) =>
              downloadText(`kommunesjekk-sikkerhetskopi-${backup.exportedAt.slice(0, 10)}.json`, JSON.stringify(backup, null, 2), 'application/json'),
            )
          }
        />
      </section>

      <section className="report__section">
        <h2>{t(locale, 'data.title')}</h2>
        <DataManager
          locale={locale}
          pages={pages}
          onDeleteAudit={(id) => void withBusy(() => deleteAudit(sharedDb(), id))}
          onDeletePage={(key) => {
            const name = pages.find((p) => p.pageKey === key)?.name ?? key;
            if (confirm(t(locale, 'data.deletePage.confirm', { name }))) void withBusy(async () => void (await deletePageHistory(sharedDb(), key)));
          }}
          onDeleteAll={() => {
            if (confirm(t(locale, 'data.deleteAll.confirm'))) void withBusy(async () => {
              await deleteEverything(sharedDb());
              await reload();
            });
          }}
        />
      </section>
      <section className="report__section">
        <h2>{t(locale, 'options.thresholds')}</h2>
        <p className="muted">{t(locale, 'options.thresholds.intro')}</p>
        <ThresholdEditor locale={locale} defaults={defaults} values={settings.thresholds} onChange={setThreshold} onReset={resetThresholds} />
      </section>
    </main>
  );
}
