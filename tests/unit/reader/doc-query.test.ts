/**
 * The walk engine's document index must answer the reader's document-wide queries exactly as the
 * DOM does: the same elements, in document order, for every hook it indexes and inside any root.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { docQuery } from '../../../lib/reader/doc-query';
import { WALK_ENGINE } from '../../../lib/reader/walk-engine';
import { SELECTORS, type SelectorName } from '../../../lib/facebook/selectors';
import { buildFacebookPage } from '../../fixtures/builder/build-page';
import { fjordvikSpec } from '../../fixtures/demo/fjordvik';

const NOW = new Date('2026-03-04T10:00:00Z');
const REAL = resolve(import.meta.dirname, '../../fixtures/real');
const pages: [string, string][] = [
  ['timeline nb', buildFacebookPage(fjordvikSpec(NOW), { now: NOW, uiLocale: 'nb' })],
  ['logged out en', buildFacebookPage(fjordvikSpec(NOW), { now: NOW, uiLocale: 'en', loggedIn: false })],
  ['about tab da', buildFacebookPage(fjordvikSpec(NOW), { now: NOW, uiLocale: 'da', aboutTab: true })],
  ['no hooks sv', buildFacebookPage(fjordvikSpec(NOW), { now: NOW, uiLocale: 'sv', omit: ['message-hooks', 'feed-role', 'permalinks', 'structured-data'] })],
  ...readdirSync(REAL).filter((f) => f.endsWith('.html')).map((f): [string, string] => [f, readFileSync(resolve(REAL, f), 'utf8')]),
];
const NAMES: SelectorName[] = ['structuredData', 'aboutSection', 'post', 'feed', 'pageName', 'intro'];

describe('document queries from the walk engine’s index', () => {
  it.each(pages)('answer as the DOM does: %s', (_name, html) => {
    const { document } = parseHTML(html);
    const doc = document as unknown as Document;
    const native = docQuery(doc, null);
    const indexed = docQuery(doc, WALK_ENGINE);
    const roots = [undefined, doc.body ?? undefined, doc.querySelector('[role="feed"]') ?? undefined];
    for (const name of NAMES) {
      expect(indexed.first(name), name).toBe(native.first(name));
      for (const root of roots) {
        expect(indexed.allFirst(name, root), name).toEqual(native.allFirst(name, root));
        for (const selector of SELECTORS[name]) expect(indexed.all(selector, root), selector).toEqual(native.all(selector, root));
      }
    }
  });

  it('finds something to compare on the built pages', () => {
    const about = parseHTML(pages[2][1]).document as unknown as Document;
    expect(docQuery(about, WALK_ENGINE).first('aboutSection')).not.toBeNull();
    const timeline = parseHTML(pages[0][1]).document as unknown as Document;
    const indexed = docQuery(timeline, WALK_ENGINE);
    expect(indexed.first('aboutSection')).toBeNull();
    expect(indexed.allFirst('structuredData').length).toBeGreaterThan(0);
    expect(indexed.allFirst('post', timeline.querySelector('[role="feed"]')!).length).toBeGreaterThan(3);
  });
});
