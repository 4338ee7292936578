import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import type { InterfaceLocale } from '../../lib/claims/report-schema';
import { KommunesjekkDb } from '../../lib/store/db';
import { DEFAULT_SETTINGS, readSettings, resolveLocale, writeSettings, type Settings } from '../../lib/store/settings';
import { isLocaleLoaded, loadLocale } from '../../lib/i18n/translate';

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
  const wanted: InterfaceLocale = resolveLocale(settings, browserLanguage());
  // The page speaks `wanted` once its strings are loaded (nb, the fallback, until then: a few ms).
  const [ready, setReady] = useState<InterfaceLocale>(() => (isLocaleLoaded(wanted) ? wanted : 'nb'));
  useEffect(() => {
    let live = true;
    // a table that fails to load leaves t() on its nb fallback, key by key
    const done = () => live && setReady(wanted);
    loadLocale(wanted).then(done, done);
    return () => {
      live = false;
    };
  }, [wanted]);
  const locale = isLocaleLoaded(wanted) || ready === wanted ? wanted : ready;
  return { settings, loaded: loaded && locale === wanted, locale, save, reload };
}
