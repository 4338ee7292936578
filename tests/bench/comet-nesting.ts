/**
 * The benchmark page with a post's own parts nested as deeply as a rendered Comet post.
 *
 * The page builder (../fixtures/builder) writes each part of a post in as few elements as its hooks
 * need: a post of the benchmark page has 61 elements of its own (149 with its four comments), at most
 * 9 levels below the post element. Comet wraps every part in chains of layout divs. The one rendered
 * Comet post we have seen, a sponsored post in a news feed (facebook-adblock/facebook_adblock,
 * test/fixtures/2020-12-25.html; no comments rendered), has 210 elements below the post element, 23
 * levels deep (181 without the 29 <b> letters of its scrambled «Sponsored» label). With COMET_LEVELS
 * a post's own part is as deep as that (23 levels) and has fewer elements (145).
 *
 * Only structure is added: every text, attribute and hook stays where it was, so the reader's snapshot
 * is the same (tested). Comments are left as the builder writes them: no rendered comment has been
 * captured, and leaving them sparse keeps the reader's share of the work at its largest.
 */

import { classNames } from '../fixtures/builder/html';
import { SELECTORS } from '../../lib/facebook/selectors';

/** The layout divs put around each part of a post for the benchmark's target row (see above). */
export const COMET_LEVELS = 3;

/** The posts (logged in or out; the builder writes no feed units without one) and the comments inside them, as the reader finds them */
const POST = SELECTORS.post.slice(0, 2).join(', ');
const COMMENT = SELECTORS.comment.join(', ');

/** Whether `el` holds elements only (no text of its own): a layout block, which Comet nests in more blocks. */
function isLayoutBlock(el: Element): boolean {
  if (!el.firstElementChild) return false;
  for (let node = el.firstChild; node; node = node.nextSibling) if (node.nodeType === 3 && node.nodeValue!.trim()) return false;
  return true;
}

/**
 * Puts `levels` layout divs between each layout div of a post's own parts and its children, with
 * class names generated like the builder's (like Comet's, they mean nothing). With `inComments`, the
 * comments' layout divs too (for the reader's tests: uncalibrated, as no rendered comment is known).
 */
export function nestLikeComet(doc: Document, levels: number, inComments = false): void {
  const cls = classNames(levels);
  for (const post of Array.from(doc.querySelectorAll(POST))) {
    const blocks = Array.from(post.querySelectorAll('div')).filter((div) => isLayoutBlock(div) && (inComments || div.closest(COMMENT) === null));
    for (const block of [post, ...blocks]) {
      let inner: Element = block;
      const children = Array.from(block.childNodes);
      for (let i = 0; i < levels; i++) {
        const wrapper = doc.createElement('div');
        wrapper.setAttribute('class', cls(3));
        inner.appendChild(wrapper);
        inner = wrapper;
      }
      for (const child of children) inner.appendChild(child);
    }
  }
}
