import type { InterfaceLocale } from '../lib/claims/report-schema';
import type { EvidenceView } from '../lib/present/claim-view';
import { t } from '../lib/i18n/translate';

/**
 * The posts, comments and texts a verdict rests on. With `onHighlight`, a post or comment is a
 * button that shows it on the Facebook page; text is always rendered as text (<mark> for matches).
 */
export function EvidenceList({
  items, locale, onHighlight, limit = 3,
}: {
  items: EvidenceView[];
  locale: InterfaceLocale;
  onHighlight?: (item: EvidenceView) => void;
  /** items shown at first; the rest open under «Vis N til» (native <details>, no state) */
  limit?: number;
}) {
  if (!items.length) return <p className="muted">{t(locale, 'claim.evidence.none')}</p>;
  const first = items.slice(0, limit);
  const rest = items.slice(limit);
  return (
    <>
      <EvidenceItems items={first} locale={locale} onHighlight={onHighlight} />
      {rest.length > 0 && (
        <details className="evidence__more">
          <summary>{t(locale, 'claim.evidence.more', { n: rest.length })}</summary>
          <EvidenceItems items={rest} locale={locale} onHighlight={onHighlight} />
        </details>
      )}
    </>
  );
}

function EvidenceItems({
  items, locale, onHighlight,
}: { items: EvidenceView[]; locale: InterfaceLocale; onHighlight?: (item: EvidenceView) => void }) {
  return (
    <ul className="evidence">
      {items.map((item) => {
        const body = (
          <>
            <span className="evidence__kind">{item.kindLabel}</span>
            <span className="evidence__excerpt">
              {item.parts.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
            </span>
            {item.note && <span className="evidence__note">{item.note}</span>}
          </>
        );
        const canHighlight = !!onHighlight && !!item.postId;
        return (
          <li key={item.key} className="evidence__item" data-evidence-post={item.postId ?? undefined} data-evidence-comment={item.commentId ?? undefined}>
            {canHighlight ? (
              <button type="button" className="evidence__button" onClick={() => onHighlight!(item)} title={t(locale, 'claim.evidence.show')}>
                {body}
              </button>
            ) : (
              <div className="evidence__static">{body}</div>
            )}
            {item.permalink && (
              <a className="evidence__link" href={item.permalink} target="_blank" rel="noreferrer noopener">
                {t(locale, 'claim.evidence.open')}
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}
