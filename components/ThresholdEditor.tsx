import type { InterfaceLocale } from '../lib/claims/report-schema';
import { CLAIM_IDS, type ClaimId, type Thresholds } from '../lib/claims/types';
import { t } from '../lib/i18n/translate';
import { thresholdLabel } from '../lib/present/labels';

/** Thresholds per claim: the default shown beside each field; a changed value is marked and can be reset. */
export function ThresholdEditor({
  locale, defaults, values, onChange, onReset,
}: {
  locale: InterfaceLocale;
  defaults: Partial<Record<ClaimId, Thresholds>>;
  /** only the values the user changed */
  values: Partial<Record<ClaimId, Thresholds>>;
  onChange: (claimId: ClaimId, key: string, value: number | null) => void;
  onReset: (claimId: ClaimId | null) => void;
}) {
  const changedAny = CLAIM_IDS.some((id) => Object.keys(values[id] ?? {}).length);
  return (
    <div className="thresholds" data-testid="thresholds">
      {CLAIM_IDS.map((id) => {
        const keys = Object.keys(defaults[id] ?? {});
        if (!keys.length) return null;
        const changed = Object.keys(values[id] ?? {}).length > 0;
        return (
          <fieldset key={id} className="thresholds__claim" data-threshold-claim={id}>
            <legend>
              <span className="claim__id">{id}</span> {t(locale, `claim.${id}.title`)}
            </legend>
            {keys.map((key) => {
              const def = defaults[id]![key];
              const value = values[id]?.[key];
              return (
                <label key={key} className={`field field--row${value !== undefined ? ' field--changed' : ''}`}>
                  <span className="field__label">{thresholdLabel(locale, id, key)}</span>
                  {/* Committed on blur (or Enter), so a half-typed number is never saved; remounted when the stored value changes. */}
                  <input
                    key={`${id}.${key}.${value ?? def}`}
                    type="number"
                    step="any"
                    min="0"
                    inputMode="decimal"
                    defaultValue={value ?? def}
                    data-threshold={`${id}.${key}`}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter') e.currentTarget.blur();
                    }}
                    onBlur={(e) => {
                      const text = e.currentTarget.value.trim();
                      const n = text === '' ? null : Number(text);
                      if (n === null) onChange(id, key, null);
                      else if (Number.isFinite(n) && n !== (value ?? def)) onChange(id, key, n);
                    }}
                  />
                  <span className="muted field__default">{t(locale, 'options.thresholds.default', { value: def })}</span>
                </label>
              );
            })}
            {changed && (
              <button type="button" className="button button--small" onClick={() => onReset(id)} data-testid={`reset-${id}`}>
                {t(locale, 'options.thresholds.reset')}
              </button>
            )}
          </fieldset>
        );
      })}
      <button type="button" className="button" onClick={() => onReset(null)} disabled={!changedAny} data-testid="reset-all">
        {t(locale, 'options.thresholds.resetAll')}
      </button>
    </div>
  );
}
