/**
 * One post's elements, each assigned to the part of the post it belongs to: the post itself or the
 * innermost of its comments (or replies).
 *
 * The selectors the reader needs for every post are matched in ONE walk of the post (compiled to
 * plain functions, ./compiled-selector.ts), which also finds the comments and knows, at each
 * element, which comment it is in. Asking the DOM instead — a querySelectorAll per selector and per
 * comment, then «is this inside one of the comments?» per match — was most of the reader's time on a
 * page of 500 posts and 2,000 comments in linkedom (the CLI), whose selector engine is JavaScript.
 * In the browser the DOM's native querySelectorAll is faster than any walk in JavaScript, so there
 * the plan is left to it (ReadOptions.selectorEngine). Selectors outside the plan, or that do not
 * compile, are queried from the DOM on demand and bucketed the same way.
 */
import { SELECTORS } from '../facebook/selectors';
import { compileSelector, compileSelectorParts, type CompiledSelector, type SelectorPart } from './compiled-selector';

const COMMENT = SELECTORS.comment.join(',');

/** What one walk collects: the matches of `selector`, kept only when `filter` (if any) says so. */
export interface ScopeQuery {
  selector: string;
  filter?: (el: Element) => boolean;
}

const compiledCache = new Map<string, CompiledSelector | null>();
function compiled(selector: string): CompiledSelector | null {
  if (!compiledCache.has(selector)) compiledCache.set(selector, compileSelector(selector));
  return compiledCache.get(selector)!;
}

interface PlanPart extends SelectorPart {
  /** index of its query in the plan's `walked` list */
  query: number;
}

/** The queries of a plan, compiled once per read and shared by all its posts. */
export class ScopePlan {
  /** the queries matched during the walk; the others are answered by querySelectorAll */
  readonly walked: ScopeQuery[] = [];
  /** their parts by the subject's tag, and those that fit any tag: an element is tested only against what can fit it */
  readonly byTag = new Map<string, PlanPart[]>();
  readonly anyTag: PlanPart[] = [];

  readonly isComment: CompiledSelector | null;

  /** `walk: false` leaves every query to querySelectorAll (see ReadOptions.selectorEngine). */
  constructor(queries: readonly ScopeQuery[], walk = true) {
    this.isComment = walk ? compiled(COMMENT) : null;
    for (const query of queries) {
      const parts = this.isComment ? compileSelectorParts(query.selector) : null;
      if (!parts) continue;
      const index = this.walked.push(query) - 1;
      for (const part of parts) {
        const entry = { ...part, query: index };
        if (part.tag === null) this.anyTag.push(entry);
        else this.byTag.set(part.tag, [...(this.byTag.get(part.tag) ?? []), entry]);
      }
    }
  }
}

export class PostScopes {
  /** the post's comments and replies, in document order */
  readonly comments: Element[] = [];
  private readonly indexOf = new Map<Element, number>();
  /** per query: [0] the post's own matches, [i + 1] comment i's own; and all of them in document order */
  private readonly found = new Map<ScopeQuery | string, { byOwner: Element[][]; all: Element[] }>();

  constructor(readonly post: Element, readonly plan: ScopePlan) {
    if (plan.isComment) this.walk();
    else {
      const found = post.querySelectorAll(COMMENT);
      for (let i = 0; i < found.length; i++) if (found[i] !== post) this.comments.push(found[i]);
    }
    this.comments.forEach((c, i) => this.indexOf.set(c, i));
  }

  private walk(): void {
    const { walked, byTag, anyTag } = this.plan;
    const isComment = this.plan.isComment!;
    const lists = walked.map(() => ({ byOwner: [[]] as Element[][], all: [] as Element[] }));
    const none: PlanPart[] = [];
    // an element that fits two parts of one selector list is kept once
    const last: (Element | null)[] = walked.map(() => null);
    const test = (parts: PlanPart[], el: Element, path: Element[], depth: number, owner: number) => {
      for (const part of parts) {
        if (last[part.query] === el || !part.match(el, path, depth)) continue;
        const filter = walked[part.query].filter;
        if (filter && !filter(el)) continue;
        last[part.query] = el;
        lists[part.query].byOwner[owner + 1].push(el);
        lists[part.query].all.push(el);
      }
    };
    // the post's ancestors count for descendant selectors («a span»), as they do for querySelectorAll
    const path: Element[] = [];
    for (let up = this.post.parentElement; up; up = up.parentElement) path.unshift(up);
    path.push(this.post);
    // In document order, without recursion (a saved page can nest deeper than the call stack goes):
    // down to the first child, else on to the next sibling, else up until there is one.
    const base = path.length;
    const ownerAt: number[] = [-1]; // the owner of the elements at each level below the post
    let level = 0;
    let el: Element | null = this.post.firstElementChild;
    while (el) {
      const depth = base + level;
      path[depth] = el;
      const owner = ownerAt[level];
      let own = owner;
      if (isComment(el, path, depth)) {
        // a comment's own article element is neither the post's nor any comment's content
        own = this.comments.length;
        this.comments.push(el);
        for (const list of lists) list.byOwner.push([]);
      } else {
        test(byTag.get(el.localName) ?? none, el, path, depth, owner);
        test(anyTag, el, path, depth, owner);
      }
      const child: Element | null = el.firstElementChild;
      if (child) {
        ownerAt[++level] = own;
        el = child;
        continue;
      }
      while (el && !el.nextElementSibling) {
        el = level === 0 ? null : el.parentElement;
        level--;
      }
      el = el?.nextElementSibling ?? null;
    }
    walked.forEach((query, i) => this.found.set(query, lists[i]));
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

  /** A query outside the plan (or one that did not compile), answered by the DOM and bucketed alike. */
  private queried(key: ScopeQuery | string): { byOwner: Element[][]; all: Element[] } {
    let result = this.found.get(key);
    if (!result) {
      const query = typeof key === 'string' ? { selector: key } : key;
      result = { byOwner: Array.from({ length: this.comments.length + 1 }, () => []), all: [] };
      const matches = this.post.querySelectorAll(query.selector);
      for (let i = 0; i < matches.length; i++) {
        const el = matches[i];
        // the filter first: it drops most elements, and finding the owner walks up the tree
        if (query.filter && !query.filter(el)) continue;
        const owner = this.ownerOf(el);
        if (owner >= 0 && this.comments[owner] === el) continue;
        result.byOwner[owner + 1].push(el);
        result.all.push(el);
      }
      this.found.set(key, result);
    }
    return result;
  }

  /** Matches that belong to the post itself, not to any of its comments. */
  own(query: ScopeQuery | string): Element[] {
    return this.queried(query).byOwner[0];
  }

  /** Matches inside comment `index` and not inside a reply nested in it. */
  ofComment(index: number, query: ScopeQuery | string): Element[] {
    return this.queried(query).byOwner[index + 1];
  }

  /** Whether anything in the post (its comments included) matches: without listing every match when the DOM is asked. */
  has(query: ScopeQuery | string): boolean {
    if (this.found.has(query) || (typeof query !== 'string' && query.filter)) return this.queried(query).all.length > 0;
    const first = this.post.querySelector(typeof query === 'string' ? query : query.selector);
    // a comment's own article element does not count (as in the lists): then look at them all
    return first !== null && (!this.indexOf.has(first) || this.queried(query).all.length > 0);
  }

  /** Every match in the post, its comments' included, in document order. */
  inPost(query: ScopeQuery | string): Element[] {
    return this.queried(query).all;
  }

  /** Matches anywhere in the post, each with its owner (-1 the post, i comment i). */
  withOwners(query: ScopeQuery | string): { el: Element; owner: number }[] {
    const { byOwner } = this.queried(query);
    return byOwner.flatMap((list, i) => list.map((el) => ({ el, owner: i - 1 })));
  }
}
