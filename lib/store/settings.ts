import { z } from '../validation/zod-mini';
import { InterfaceLocaleSchema, type InterfaceLocale } from '../claims/report-schema';
import { ClaimIdSchema } from '../claims/types';
import { CollectionBoundSchema, type CollectionBound } from '../snapshot/schema';
import { localeFromBrowser } from '../i18n/translate';
import type { KommunesjekkDb } from './db';

export const SETTINGS_KEY = 'user';

export const DEFAULT_DEPTH: CollectionBound = { kind: 'weeks', weeks: 4 };

/**
 * The user's settings. `thresholds` holds only the values the user changed, per claim; the
 * judge fills in its defaults for the rest, so new defaults reach users who never touched them.
 */
export const SettingsSchema = z.object({
  locale: z._default(z.union([z.literal('auto'), InterfaceLocaleSchema]), 'auto'),
  defaultDepth: z._default(CollectionBoundSchema, DEFAULT_DEPTH),
  thresholds: z._default(z.partialRecord(ClaimIdSchema, z.record(z.string(), z.number())), {}),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

/** The settings, validated; defaults when none are stored or the stored row no longer parses. */
export async function readSettings(db: KommunesjekkDb): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY);
  const parsed = SettingsSchema.safeParse(row?.value ?? {});
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function writeSettings(db: KommunesjekkDb, settings: Settings): Promise<Settings> {
  const value = SettingsSchema.parse(settings);
  await db.settings.put({ key: SETTINGS_KEY, value });
  return value;
}

/** The interface language: the user's choice, else the browser's. */
export function resolveLocale(settings: Pick<Settings, 'locale'>, browserTag: string | undefined): InterfaceLocale {
  return settings.locale === 'auto' ? localeFromBrowser(browserTag) : settings.locale;
}

/** Drops thresholds that equal the defaults, so only real changes are stored. */
export function pruneThresholds(
  thresholds: Settings['thresholds'],
  defaults: Partial<Record<string, Record<string, number>>>,
): Settings['thresholds'] {
  const out: Settings['thresholds'] = {};
  for (const [claim, values] of Object.entries(thresholds) as [keyof Settings['thresholds'], Record<string, number>][]) {
    const changed = Object.fromEntries(Object.entries(values ?? {}).filter(([k, v]) => defaults[claim]?.[k] !== v));
    if (Object.keys(changed).length) out[claim] = changed;
  }
  return out;
}
