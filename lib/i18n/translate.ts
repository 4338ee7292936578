import type { InterfaceLocale } from '../claims/report-schema';
import { nb } from './nb/index';

export type Strings = Record<string, string>;

/**
 * nb is always there (it is the fallback); the other languages are loaded when first needed, so
 * the popup carries one language's strings, not five (about 20 KB gzipped less). Node (the CLI and
 * the tests) registers all of them at once through all-locales.ts.
 */
const TABLES: Partial<Record<InterfaceLocale, Strings>> = { nb };
const LOADERS: Record<Exclude<InterfaceLocale, 'nb'>, () => Promise<Strings>> = {
  en: () => import('./en/index').then((m) => m.en),
  da: () => import('./da/index').then((m) => m.da),
  nn: () => import('./nn/index').then((m) => m.nn),
  sv: () => import('./sv/index').then((m) => m.sv),
};

export function registerLocale(locale: InterfaceLocale, strings: Strings): void {
  TABLES[locale] = strings;
}

export function isLocaleLoaded(locale: InterfaceLocale): boolean {
  return TABLES[locale] !== undefined;
}

/** Makes `locale`'s strings available to t(); resolves at once when they already are. */
export async function loadLocale(locale: InterfaceLocale): Promise<void> {
  if (TABLES[locale] || locale === 'nb') return;
  TABLES[locale] = await LOADERS[locale]();
}

/** Looks a key up in the locale, then in nb, then returns the key itself (so a gap shows, never crashes). */
export function t(locale: InterfaceLocale, key: string, params: Record<string, string | number> = {}): string {
  const template = TABLES[locale]?.[key] ?? nb[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(locale, params[name]) : whole,
  );
}

// one formatter per language: making an Intl.NumberFormat costs far more than using one
const numberFormats = new Map<InterfaceLocale, Intl.NumberFormat>();

function formatParam(locale: InterfaceLocale, value: string | number): string {
  if (typeof value === 'number') {
    let format = numberFormats.get(locale);
    if (!format) {
      const tag = { nb: 'nb-NO', nn: 'nn-NO', da: 'da-DK', sv: 'sv-SE', en: 'en-GB' }[locale];
      numberFormats.set(locale, (format = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 })));
    }
    return format.format(value);
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
