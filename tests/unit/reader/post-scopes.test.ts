import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { PostScopes, ScopePlan, type ScopeQuery } from '../../../lib/reader/post-scopes';
import { WALK_ENGINE } from '../../../lib/reader/walk-engine';

const HTML = `<html><body><div role="feed"><div aria-posinset="1" id="post">
  <h3><a href="/p/posts/1" id="own-link">3 t</a></h3>
  <div role="radio" id="poll"></div>
  <div role="article" aria-label="Kommentar fra Kari" id="c0">
    <a href="/p/posts/1?comment_id=5" id="c0-link">2 t</a>
    <div role="article" aria-label="Svar fra Ola" id="c1"><a href="/p/posts/1?comment_id=5&amp;reply_comment_id=6" id="c1-link">1 t</a></div>
    <span id="c0-span">Hei</span>
  </div>
</div></div></body></html>`;

const links: ScopeQuery = { selector: 'a[href]' };
const radio: ScopeQuery = { selector: '[role="radio"]' };
const articles: ScopeQuery = { selector: 'div[role="article"]' };
const labelled: ScopeQuery = { selector: '[aria-label]' };
const ids = (els: readonly Element[]) => els.map((e) => e.id);

for (const walk of [true, false]) {
  describe(`post scopes (${walk ? 'one walk' : 'native queries'})`, () => {
    const doc = parseHTML(HTML).document as unknown as Document;
    const scopes = new PostScopes(doc.getElementById('post')!, new ScopePlan([links, radio, articles], walk ? WALK_ENGINE : null));

    it('finds the comments and replies in document order', () => {
      expect(ids(scopes.comments)).toEqual(['c0', 'c1']);
    });

    it('gives each element to the post or to the innermost comment', () => {
      expect(ids(scopes.own(links))).toEqual(['own-link']);
      expect(ids(scopes.ofComment(0, links))).toEqual(['c0-link']);
      expect(ids(scopes.ofComment(1, links))).toEqual(['c1-link']);
      expect(ids(scopes.inPost(links))).toEqual(['own-link', 'c0-link', 'c1-link']);
      expect(scopes.ownerOf(doc.getElementById('c0-span')!)).toBe(0);
      expect(scopes.ownerOf(doc.getElementById('poll')!)).toBe(-1);
    });

    it('never counts a comment’s own article element as content', () => {
      expect(scopes.inPost(articles)).toEqual([]);
      expect(scopes.has(articles)).toBe(false);
      expect(scopes.has(labelled)).toBe(false);
      expect(scopes.has(radio)).toBe(true);
      expect(scopes.has('span')).toBe(true);
      expect(scopes.has('input')).toBe(false);
    });

    it('gives the post\'s own first match, past matches inside comments and comment articles', () => {
      // fresh scopes: firstOwn must work before and without any list being asked for
      const fresh = () => new PostScopes(doc.getElementById('post')!, new ScopePlan([links], walk ? WALK_ENGINE : null));
      expect(fresh().firstOwn(links)?.id).toBe('own-link');
      expect(fresh().firstOwn({ selector: 'span' })).toBeNull(); // the only span is a comment's
      expect(fresh().firstOwn(articles)).toBeNull(); // comment articles are nobody's content
      expect(fresh().firstOwn({ selector: '[aria-label]' })).toBeNull();
      expect(fresh().firstOwn(radio)?.id).toBe('poll');
      expect(fresh().firstOwn({ selector: 'a[href*="comment_id"]' })).toBeNull();
    });
  });
}

describe('post scopes: the post\'s own first match when the DOM\'s first is a comment\'s', () => {
  it('falls back to the whole list', () => {
    const html = `<div aria-posinset="1" id="post"><div role="article" aria-label="Kommentar" id="c0"><b id="in-comment"></b></div><b id="own"></b></div>`;
    const doc = parseHTML(`<html><body>${html}</body></html>`).document as unknown as Document;
    const scopes = new PostScopes(doc.getElementById('post')!, new ScopePlan([], null));
    expect(scopes.firstOwn({ selector: 'b' })?.id).toBe('own');
    expect(ids(scopes.ofComment(0, { selector: 'b' }))).toEqual(['in-comment']);
  });
});

describe('post scopes with a walk engine: queries outside the plan', () => {
  it('are answered by the engine’s compiled selectors, not the DOM’s (linkedom compiles one per call)', () => {
    const doc = parseHTML(HTML).document as unknown as Document;
    const post = doc.getElementById('post')!;
    const scopes = new PostScopes(post, new ScopePlan([links], WALK_ENGINE));
    post.querySelectorAll = () => { throw new Error('the DOM was asked'); };
    post.querySelector = () => { throw new Error('the DOM was asked'); };
    expect(ids(scopes.ofComment(0, { selector: 'span' }))).toEqual(['c0-span']);
    expect(scopes.firstOwn(radio)?.id).toBe('poll');
    expect(scopes.has('input')).toBe(false);
  });
});

describe('post scopes: queries asked only of the post itself (ownOnly)', () => {
  const ownLinks: ScopeQuery = { selector: 'a[href]', ownOnly: true };
  for (const walk of [true, false]) {
    it(`give the post's own matches (${walk ? 'one walk' : 'native queries'})`, () => {
      const doc = parseHTML(HTML).document as unknown as Document;
      const scopes = new PostScopes(doc.getElementById('post')!, new ScopePlan([ownLinks, links], walk ? WALK_ENGINE : null));
      expect(ids(scopes.own(ownLinks))).toEqual(['own-link']);
      expect(scopes.firstOwn(ownLinks)?.id).toBe('own-link');
      // the other queries of the plan still see the comments
      expect(ids(scopes.ofComment(1, links))).toEqual(['c1-link']);
      expect(() => scopes.ofComment(0, ownLinks)).toThrow(/only the post's own/);
      expect(() => scopes.inPost(ownLinks)).toThrow(/only the post's own/);
      expect(() => scopes.has(ownLinks)).toThrow(/only the post's own/);
      expect(() => scopes.withOwners(ownLinks)).toThrow(/only the post's own/);
    });
  }

  it('are not looked for inside comments by the walk', () => {
    const plan = new ScopePlan([ownLinks, { selector: '[role="radio"]', ownOnly: true }, radio], WALK_ENGINE);
    expect(plan.inPost.byTag.get('a')?.length).toBe(1);
    expect(plan.inComment.byTag.get('a')).toBeUndefined();
    expect(plan.inPost.keyed[0].get('radio')?.length).toBe(2);
    expect(plan.inComment.keyed[0].get('radio')?.map((p) => plan.walked[p.query])).toEqual([radio]);
    // the filter of an own-only query is never run on a comment's elements
    const doc = parseHTML(HTML).document as unknown as Document;
    const tested: string[] = [];
    const filtered: ScopeQuery = { selector: 'a[href]', ownOnly: true, filter: (e) => (tested.push(e.id), true) };
    new PostScopes(doc.getElementById('post')!, new ScopePlan([filtered], WALK_ENGINE));
    expect(tested).toEqual(['own-link']);
  });
});

describe('post scopes: label runs found through the text (withOwnersByText)', () => {
  // label runs: alone in their element, split over several text nodes, inside an element with
  // children (not a run), a word inside longer text, and the post's own text node
  const LABELS = `<html><body><div role="feed"><div aria-posinset="1" id="post">Forfatter
    <span id="pinned">Festet innlegg</span>
    <div id="nested"><b>Forfatter</b> og mer</div>
    <div role="article" aria-label="Kommentar fra Fjordvik" id="c0">
      <span id="badge"> Forfatter </span>
      <div id="split">Forf<!-- -->atter</div>
      <span id="other">Kari</span>
      <div role="article" aria-label="Svar fra Ola" id="c1"><div id="reply-badge">Forfatter</div><span>Forfatter sa noe</span></div>
    </div>
  </div></div></body></html>`;
  const word = /forfatter|festet/i;
  const isLabel = (e: Element) => /^\s*(forfatter|festet innlegg)\s*$/i.test(e.firstElementChild ? '' : e.textContent ?? '');
  const queries: ScopeQuery[] = ['span', 'div'].map((selector) => ({ selector, filter: isLabel }));
  const sorted = (found: { el: Element; owner: number }[]) => found.map(({ el, owner }) => `${el.id}@${owner}`).sort();

  it('finds what the span and div queries find, with the same owners, on both engines', () => {
    const expected = ['badge@0', 'pinned@-1', 'reply-badge@1', 'split@0'];
    for (const walk of [true, false]) {
      const doc = parseHTML(LABELS).document as unknown as Document;
      const post = doc.getElementById('post')!;
      const byText = new PostScopes(post, new ScopePlan(queries, walk ? WALK_ENGINE : null)).withOwnersByText(queries, (t) => word.test(t));
      const byQuery = new PostScopes(post, new ScopePlan(queries, walk ? WALK_ENGINE : null));
      expect(sorted(byText)).toEqual(expected);
      expect(sorted(queries.flatMap((q) => byQuery.withOwners(q)))).toEqual(expected);
    }
  });

  it('in the browser tests only the elements whose text can hold a word', () => {
    const doc = parseHTML(LABELS).document as unknown as Document;
    const tested: string[] = [];
    const counting = queries.map((q) => ({ ...q, filter: (e: Element) => (tested.push(e.id || e.localName), q.filter!(e)) }));
    new PostScopes(doc.getElementById('post')!, new ScopePlan(counting, null)).withOwnersByText(counting, (t) => word.test(t));
    // «Kari» is never tested; «Forfatter sa noe» is (it holds the word) and fails the filter
    expect(tested).not.toContain('other');
    expect(tested).toContain('span');
    expect(tested.length).toBeLessThan(8);
  });
});
