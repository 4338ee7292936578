import { defineConfig } from 'wxt';
import type { Plugin } from 'vite';

/** What a date-fns locale carries for formatting: the extension parses dates with them, never formats one. */
const LOCALE_FORMATTERS = ['formatDistance', 'formatLong', 'formatRelative', 'localize'];

/**
 * A date-fns locale module (date-fns/locale/nb.js) without its formatters, keeping `match` and
 * `options`, which are all the reader's date parsing reads; null when the module is not of the
 * shape expected (each formatter imported once and set once), so that a new date-fns fails the build
 * instead of shipping a locale cut wrong or whole.
 */
export function localeForParsing(code: string): string | null {
  let out = code;
  for (const name of LOCALE_FORMATTERS) {
    const imported = new RegExp(`^import \\{ ${name} \\} from "[^"]+";\\n`, 'gm');
    const property = new RegExp(`^ +${name}: ${name},\\n`, 'gm');
    if (out.match(imported)?.length !== 1 || out.match(property)?.length !== 1) return null;
    out = out.replace(imported, '').replace(property, '');
  }
  return /^ +match: match,$/m.test(out) && /^ +options: \{$/m.test(out) ? out : null;
}

/**
 * The content script is held to 40 KB gzipped, and each date-fns locale would bring ~0.5 KB of
 * formatters it never calls (3.2 KB for the six). Only in builds: tests and the CLI run Node with
 * whole locales, and the test fixtures format their time labels with them. Extension code that
 * formats a date with a date-fns locale would need this step narrowed to the content script.
 */
function dateFnsLocalesForParsing(): Plugin {
  return {
    name: 'kommunesjekk:date-fns-locales-for-parsing',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]date-fns[\\/]locale[\\/][\w-]+\.js$/.test(id)) return null;
      const out = localeForParsing(code);
      if (out === null) this.error(`${id}: not the date-fns locale module shape the build trims (see localeForParsing in wxt.config.ts)`);
      return { code: out, map: null };
    },
  };
}

// Permissions are kept to the minimum that works; the README explains each one.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  vite: () => ({ plugins: [dateFnsLocalesForParsing()] }),
  manifest: {
    name: 'Kommunesjekk',
    description: 'Sjekker en kommunes Facebook-side mot de ti påstandene i KS-rapporten om sosiale medier.',
    permissions: ['activeTab'],
    host_permissions: ['*://*.facebook.com/*'],
    browser_specific_settings: {
      gecko: {
        id: 'kommunesjekk@example.org',
        strict_min_version: '140.0',
        // Nothing the extension reads leaves the machine.
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  },
});
