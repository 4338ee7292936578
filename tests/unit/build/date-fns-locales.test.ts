import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeForParsing } from '../../../wxt.config';
import { DATE_LOCALES } from '../../../lib/reader/parse-time';

// The extension build trims date-fns's locale modules to what the reader parses with; this runs the
// trim on the installed date-fns, so that a new version of another shape is caught here too.
const localeDir = join(dirname(createRequire(import.meta.url).resolve('date-fns/package.json')), 'locale');
// the locales the reader parses with, each a module of its code's name (date-fns/locale/en-GB.js)
const READER_LOCALES = [...new Set(Object.values(DATE_LOCALES).flatMap((list) => list.map((locale) => locale.code)))];
// written out here, not taken from wxt.config.ts, so that a formatter the build stops dropping fails this test
const FORMATTERS = /\b(?:formatDistance|formatLong|formatRelative|localize)\b/;

describe('localeForParsing (wxt.config.ts)', () => {
  it.each(READER_LOCALES)('%s: drops the four formatters and nothing else', (code) => {
    const source = readFileSync(join(localeDir, `${code}.js`), 'utf8');
    const trimmed = localeForParsing(source);
    expect(trimmed).not.toBeNull();
    expect(trimmed).not.toMatch(FORMATTERS);
    expect(trimmed).toMatch(/^import \{ match \} from "\.\/[\w-]+\/_lib\/match\.js";$/m);
    expect(trimmed).toMatch(/^ {2}options: \{$/m);
    // every other line as it was, in the same order
    expect(trimmed!.split('\n')).toEqual(source.split('\n').filter((line) => !FORMATTERS.test(line)));
  });

  it('refuses a module of another shape rather than cut it wrong', () => {
    const nb = readFileSync(join(localeDir, 'nb.js'), 'utf8');
    expect(localeForParsing('export const x = {};')).toBeNull();
    // a formatter set twice, or imported under another form
    expect(localeForParsing(nb.replace('  localize: localize,\n', '  localize: localize,\n  localize: localize,\n'))).toBeNull();
    expect(localeForParsing(nb.replace('import { localize } from', 'import { localize as l } from'))).toBeNull();
    // without match or options there is nothing left to parse with
    expect(localeForParsing(nb.replace('  match: match,\n', ''))).toBeNull();
    expect(localeForParsing(nb.replace('  options: {', '  settings: {'))).toBeNull();
  });
});
