import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { Notice } from '../../components/Notice';
import { ReportView, type ReportViewProps } from '../../components/ReportView';
import { CompareView } from '../../components/CompareView';
import { t } from '../../lib/i18n/translate';
import type { ClaimId, ClaimStatus } from '../../lib/claims/types';
import { deleteAudit, getAudit, latestAudit, latestPerPage, listAudits, type Override, type StoredAudit } from '../../lib/store/db';
import { clearOverride, listOverrides, overridesByAudit, setOverride } from '../../lib/store/overrides';
import { reportModel } from '../../lib/present/report-model';
import { compareRows, sortCompareRows, type CompareSortKey } from '../../lib/present/compare';
import { auditsToCsv } from '../../lib/present/csv';
import type { HistoryAudit } from '../../lib/present/history';
import { sharedDb, useSettings } from '../popup/use-settings';
import { highlightInTab } from '../popup/use-audit';
import { pageKeyFromUrl } from '../../lib/store/page-key';
import { dayStamp, downloadText, fileSlug } from './download';

type View = { kind: 'report'; auditId: number | null } | { kind: 'compare'; pages: string[] };

function viewFromUrl(): View {
  const q = new URLSearchParams(location.search);
  if (q.get('view') === 'compare') return { kind: 'compare', pages: (q.get('pages') ?? '').split(',').filter(Boolean) };
  const id = Number(q.get('audit'));
  return { kind: 'report', auditId: Number.isInteger(id) && id > 0 ? id : null };
}

/** The extension's report page: one audit (?audit=ID, else the newest) or the comparison (?view=compare). */
export function ReportApp() {
  const { locale } = useSettings();
  const [view, setView] = useState<View>(viewFromUrl);

  useEffect(() => {
    document.documentElement.lang = locale;
    const onPop = () => setView(viewFromUrl());
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, [locale]);

  const navigate = useCallback((url: string) => {
    history.pushState(null, '', url);
    setView(viewFromUrl());
    scrollTo(0, 0);
  }, []);

  return (
    <div className="report" lang={locale}>
      <nav className="report__nav no-print" aria-label={t(locale, 'app.name')}>
        <strong className="report__brand">{t(locale, 'app.name')}</strong>
        <a href="/report.html" aria-current={view.kind === 'report' ? 'page' : undefined} onClick={(e) => { e.preventDefault(); navigate('/report.html'); }} data-testid="nav-report">
          {t(locale, 'report.nav.report')}
        </a>
        <a href="/report.html?view=compare" aria-current={view.kind === 'compare' ? 'page' : undefined} onClick={(e) => { e.preventDefault(); navigate('/report.html?view=compare'); }} data-testid="nav-compare">
          {t(locale, 'report.nav.compare')}
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noreferrer" data-testid="nav-options">{t(locale, 'report.nav.options')}</a>
      </nav>
      <main>
        {view.kind === 'report' ? (
          <AuditPage key={view.auditId ?? 'latest'} auditId={view.auditId} locale={locale} navigate={navigate} />
        ) : (
          <ComparePage initial={view.pages} locale={locale} />
        )}
      </main>
    </div>
  );
}

type AuditLoad =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'deleted' }
  | { kind: 'loaded'; audit: StoredAudit & { id: number }; overrides: Override[]; pageAudits: HistoryAudit[]; pageRows: StoredAudit[] };

function AuditPage({ auditId, locale, navigate }: { auditId: number | null; locale: ReturnType<typeof useSettings>['locale']; navigate: (url: string) => void }) {
  const [state, setState] = useState<AuditLoad>({ kind: 'loading' });
  const [busy, setBusy] = useState(false);
  const [highlight, setHighlight] = useState<ReportViewProps['highlight']>(null);

  const load = useCallback(async () => {
    const db = sharedDb();
    const audit = auditId !== null ? await getAudit(db, auditId) : await latestAudit(db);
    if (!audit || audit.id === undefined) {
      setState({ kind: 'missing' });
      return;
    }
    const { audits: pageRows } = await listAudits(db, audit.pageKey);
    const overrides = await overridesByAudit(db, pageRows.flatMap((a) => (a.id === undefined ? [] : [a.id])));
    setState({
      kind: 'loaded',
      audit: audit as StoredAudit & { id: number },
      overrides: await listOverrides(db, audit.id),
      pageRows,
      pageAudits: pageRows.map((a) => ({ id: a.id, auditedAt: a.auditedAt, report: a.report, overrides: overrides.get(a.id ?? -1) ?? [] })),
    });
  }, [auditId]);

  useEffect(() => {
    load().catch(() => setState({ kind: 'missing' }));
  }, [load]);

  const model = useMemo(
    () => (state.kind === 'loaded' ? reportModel(state.audit.report, state.overrides, state.pageAudits, locale) : null),
    [state, locale],
  );

  if (state.kind === 'loading') return <p className="muted">…</p>;
  if (state.kind === 'missing' || state.kind === 'deleted' || !model)
    return (
      <Notice
        tone="info"
        title={t(locale, state.kind === 'deleted' ? 'report.deleted' : 'report.missing.title')}
        body={state.kind === 'deleted' ? '' : t(locale, 'report.missing.body')}
      />
    );

  const { audit } = state;
  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      await load();
    } finally {
      setBusy(false);
    }
  };

  return (
    <ReportView
      locale={locale}
      auditId={audit.id}
      report={audit.report}
      views={model.views}
      changedThresholds={model.changedThresholds}
      history={model.history}
      busy={busy}
      onSaveOverride={(claimId: ClaimId, status: ClaimStatus, note: string) =>
        act(() => setOverride(sharedDb(), { auditId: audit.id, pageKey: audit.pageKey, claimId, status, note }))
      }
      onClearOverride={(claimId) => act(() => clearOverride(sharedDb(), audit.id, claimId))}
      onExportJson={() =>
        downloadText(
          `kommunesjekk-${fileSlug(audit.report.page.url)}-${dayStamp(audit.auditedAt)}.json`,
          JSON.stringify(audit.report, null, 2),
          'application/json',
        )
      }
      onExportCsv={() =>
        downloadText(`kommunesjekk-${fileSlug(audit.report.page.url)}-historikk.csv`, auditsToCsv(state.pageAudits), 'text/csv;charset=utf-8')
      }
      onPrint={() => print()}
      onDelete={() => {
        if (!confirm(t(locale, 'report.delete.confirm'))) return;
        void deleteAudit(sharedDb(), audit.id).then(() => setState({ kind: 'deleted' }));
      }}
      onOpenAudit={(id) => navigate(`/report.html?audit=${id}`)}
      highlight={highlight}
      onHighlight={(item) => {
        if (!item.postId) return;
        setHighlight({ key: item.key, outcome: 'pending' });
        void showInOpenTab(audit.pageKey, item.postId, item.commentId ?? undefined).then((outcome) =>
          setHighlight((h) => (h?.key === item.key ? { key: item.key, outcome } : h)),
        );
      }}
    />
  );
}

/** Brings the tab showing this page to the front and outlines the post there; 'no-tab' when none is open. */
async function showInOpenTab(pageKey: string, postId: string, commentId?: string) {
  const tabs = await browser.tabs.query({ url: '*://*.facebook.com/*' }).catch(() => []);
  const tab = tabs.find((t) => t.id !== undefined && t.url && pageKeyFromUrl(t.url) === pageKey);
  if (!tab?.id) return 'no-tab' as const;
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
  return highlightInTab(tab.id, postId, commentId);
}

function ComparePage({ initial, locale }: { initial: string[]; locale: ReturnType<typeof useSettings>['locale'] }) {
  const [audits, setAudits] = useState<(HistoryAudit & { pageKey: string })[] | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set(initial));
  const [sort, setSort] = useState<{ key: CompareSortKey; descending: boolean }>({ key: 'pass', descending: false });

  useEffect(() => {
    (async () => {
      const db = sharedDb();
      const latest = await latestPerPage(db);
      const overrides = await overridesByAudit(db, latest.flatMap((a) => (a.id === undefined ? [] : [a.id])));
      setAudits(latest.map((a) => ({ id: a.id, pageKey: a.pageKey, auditedAt: a.auditedAt, report: a.report, overrides: overrides.get(a.id ?? -1) ?? [] })));
      // With nothing chosen in the address, compare every page.
      if (!initial.length) setSelected(new Set(latest.map((a) => a.pageKey)));
    })().catch(() => setAudits([]));
  }, [initial]);

  // Keep the choice in the address, so a comparison can be bookmarked.
  useEffect(() => {
    if (audits === null) return;
    history.replaceState(null, '', `/report.html?view=compare&pages=${[...selected].map(encodeURIComponent).join(',')}`);
  }, [selected, audits]);

  const rows = useMemo(
    () => sortCompareRows(compareRows((audits ?? []).filter((a) => selected.has(a.pageKey))), sort.key, sort.descending),
    [audits, selected, sort],
  );
  if (audits === null) return <p className="muted">…</p>;
  return (
    <CompareView
      locale={locale}
      pages={audits.map((a) => ({ pageKey: a.pageKey, name: a.report.page.name ?? a.report.page.url, auditedAt: a.auditedAt }))}
      selected={selected}
      onToggle={(key) =>
        setSelected((prev) => {
          const next = new Set(prev);
          if (next.has(key)) next.delete(key);
          else next.add(key);
          return next;
        })
      }
      onSelectAll={() => setSelected(new Set(audits.map((a) => a.pageKey)))}
      rows={rows}
      sortKey={sort.key}
      descending={sort.descending}
      onSort={(key) => setSort((s) => (s.key === key ? { key, descending: !s.descending } : { key, descending: false }))}
      onExportCsv={() => {
        // in the table's order, so the file reads like the screen
        const byKey = new Map(audits.map((a) => [a.pageKey, a]));
        downloadText(`kommunesjekk-sammenligning-${new Date().toISOString().slice(0, 10)}.csv`, auditsToCsv(rows.map((r) => byKey.get(r.pageKey)!)), 'text/csv;charset=utf-8');
      }}
    />
  );
}
