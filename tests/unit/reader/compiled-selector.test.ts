/**
 * The reader's one-walk selector engine against the DOM's own querySelectorAll, on built and real
 * pages, and the whole reader with either engine: both must give the same elements and snapshots.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { compileSelector, compileSelectorParts } from '../../../lib/reader/compiled-selector';
import { SELECTORS } from '../../../lib/facebook/selectors';
import { readPage } from '../../../lib/reader/read-page';
import { WALK_ENGINE } from '../../../lib/reader/walk-engine';
import { buildFacebookPage } from '../../fixtures/builder/build-page';
import { fjordvikSpec, FJORDVIK_URL } from '../../fixtures/demo/fjordvik';
import { samplePages } from '../../fixtures/sample-pages';

const NOW = new Date('2026-03-04T10:00:00Z');

const pages = samplePages(NOW);

/** Every element of the document with the compiled selector, in document order. */
function walkMatch(doc: Document, selector: string): Element[] {
  const match = compileSelector(selector)!;
  const out: Element[] = [];
  const path: Element[] = [];
  const visit = (parent: Element, depth: number) => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      path[depth] = el;
      if (match(el, path, depth)) out.push(el);
      visit(el, depth + 1);
    }
  };
  path[0] = doc.documentElement;
  if (match(doc.documentElement, path, 0)) out.push(doc.documentElement);
  visit(doc.documentElement, 1);
  return out;
}

const EXTRA = [
  'div', '*', 'a span', 'div > span', 'h2 a strong', '[role="main"] > div', 'div[role="article"]:not([aria-label])',
  'span[dir="auto"]:not(a span)', 'a[href*="/posts/"]', 'a[href^="https://"]', 'a[href$="/"]', '[aria-label]', 'div[aria-posinset], h1',
  'a[role="link"]:not([aria-hidden="true"])', '[data-pagelet^="FeedUnit_"] > div', 'body div div div span', 'script[type="application/json"][data-sjs]',
  '#mount_0_0 [role="main"]', 'div.userContentWrapper', '[href=""]', 'a[href^=""]', 'span :not(span)', "a[href*='comment_id']",
];

describe('compiled selectors', () => {
  const selectors = [...new Set([...Object.values(SELECTORS).flat(), ...EXTRA])].filter((s) => compileSelector(s) !== null);

  it('compile every selector the reader walks with, and refuse what they do not support', () => {
    for (const s of ['a[href]', 'span, div', ...SELECTORS.commentAuthor, ...SELECTORS.commentText, ...SELECTORS.comment, ...SELECTORS.postMessage, ...SELECTORS.reactionsToolbar, ...SELECTORS.commentFilter, ...SELECTORS.poll]) {
      expect(compileSelector(s), s).not.toBeNull();
    }
    for (const s of ['div:first-child', 'a + b', 'a ~ b', '[lang|="en"]', '[class~="x"]', '[a="b" i]', 'p::before', 'a,', ':has(a)', '[a="b"']) {
      expect(compileSelector(s), s).toBeNull();
    }
  });

  it('name the attribute value each part’s subject needs, for the walk to look up', () => {
    const keys = (s: string) => compileSelectorParts(s)!.map((p) => p.key && `${p.key.name}=${p.key.value}`);
    expect(keys('[role="button"]')).toEqual(['role=button']);
    expect(keys('a[role="link"] span[dir="auto"]')).toEqual(['dir=auto']);
    expect(keys('[role="toolbar"][aria-label], div[aria-posinset]')).toEqual(['role=toolbar', null]);
    expect(keys('a[role="link"]:not([aria-hidden="true"])')).toEqual(['role=link']);
    expect(keys('span[dir="auto"]:not(a span)')).toEqual(['dir=auto']);
    expect(keys('a[href*="/followers"]')).toEqual([null]);
  });

  it('name the attribute each part’s subject must have, for the document index to read once', () => {
    const attributes = (s: string) => compileSelectorParts(s)!.map((p) => p.attribute);
    expect(attributes('[data-pagelet^="ProfileAppSection"]')).toEqual(['data-pagelet']);
    expect(attributes('div[aria-posinset], [data-pagelet^="FeedUnit_"] > div')).toEqual(['aria-posinset', null]);
    expect(attributes('#viewport, div.story_body_container, a[href*="x"][role]')).toEqual(['id', 'class', 'href']);
    expect(attributes('div:not([aria-label])')).toEqual([null]);
  });

  for (const [name, html] of pages) {
    it(`find exactly what querySelectorAll finds: ${name}`, () => {
      const doc = parseHTML(html).document as unknown as Document;
      let found = 0;
      for (const selector of selectors) {
        const expected = Array.from(doc.querySelectorAll(selector));
        const actual = walkMatch(doc, selector);
        expect(actual.length, selector).toBe(expected.length);
        expect(actual.every((el, i) => el === expected[i]), selector).toBe(true);
        found += expected.length;
      }
      expect(found).toBeGreaterThan(0);
    });
  }
});

describe('the walk engine\'s element queries', () => {
  // what the reader asks below each post, outside its plans (read-page.ts), and a list the walk cannot compile
  const asked = ['a', 'strong', 'h2, h3, h4', '[role="button"]', '[aria-label]', 'span[aria-hidden="true"]', 'a[href]', 'div > span', 'span:first-child'];
  const queries = WALK_ENGINE.queries!;
  for (const [name, html] of pages) {
    it(`answer closest, querySelector and querySelectorAll as the DOM does: ${name}`, () => {
      const doc = parseHTML(html).document as unknown as Document;
      // up to ~1,500 elements spread over the page as roots and starts: posts, comments, links and runs
      const every = Array.from(doc.querySelectorAll('*'));
      const step = Math.max(1, Math.floor(every.length / 1500));
      const elements = every.filter((_, i) => i % step === 0);
      let hits = 0;
      for (const selector of asked) {
        for (const el of elements) {
          const closest = queries.closest(el, selector);
          expect(closest, `closest ${selector}`).toBe(el.closest(selector));
          const all = queries.all(el, selector);
          const expected = Array.from(el.querySelectorAll(selector));
          expect(all.length, `all ${selector}`).toBe(expected.length);
          expect(all.every((e, i) => e === expected[i]), `all ${selector}`).toBe(true);
          expect(queries.first(el, selector), `first ${selector}`).toBe(el.querySelector(selector));
          if (closest) hits++;
          hits += all.length;
        }
      }
      // the comparison is worth something wherever the page has any of them (not the unrendered SSR page)
      expect(hits > 0).toBe(asked.some((selector) => doc.querySelector(selector) !== null));
      if (!name.startsWith('comet-ssr')) expect(hits).toBeGreaterThan(0);
    });
  }
});

describe('the reader with either selector engine', () => {
  for (const [name, html] of pages) {
    it(`gives the same snapshot: ${name}`, () => {
      const read = (engine: 'native' | 'walk') => readPage(parseHTML(html).document as unknown as Document, { url: FJORDVIK_URL, now: NOW, selectorEngine: engine === 'walk' ? WALK_ENGINE : undefined });
      const walked = read('walk');
      expect(walked).toEqual(read('native'));
      if (/^(demo|large|no hooks)/.test(name)) expect(walked.posts.length).toBeGreaterThan(0);
    });
  }
});

describe('a post nested deeper than the call stack goes', () => {
  it('is walked without recursion and read', () => {
    const deep = `${'<div>'.repeat(30_000)}dypt${'</div>'.repeat(30_000)}`;
    const html = buildFacebookPage(fjordvikSpec(NOW), { now: NOW, uiLocale: 'nb', loggedIn: true }).replace(/(<div[^>]*aria-posinset="1"[^>]*>)/, `$1${deep}`);
    expect(html.length).toBeGreaterThan(300_000);
    const snap = readPage(parseHTML(html).document as unknown as Document, { url: FJORDVIK_URL, now: NOW, selectorEngine: WALK_ENGINE });
    expect(snap.status).toBe('ok');
    expect(snap.posts.length).toBeGreaterThan(10);
  }, 60_000);
});
