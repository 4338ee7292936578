import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { InterfaceLocale } from '../../lib/claims/report-schema';
import { KommunesjekkDb } from '../../lib/store/db';
import { DEFAULT_SETTINGS, readSettings, resolveLocale, writeSettings, type Settings } from '../../lib/store/settings';

export function browserLanguage(): string | undefined {
  return browser.i18n?.getUILanguage?.() ?? navigator.language;
}

/** Opens the extension's database once per page (popup, report, options). */
let shared: KommunesjekkDb | null = null;
export function sharedDb(): KommunesjekkDb {
  shared ??= new KommunesjekkDb();
  return shared;
}

/**
 * The user's settings for an extension page: defaults (and the browser's language) until the stored
 * ones are read, so the page never waits on IndexedDB to show something.
 */
export function useSettings() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const reload = useCallback(async () => {
    try {
      setSettings(await readSettings(sharedDb()));
    } catch {
      // unreadable settings: the defaults stand
    }
    setLoaded(true);
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  const save = useCallback(async (next: Settings) => {
    const stored = await writeSettings(sharedDb(), next);
    setSettings(stored);
    return stored;
  }, []);
  const locale: InterfaceLocale = resolveLocale(settings, browserLanguage());
  return { settings, loaded, locale, save, reload };
}
