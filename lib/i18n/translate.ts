import type { InterfaceLocale } from '../claims/report-schema';
import { nb } from './nb/index';
import { en } from './en/index';
import { da } from './da/index';
import { nn } from './nn/index';
import { sv } from './sv/index';

export type Strings = Record<string, string>;
const TABLES: Record<InterfaceLocale, Strings> = { nb, en, da, nn, sv };

/** Looks a key up in the locale, then in nb, then returns the key itself (so a gap shows, never crashes). */
export function t(locale: InterfaceLocale, key: string, params: Record<string, string | number> = {}): string {
  const template = TABLES[locale]?.[key] ?? TABLES.nb[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(locale, params[name]) : whole,
  );
}

function formatParam(locale: InterfaceLocale, value: string | number): string {
  if (typeof value === 'number') {
    const tag = { nb: 'nb-NO', nn: 'nn-NO', da: 'da-DK', sv: 'sv-SE', en: 'en-GB' }[locale];
    return new Intl.NumberFormat(tag, { maximumFractionDigits: 1 }).format(value);
  }
  return value;
}

/** The interface language for a browser language tag such as «nb-NO», «no», «da», «en-US». */
export function localeFromBrowser(tag: string | undefined): InterfaceLocale {
  const lower = (tag ?? '').toLowerCase();
  if (lower.startsWith('nn')) return 'nn';
  if (lower.startsWith('nb') || lower.startsWith('no')) return 'nb';
  if (lower.startsWith('da')) return 'da';
  if (lower.startsWith('sv')) return 'sv';
  if (lower.startsWith('en')) return 'en';
  return 'nb';
}
