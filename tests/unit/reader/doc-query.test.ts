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
import { ABSENCE_PROBES, SELECTORS, type SelectorName } from '../../../lib/facebook/selectors';
import { outermost } from '../../../lib/reader/dom-text';
import { largeSpec } from '../../bench/large-page';
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
/** More than the 15,000 elements a walk visits before it leaves the search to the DOM. */
const LARGE = buildFacebookPage(largeSpec(NOW, 120, 4), { now: NOW, uiLocale: 'nb', collapseComments: false });
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

  // the reference: outermost() of the DOM's querySelectorAll
  const reference = (root: Element, selector: string) => outermost(Array.from(root.querySelectorAll(selector)));
  /** the probe's reference: the DOM's first match that is not in a skipped element nor inside one */
  const firstNotInside = (doc: Document, selector: string, skip: ReadonlySet<Element>) =>
    Array.from(doc.querySelectorAll(selector)).find((e) => ![...skip].some((s) => s === e || s.contains(e))) ?? null;

  it.each([...pages, ['large page', LARGE] as [string, string]])('outermost matches as outermost(querySelectorAll): %s', (_name, html) => {
    const doc = parseHTML(html).document as unknown as Document;
    const native = docQuery(doc, null);
    const indexed = docQuery(doc, WALK_ENGINE);
    const roots = [doc.documentElement, doc.body, doc.querySelector('[role="feed"]'), doc.querySelector('[role="main"]')].filter((r): r is HTMLElement => r !== null);
    // the posts' hooks, and selectors whose matches nest, are deep, are absent, or need the root and its ancestors
    const selectors = [...SELECTORS.post, 'div', 'span[dir="auto"]', 'a[href]', '[role="article"]', 'table.none', '[role="feed"] > div', 'body > div', '[role="main"] div div'];
    let compared = 0;
    for (const root of roots) {
      for (const selector of selectors) {
        const expected = reference(root, selector);
        expect(native.outermost(selector, root), selector).toEqual(expected);
        expect(indexed.outermost(selector, root), selector).toEqual(expected);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it.each([...pages, ['large page', LARGE] as [string, string]])('hooks outside the posts are what the DOM finds outside them: %s', (_name, html) => {
    const doc = parseHTML(html).document as unknown as Document;
    const posts = new Set(docQuery(doc, null).allFirst('post'));
    // the reference: the DOM's matches that are neither a post nor inside one, alternative by alternative
    const allNotInside = (selector: string) => Array.from(doc.querySelectorAll(selector)).filter((e) => ![...posts].some((p) => p === e || p.contains(e)));
    let about: Element | null = null;
    if (allNotInside(ABSENCE_PROBES.aboutSection!).length) {
      for (const selector of SELECTORS.aboutSection) if ((about = allNotInside(selector)[0] ?? null)) break;
    }
    const structured = SELECTORS.structuredData.map(allNotInside).find((found) => found.length) ?? [];
    for (const query of [docQuery(doc, null), docQuery(doc, WALK_ENGINE)]) {
      const outside = query.outside(posts);
      expect(outside.first('aboutSection')).toBe(about);
      expect(outside.allFirst('structuredData')).toEqual(structured);
    }
  });

  it.each([['small', 0], ['larger than a walk visits', 6000]])('does not count hooks inside a post, and finds them outside, on a %s page', (_size, fillers) => {
    const filler = '<div><span>x</span><span>y</span></div>'.repeat(Number(fillers));
    const page = (around: string, inPost: string) =>
      `<html><head>${around}</head><body><div role="main">${filler}<div role="feed"><div aria-posinset="1">${inPost}<p>post</p></div><div aria-posinset="2"><p>post</p></div></div>${around}</div></body></html>`;
    const hooks = '<div data-pagelet="ProfileAppSection_0"><span>Om</span></div><script type="application/json" data-sjs>{}</script>';
    // [page, JSON blocks outside the posts, inside them]
    for (const [html, found, inside] of [[page('', hooks), 0, 1], [page(hooks, ''), 2, 0], [page(hooks, hooks), 2, 1]] as const) {
      const doc = parseHTML(html).document as unknown as Document;
      expect(doc.querySelectorAll('*').length > 15_000).toBe(fillers > 0);
      const posts = new Set(Array.from(doc.querySelectorAll('[aria-posinset]')));
      const inPost = (el: Element) => [...posts].some((p) => p.contains(el));
      for (const query of [docQuery(doc, null), docQuery(doc, WALK_ENGINE)]) {
        const about = query.outside(posts).first('aboutSection');
        const scripts = query.outside(posts).allFirst('structuredData');
        expect(about !== null).toBe(found > 0);
        expect(scripts.length).toBe(found);
        expect([about, ...scripts].some((el) => el !== null && inPost(el))).toBe(false);
        // in the whole document, those inside a post count (as querySelector finds them)
        expect(query.first('aboutSection')).not.toBeNull();
        expect(query.allFirst('structuredData').length).toBe(found + inside);
      }
    }
  });
});
