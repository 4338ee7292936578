import type { AuditWindow, InterfaceLocale } from '../lib/claims/report-schema';
import type { ClaimId } from '../lib/claims/types';
import type { CollectionBound, ReadStatus } from '../lib/snapshot/schema';
import type { ClaimView, EvidenceView } from '../lib/present/claim-view';
import { isBlockingReadStatus } from '../lib/present/claim-view';
import { t } from '../lib/i18n/translate';
import { formatDateTime } from '../lib/i18n/format-date';
import { AuditOverview } from './AuditOverview';
import { ClaimList } from './ClaimList';
import { DepthSelect } from './DepthSelect';
import { Notice } from './Notice';
import { ProgressPanel } from './ProgressPanel';
import { ReadStatusNotice } from './ReadStatusNotice';

/** Everything the popup can show; the popup entrypoint derives it from its state. */
export type PopupScreen =
  | { kind: 'checking' }
  | { kind: 'not-facebook' }
  | { kind: 'unreachable' }
  | { kind: 'ready'; last?: { auditedAt: string; pass: number; href: string } | null }
  | { kind: 'collecting'; postsFound: number | null; oldest: string | null; fraction: number | null; cancelling: boolean }
  | { kind: 'failed'; message: string }
  | {
      kind: 'done';
      readStatus: ReadStatus;
      pageName: string | null;
      window: AuditWindow | null;
      views: ClaimView[];
      /** saved: in the history; skipped: not kept (nothing could be judged); failed: saveError says why */
      saved: 'saved' | 'skipped' | 'failed';
      saveError: string | null;
      reportHref: string | null;
    };

export type HighlightFeedback = { key: string; outcome: 'pending' | 'found' | 'missing' | 'failed' } | null;

export interface PopupViewProps {
  locale: InterfaceLocale;
  screen: PopupScreen;
  depth: CollectionBound;
  onDepth: (bound: CollectionBound) => void;
  onStart: () => void;
  onCancel: () => void;
  expanded: ReadonlySet<ClaimId>;
  onToggle: (id: ClaimId) => void;
  onHighlight: (item: EvidenceView) => void;
  highlight: HighlightFeedback;
  onOpenOptions?: () => void;
  /** when the page could not be read fully: save a sanitized outline of it for a bug report */
  onDiagnostics?: () => void;
  diagnostics?: 'idle' | 'pending' | 'saved' | 'failed';
}

/** The popup: renders one screen from props; no state of its own. */
export function PopupView(props: PopupViewProps) {
  const { locale, screen } = props;
  const controls = (label: string) => (
    <div className="controls">
      <DepthSelect locale={locale} value={props.depth} onChange={props.onDepth} />
      <button type="button" className="button button--primary" data-testid="start" onClick={props.onStart}>
        {label}
      </button>
    </div>
  );

  return (
    <main className="popup" lang={locale}>
      <header className="popup__header">
        <div>
          <h1>{t(locale, 'app.name')}</h1>
          <p className="popup__tagline">{t(locale, 'popup.tagline')}</p>
        </div>
        {props.onOpenOptions && (
          <button type="button" className="icon-button" onClick={props.onOpenOptions} title={t(locale, 'popup.options')} aria-label={t(locale, 'popup.options')} data-testid="open-options">
            ⚙
          </button>
        )}
      </header>

      {screen.kind === 'checking' && <p className="muted">{t(locale, 'popup.checking')}</p>}
      {screen.kind === 'not-facebook' && (
        <Notice tone="info" title={t(locale, 'popup.notFacebook.title')} body={t(locale, 'popup.notFacebook.body')} />
      )}
      {screen.kind === 'unreachable' && (
        <Notice tone="error" title={t(locale, 'popup.unreachable.title')} body={t(locale, 'popup.unreachable.body')} />
      )}
      {screen.kind === 'ready' && (
        <>
          <p className="popup__intro">{t(locale, 'popup.intro')}</p>
          {controls(t(locale, 'popup.start'))}
          {screen.last && (
            <p className="muted popup__last" data-testid="last-audit">
              {t(locale, 'popup.last', { date: formatDateTime(screen.last.auditedAt, locale), pass: screen.last.pass })}{' '}
              <a href={screen.last.href} target="_blank" rel="noreferrer">{t(locale, 'popup.openReport')}</a>
            </p>
          )}
        </>
      )}
      {screen.kind === 'collecting' && (
        <ProgressPanel
          locale={locale}
          postsFound={screen.postsFound}
          oldest={screen.oldest}
          fraction={screen.fraction}
          onCancel={props.onCancel}
          cancelling={screen.cancelling}
        />
      )}
      {screen.kind === 'failed' && (
        <>
          <Notice tone="error" title={t(locale, 'popup.failed.title')} body={screen.message} />
          {controls(t(locale, 'popup.again'))}
        </>
      )}
      {screen.kind === 'done' && (
        <section data-testid="result" data-page-name={screen.pageName ?? ''} data-read-status={screen.readStatus}>
          {screen.pageName && <h2 className="popup__page">{screen.pageName}</h2>}
          <ReadStatusNotice status={screen.readStatus} locale={locale} />
          {isBlockingReadStatus(screen.readStatus) ? (
            <>
              <p className="overall" data-testid="overall">{t(locale, 'popup.overall.none')}</p>
              <p className="muted" data-testid="window">{t(locale, 'popup.window.none')}</p>
            </>
          ) : (
            <>
              <AuditOverview views={screen.views} locale={locale} window={screen.window} />
              <ClaimList
                views={screen.views}
                locale={locale}
                expanded={props.expanded}
                onToggle={props.onToggle}
                onHighlight={props.onHighlight}
              />
              {props.highlight && (
                <p className={`highlight-status highlight-status--${props.highlight.outcome}`} role="status" data-testid="highlight-status" data-outcome={props.highlight.outcome}>
                  {t(locale, `popup.highlight.${props.highlight.outcome}`)}
                </p>
              )}
            </>
          )}
          {screen.readStatus !== 'ok' && screen.readStatus !== 'login-wall' && props.onDiagnostics && (
            <div className="diagnostics" data-testid="diagnostics-box">
              <p className="muted">{t(locale, 'popup.diagnostics.help')}</p>
              <button type="button" className="button" data-testid="diagnostics" onClick={props.onDiagnostics} disabled={props.diagnostics === 'pending'}>
                {t(locale, 'popup.diagnostics')}
              </button>
              {props.diagnostics && props.diagnostics !== 'idle' && props.diagnostics !== 'pending' && (
                <span className="muted" role="status" data-testid="diagnostics-status"> {t(locale, `popup.diagnostics.${props.diagnostics}`)}</span>
              )}
            </div>
          )}
          <div className="popup__footer">
            <p className="muted" data-testid="saved">
              {screen.saved === 'failed'
                ? t(locale, 'popup.saveFailed', { detail: screen.saveError ?? '' })
                : t(locale, screen.saved === 'saved' ? 'popup.saved' : 'popup.notSaved')}
            </p>
            {screen.reportHref && (
              <a className="button" href={screen.reportHref} target="_blank" rel="noreferrer" data-testid="open-report">
                {t(locale, 'popup.openReport')}
              </a>
            )}
          </div>
          {controls(t(locale, 'popup.again'))}
        </section>
      )}
    </main>
  );
}
