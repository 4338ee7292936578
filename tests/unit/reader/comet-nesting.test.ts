/**
 * The benchmark's page nested like a rendered Comet post (tests/bench/comet-nesting.ts): as deep as
 * the capture it is measured against, no more elements than it, and read into the same snapshot as
 * the page the builder writes (only structure is added).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildFacebookPage } from '../../fixtures/builder/build-page';
import { largeSpec } from '../../bench/large-page';
import { COMET_LEVELS, nestLikeComet } from '../../bench/comet-nesting';
import { readPage } from '../../../lib/reader/read-page';
import { WALK_ENGINE } from '../../../lib/reader/walk-engine';

const now = new Date('2026-11-22T12:00:00Z');
const url = 'https://www.facebook.com/fjordvikkommune';
const html = buildFacebookPage(largeSpec(now, 12, 4), { now, uiLocale: 'nb', loggedIn: true, collapseComments: false });

function page(levels: number, inComments = false): Document {
  const { document } = parseHTML(html);
  nestLikeComet(document as unknown as Document, levels, inComments);
  return document as unknown as Document;
}

/** How many levels `el` is below `root`. */
function depthBelow(el: Element, root: Element): number {
  let depth = 0;
  for (let up: Element | null = el; up && up !== root; up = up.parentElement) depth++;
  return depth;
}

/** A post's own elements (not inside its comments) and how far below the post the deepest of them is. */
function ownPart(post: Element): { elements: number; depth: number } {
  const own = Array.from(post.querySelectorAll('*')).filter((e) => !e.closest('div[role="article"][aria-label]'));
  return { elements: own.length, depth: Math.max(...own.map((e) => depthBelow(e, post))) };
}

describe('nestLikeComet', () => {
  it('makes each post as deep as the rendered Comet post (23 levels) with fewer elements than it (181)', () => {
    const flat = ownPart(page(0).querySelector('div[aria-posinset]')!);
    const nested = page(COMET_LEVELS).querySelectorAll('div[aria-posinset]');
    expect(nested).toHaveLength(12);
    for (const post of Array.from(nested)) {
      const part = ownPart(post);
      expect(part.depth).toBe(23);
      expect(part.elements).toBeGreaterThan(flat.elements * 2);
      expect(part.elements).toBeLessThanOrEqual(181);
    }
    expect(flat.depth).toBeLessThan(12);
  });

  it('adds layout divs only: the comments are left as they were, and no text moves', () => {
    const flat = page(0);
    const nested = page(COMET_LEVELS);
    const comments = (doc: Document) => Array.from(doc.querySelectorAll('div[role="article"][aria-label]')).map((c) => c.outerHTML);
    expect(comments(nested)).toEqual(comments(flat));
    expect(nested.body.textContent).toBe(flat.body.textContent);
    const added = nested.querySelectorAll('*').length - flat.querySelectorAll('*').length;
    expect(added).toBeGreaterThan(0);
    expect(nested.querySelectorAll('div:not([class]), div[class=""]').length).toBe(flat.querySelectorAll('div:not([class]), div[class=""]').length);
  });

  it.each([['the DOM\'s own queries', undefined], ['the walk engine', WALK_ENGINE]] as const)('is read into the same snapshot as the flat page, with %s', (_, selectorEngine) => {
    const read = (doc: Document) => readPage(doc, { url, now, selectorEngine });
    const flat = read(page(0));
    expect(flat.posts).toHaveLength(12);
    expect(flat.posts.flatMap((p) => p.comments)).toHaveLength(48);
    expect(read(page(COMET_LEVELS))).toEqual(flat);
    // Comet's comments are surely nested too: with them nested as well, a comment's time link sits
    // three times as deep below its comment, and the page still reads the same
    const deep = page(5, true);
    const timeLinkDepth = (doc: Document) => {
      const link = doc.querySelector('div[role="article"][aria-label] a[href*="comment_id="]')!;
      return depthBelow(link, link.closest('div[role="article"][aria-label]')!);
    };
    expect(timeLinkDepth(deep)).toBeGreaterThanOrEqual(3 * timeLinkDepth(page(0)));
    expect(read(deep)).toEqual(flat);
  });
});
