import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ClaimList } from '../../components/ClaimList';
import { Notice } from '../../components/Notice';
import { KommunesjekkDb, StoredAuditSchema, type StoredAudit } from '../../lib/store/db';
import { localeFromBrowser, t } from '../../lib/i18n/translate';
import { formatDateTime, formatDay } from '../../lib/i18n/format-date';

type LoadState = { kind: 'loading' } | { kind: 'missing' } | { kind: 'loaded'; audit: StoredAudit };

/** The full report of one stored audit (?audit=ID). */
export function ReportApp() {
  const locale = localeFromBrowser(browser.i18n?.getUILanguage?.() ?? navigator.language);
  const [state, setState] = useState<LoadState>({ kind: 'loading' });

  useEffect(() => {
    const id = Number(new URLSearchParams(location.search).get('audit'));
    const db = new KommunesjekkDb();
    (Number.isInteger(id) && id > 0 ? db.audits.get(id) : db.audits.orderBy('auditedAt').last())
      .then((row) => {
        const parsed = StoredAuditSchema.safeParse(row);
        setState(parsed.success ? { kind: 'loaded', audit: parsed.data } : { kind: 'missing' });
      })
      .catch(() => setState({ kind: 'missing' }));
    return () => db.close();
  }, []);

  if (state.kind === 'loading') return <main className="report"><p className="muted">…</p></main>;
  if (state.kind === 'missing')
    return (
      <main className="report">
        <Notice tone="info" title={t(locale, 'report.missing.title')} body={t(locale, 'report.missing.body')} />
      </main>
    );

  const { report } = state.audit;
  return (
    <main className="report" lang={locale}>
      <header className="report__header">
        <h1 data-testid="report-page-name">{report.page.name ?? report.page.url}</h1>
        <p className="muted">
          {t(locale, 'report.auditedAt', { date: formatDateTime(report.auditedAt, locale) })}
          {report.window &&
            ` · ${t(locale, 'popup.window', { posts: report.window.posts, from: formatDay(report.window.from, locale), to: formatDay(report.window.to, locale) })}`}
        </p>
      </header>
      <ClaimList
        rows={report.claims.map((c) => ({
          id: c.id,
          title: t(locale, `claim.${c.id}.title`),
          status: c.status,
          statusLabel: t(locale, `status.${c.status}`),
          summary: c.summary,
        }))}
      />
    </main>
  );
}
