import type { InterfaceLocale } from '../claims/report-schema';

/**
 * Dates in the interface language through the browser's own Intl (no locale data in our bundles:
 * date-fns' five locales cost ~9 KB gzipped in the popup). Formatters are made once per locale.
 */
const TAGS: Record<InterfaceLocale, string> = { nb: 'nb-NO', nn: 'nn-NO', da: 'da-DK', sv: 'sv-SE', en: 'en-GB' };
const dayFormats = new Map<InterfaceLocale, Intl.DateTimeFormat>();
const dateTimeFormats = new Map<InterfaceLocale, Intl.DateTimeFormat>();

function formatter(cache: Map<InterfaceLocale, Intl.DateTimeFormat>, locale: InterfaceLocale, options: Intl.DateTimeFormatOptions) {
  let f = cache.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(TAGS[locale], options);
    cache.set(locale, f);
  }
  return f;
}

/** «12. mars 2026» style dates in the interface language. */
export function formatDay(iso: string, locale: InterfaceLocale): string {
  return formatter(dayFormats, locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(iso));
}

/** «12. mars 2026, 14:03» */
export function formatDateTime(iso: string, locale: InterfaceLocale): string {
  return formatter(dateTimeFormats, locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/** «12.3.» for chart axes. */
export function formatDayMonth(iso: string): string {
  const d = new Date(iso);
  return `${d.getDate()}.${d.getMonth() + 1}.`;
}
