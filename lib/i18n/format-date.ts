import { format } from 'date-fns';
import { da, enGB, nb, nn, sv } from 'date-fns/locale';
import type { InterfaceLocale } from '../claims/report-schema';

const LOCALES = { nb, nn, da, sv, en: enGB };

/** «12. mar. 2026» style dates in the interface language. */
export function formatDay(iso: string, locale: InterfaceLocale): string {
  return format(new Date(iso), 'd. MMM yyyy', { locale: LOCALES[locale] });
}

export function formatDateTime(iso: string, locale: InterfaceLocale): string {
  return format(new Date(iso), 'd. MMM yyyy HH:mm', { locale: LOCALES[locale] });
}
