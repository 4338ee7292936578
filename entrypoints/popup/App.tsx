import { useState } from 'react';
import { browser } from 'wxt/browser';
import { ClaimList, type ClaimRow } from '../../components/ClaimList';
import { Notice } from '../../components/Notice';
import { t, localeFromBrowser } from '../../lib/i18n/translate';
import { formatDay } from '../../lib/i18n/format-date';
import type { AuditReport, InterfaceLocale } from '../../lib/claims/report-schema';
import type { CollectionBound } from '../../lib/snapshot/schema';
import { useAudit } from './use-audit';

const DEPTHS: CollectionBound[] = [
  { kind: 'weeks', weeks: 4 },
  { kind: 'weeks', weeks: 8 },
  { kind: 'weeks', weeks: 12 },
  { kind: 'posts', posts: 50 },
];

function depthLabel(locale: InterfaceLocale, bound: CollectionBound): string {
  return bound.kind === 'weeks' ? t(locale, 'popup.depth.weeks', { n: bound.weeks }) : t(locale, 'popup.depth.posts', { n: bound.posts });
}

function rowsOf(report: AuditReport, locale: InterfaceLocale): ClaimRow[] {
  return report.claims.map((claim) => ({
    id: claim.id,
    title: t(locale, `claim.${claim.id}.title`),
    status: claim.status,
    statusLabel: t(locale, `status.${claim.status}`),
    summary: claim.summary,
  }));
}

export function App() {
  const locale = localeFromBrowser(browser.i18n?.getUILanguage?.() ?? navigator.language);
  const { state, start, cancel } = useAudit(locale);
  const [depth, setDepth] = useState(0);

  const startButton = (tabId: number, label: string) => (
    <div className="controls">
      <label className="controls__depth">
        {t(locale, 'popup.depth')}
        <select value={depth} onChange={(e) => setDepth(Number(e.target.value))} data-testid="depth">
          {DEPTHS.map((bound, i) => (
            <option key={i} value={i}>{depthLabel(locale, bound)}</option>
          ))}
        </select>
      </label>
      <button type="button" className="button button--primary" data-testid="start" onClick={() => start(tabId, DEPTHS[depth])}>
        {label}
      </button>
    </div>
  );

  return (
    <main className="popup" lang={locale}>
      <header className="popup__header">
        <h1>{t(locale, 'app.name')}</h1>
        <p className="popup__tagline">{t(locale, 'popup.tagline')}</p>
      </header>

      {state.kind === 'checking' && <p className="muted">{t(locale, 'popup.checking')}</p>}
      {state.kind === 'not-facebook' && (
        <Notice tone="info" title={t(locale, 'popup.notFacebook.title')} body={t(locale, 'popup.notFacebook.body')} />
      )}
      {state.kind === 'unreachable' && (
        <Notice tone="error" title={t(locale, 'popup.unreachable.title')} body={t(locale, 'popup.unreachable.body')} />
      )}
      {state.kind === 'ready' && startButton(state.tabId, t(locale, 'popup.start'))}
      {state.kind === 'collecting' && (
        <section className="progress" data-testid="progress" aria-live="polite">
          <p>{t(locale, 'popup.collecting')}</p>
          <progress />
          {state.progress && (
            <p className="muted" data-testid="progress-text">
              {t(locale, 'popup.progress', { posts: state.progress.postsFound })}
              {state.progress.oldest && ` · ${t(locale, 'popup.progress.oldest', { date: formatDay(state.progress.oldest, locale) })}`}
            </p>
          )}
          <button type="button" className="button" data-testid="cancel" onClick={cancel}>{t(locale, 'popup.cancel')}</button>
        </section>
      )}
      {state.kind === 'failed' && (
        <>
          <Notice tone="error" title={t(locale, 'popup.failed.title')} body={state.message} />
          {startButton(state.tabId, t(locale, 'popup.again'))}
        </>
      )}
      {state.kind === 'done' && (
        <section data-testid="result">
          {state.report.readStatus !== 'ok' && (
            <Notice tone="warning" title={state.report.page.name ?? state.report.page.url} body={t(locale, `read.${state.report.readStatus}`)} />
          )}
          <p className="overall" data-testid="overall">
            {t(locale, 'popup.overall', { pass: state.report.claims.filter((c) => c.status === 'pass').length })}
          </p>
          <p className="muted" data-testid="window">
            {state.report.window
              ? t(locale, 'popup.window', {
                  posts: state.report.window.posts,
                  from: formatDay(state.report.window.from, locale),
                  to: formatDay(state.report.window.to, locale),
                })
              : t(locale, 'popup.window.none')}
          </p>
          <ClaimList rows={rowsOf(state.report, locale)} />
          <p className="muted">
            {state.saveError ? t(locale, 'popup.saveFailed', { detail: state.saveError }) : t(locale, 'popup.saved')}
          </p>
          {state.savedId !== null && (
            <a className="button" href={`/report.html?audit=${state.savedId}`} target="_blank" rel="noreferrer" data-testid="open-report">
              {t(locale, 'popup.openReport')}
            </a>
          )}
          {startButton(state.tabId, t(locale, 'popup.again'))}
        </section>
      )}
    </main>
  );
}
