import type { InterfaceLocale } from '../lib/claims/report-schema';
import { t } from '../lib/i18n/translate';

/** Export all data to a file and import one; the outcome (or the error naming what is wrong) is shown below. */
export function ImportExport({
  locale, onExport, onImport, result, busy = false,
}: {
  locale: InterfaceLocale;
  onExport: () => void;
  onImport: (file: File) => void;
  result: { kind: 'ok'; added: number; skipped: number } | { kind: 'error'; message: string } | null;
  busy?: boolean;
}) {
  return (
    <div className="import-export">
      <div className="import-export__row">
        <button type="button" className="button" onClick={onExport} disabled={busy} data-testid="export-all">
          {t(locale, 'data.exportAll')}
        </button>
        <label className="button file-button">
          {t(locale, 'data.import')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            disabled={busy}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) onImport(file);
              e.target.value = '';
            }}
          />
        </label>
      </div>
      <p className="muted">{t(locale, 'data.import.help')}</p>
      {result?.kind === 'ok' && (
        <p className="import-export__ok" role="status" data-testid="import-result">
          {t(locale, 'data.import.ok', { added: result.added, skipped: result.skipped })}
        </p>
      )}
      {result?.kind === 'error' && (
        <p className="import-export__error" role="alert" data-testid="import-error">{result.message}</p>
      )}
    </div>
  );
}
