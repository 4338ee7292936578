import type { InterfaceLocale } from '../claims/report-schema';
import type { Metric } from '../claims/types';
import { t } from '../i18n/translate';

/** «postsPerWeek» → «posts per week»: shown only when no table names the key yet, so a gap is readable, not hidden. */
export function humanizeKey(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_.-]+/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** t() with a readable fallback instead of the raw key. */
export function tOr(locale: InterfaceLocale, key: string, fallback: string, params: Record<string, string | number> = {}): string {
  const text = t(locale, key, params);
  return text === key ? fallback : text;
}

export function metricLabel(locale: InterfaceLocale, key: string): string {
  return tOr(locale, `metric.${key}`, humanizeKey(key));
}

export function thresholdLabel(locale: InterfaceLocale, claimId: string, key: string): string {
  return tOr(locale, `threshold.${claimId}.${key}`, tOr(locale, `threshold.${key}`, humanizeKey(key)));
}

const NUMBER_TAG: Record<InterfaceLocale, string> = { nb: 'nb-NO', nn: 'nn-NO', da: 'da-DK', sv: 'sv-SE', en: 'en-GB' };

export function formatNumber(locale: InterfaceLocale, value: number, digits = 1): string {
  return new Intl.NumberFormat(NUMBER_TAG[locale], { maximumFractionDigits: digits }).format(value);
}

/** A metric's value with its unit, in the interface language («2,6 innlegg/uke», «45 %», «Ja»). */
export function formatMetricValue(locale: InterfaceLocale, unit: Metric['unit'], value: number | null): string {
  if (value === null) return t(locale, 'metric.value.none');
  if (unit === 'boolean') return t(locale, value ? 'metric.value.yes' : 'metric.value.no');
  return t(locale, `metric.unit.${unit}`, { n: formatNumber(locale, value) });
}
