import type { AuditReport, InterfaceLocale } from '../lib/claims/report-schema';
import { CoverageFieldSchema } from '../lib/snapshot/schema';
import { t } from '../lib/i18n/translate';

/** What the reader found on the page and what it missed: the ground every verdict stands on. */
export function CoverageList({ coverage, locale }: { coverage: AuditReport['coverage']; locale: InterfaceLocale }) {
  const fields = CoverageFieldSchema.options.filter((f) => coverage[f]);
  if (!fields.length) return <p className="muted">{t(locale, 'coverage.none')}</p>;
  return (
    <ul className="coverage" data-testid="coverage">
      {fields.map((field) => {
        const entry = coverage[field]!;
        return (
          <li key={field} className={entry.found ? 'coverage__found' : 'coverage__missing'} data-coverage={field}>
            <span aria-hidden="true" className="coverage__icon">{entry.found ? '✓' : '–'}</span>
            <span className="coverage__field">{t(locale, `coverage.${field}`)}</span>
            {entry.found && entry.count > 1 && <span className="muted"> ({entry.count})</span>}
            {!entry.found && <span className="visually-hidden">{t(locale, 'coverage.missing')}</span>}
            {/* a note in the user's language when the reader gave its key; its English text otherwise only in English */}
            {entry.noteKey ? (
              <span className="coverage__note muted" data-testid={`coverage-note-${field}`}> — {t(locale, entry.noteKey, entry.noteParams ?? {})}</span>
            ) : (
              entry.note && locale === 'en' && <span className="coverage__note muted"> — {entry.note}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
