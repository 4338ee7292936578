/**
 * One post's elements, each assigned to the part of the post it belongs to: the post itself or the
 * innermost of its comments. The reader used to ask «is this element inside one of the comments?»
 * per element and per comment, and to query every comment separately; on a page of 500 posts and
 * 2,000 comments that was most of its time. Here each selector is queried once per post and its
 * matches are bucketed by owner (one `closest()` each), in document order.
 */
import { SELECTORS } from '../facebook/selectors';

const COMMENT = SELECTORS.comment.join(',');


export class PostScopes {
  /** the post's comments and replies, in document order */
  readonly comments: Element[];
  private readonly indexOf = new Map<Element, number>();
  private readonly cache = new Map<string, Element[][]>();

  constructor(readonly post: Element) {
    this.comments = Array.from(post.querySelectorAll(COMMENT)).filter((c) => c !== post);
    this.comments.forEach((c, i) => this.indexOf.set(c, i));
  }

  /** -1 for the post itself, else the index of the innermost comment that holds `el` (or is `el`). */
  ownerOf(el: Element): number {
    if (!this.comments.length) return -1;
    // up to the post only, by identity: cheaper than closest(), which matches a selector up to the root
    for (let up: Element | null = el; up && up !== this.post; up = up.parentElement) {
      const index = this.indexOf.get(up);
      if (index !== undefined) return index;
    }
    return -1;
  }

  /** The matches of `selector` inside the post, bucketed: [0] the post's own, [i + 1] comment i's own. */
  private buckets(selector: string): Element[][] {
    let found = this.cache.get(selector);
    if (!found) {
      found = Array.from({ length: this.comments.length + 1 }, () => []);
      for (const el of Array.from(this.post.querySelectorAll(selector))) {
        const owner = this.ownerOf(el);
        // a comment's own article element is neither the post's nor any comment's content
        if (owner >= 0 && this.comments[owner] === el) continue;
        found[owner + 1].push(el);
      }
      this.cache.set(selector, found);
    }
    return found;
  }

  /**
   * Matches of any of `selectors` that pass `test`, each with its owner (-1 the post, i comment i). For
   * searches over many elements that few pass: the owner is looked up only for those.
   */
  passing(selectors: readonly string[], test: (el: Element) => boolean): { el: Element; owner: number }[] {
    const out: { el: Element; owner: number }[] = [];
    // selector by selector (not in document order): a selector list is slower to match than its parts
    for (const el of selectors.flatMap((selector) => Array.from(this.post.querySelectorAll(selector)))) {
      if (!test(el)) continue;
      const owner = this.ownerOf(el);
      if (owner >= 0 && this.comments[owner] === el) continue;
      out.push({ el, owner });
    }
    return out;
  }

  /** Matches of `selector` that belong to the post itself, not to any of its comments. */
  own(selector: string): Element[] {
    return this.buckets(selector)[0];
  }

  /** Matches of `selector` inside comment `index` and not inside a reply nested in it. */
  ofComment(index: number, selector: string): Element[] {
    return this.buckets(selector)[index + 1];
  }
}
