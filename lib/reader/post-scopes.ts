/**
 * One post's elements, each assigned to the part of the post it belongs to: the post itself or the
 * innermost of its comments (or replies).
 *
 * In the browser each list is one native querySelectorAll per post, its matches bucketed by owner.
 * Where the DOM's selector engine is JavaScript (linkedom in the CLI, jsdom), a SelectorEngine
 * (./walk-engine.ts) instead matches all the plan's selectors, compiled to functions, in ONE walk of
 * the post, which also finds the comments: a querySelectorAll per list there costs a full JavaScript
 * match of the post each time. The engine is passed in (ReadOptions.selectorEngine) so that the
 * content script, which never needs it, does not carry it. Selectors outside the plan, or that do not
 * compile, are asked on demand (of the engine's compiled selectors where it has them) and bucketed the same way.
 */
import { SELECTORS } from '../facebook/selectors';
import type { CompiledSelector, SelectorPart } from './compiled-selector';

const COMMENT = SELECTORS.comment.join(',');

/** What one walk collects: the matches of `selector`, kept only when `filter` (if any) says so. */
export interface ScopeQuery {
  selector: string;
  filter?: (el: Element) => boolean;
  /**
   * Only the post's own matches are asked for (own / firstOwn): a walk does not look for it inside
   * comments, where most of a post's elements are. Asking for a comment's matches of it is an error.
   */
  ownOnly?: boolean;
}

/**
 * Per query: [0] the post's own matches, [i + 1] comment i's own (a hole where there are none: most
 * comments have no match of most queries); and all of them in document order.
 */
export interface ScopeLists {
  byOwner: (Element[] | undefined)[];
  all: Element[];
}

/** The element-level queries the reader makes outside the plans (a few per post). */
export interface ElementQueries {
  closest(el: Element, selector: string): Element | null;
  first(root: Element, selector: string): Element | null;
  all(root: Element, selector: string): Element[];
}

/** The DOM's own (the browser's are native code). */
export const NATIVE_QUERIES: ElementQueries = {
  closest: (el, selector) => el.closest(selector),
  first: (root, selector) => root.querySelector(selector),
  all: (root, selector) => arrayOf(root.querySelectorAll(selector)),
};

/** A NodeList as an array, copied by index: Array.from goes through the list's iterator, about twice as slow in Chromium. */
function arrayOf(list: NodeListOf<Element>): Element[] {
  const out = new Array<Element>(list.length);
  for (let i = 0; i < list.length; i++) out[i] = list[i]!;
  return out;
}

/** Matches a plan's selectors in one walk of a post (./walk-engine.ts). */
export interface SelectorEngine {
  /** element-level queries with the engine's selectors, where the DOM's own cost more (linkedom compiles a selector per call) */
  queries?: ElementQueries;
  compile(selector: string): CompiledSelector | null;
  compileParts(selector: string): SelectorPart[] | null;
  /** the post's comments in document order, and the lists of every query the plan walks */
  walkPost(post: Element, plan: ScopePlan): { comments: Element[]; lists: ScopeLists[] };
  /** every match of each selector in the document, in document order, found in one walk (those that compile) */
  indexDocument?(doc: Document, selectors: readonly string[]): ReadonlyMap<string, Element[]>;
}

export interface PlanPart extends SelectorPart {
  /** index of its query in the plan's `walked` list */
  query: number;
}

/**
 * Which parts an element is tested against: those of its tag, those of any tag that need an
 * attribute value (`[role="button"]`), looked up by attribute name and value (the walk reads each
 * such attribute once per element, instead of once per part), and those that fit any element.
 */
export class PartDispatch {
  readonly byTag = new Map<string, PlanPart[]>();
  readonly anyTag: PlanPart[] = [];
  readonly keyNames: string[] = [];
  readonly keyed: Map<string, PlanPart[]>[] = [];

  add(entry: PlanPart): void {
    if (entry.tag !== null) this.byTag.set(entry.tag, [...(this.byTag.get(entry.tag) ?? []), entry]);
    else if (entry.key) {
      let k = this.keyNames.indexOf(entry.key.name);
      if (k < 0) k = this.keyNames.push(entry.key.name) - 1, this.keyed.push(new Map());
      this.keyed[k].set(entry.key.value, [...(this.keyed[k].get(entry.key.value) ?? []), entry]);
    } else this.anyTag.push(entry);
  }
}

/** The queries of a plan, compiled once per read and shared by all its posts. */
export class ScopePlan {
  /** the queries matched during the walk; the others are answered by querySelectorAll */
  readonly walked: ScopeQuery[] = [];
  /** the parts an element of the post itself is tested against: an element is tested only against what can fit it */
  readonly inPost = new PartDispatch();
  /** …and an element inside a comment: the same without the parts of `ownOnly` queries */
  readonly inComment = new PartDispatch();

  readonly isComment: CompiledSelector | null;

  /** Without an engine every query is left to querySelectorAll (see ReadOptions.selectorEngine). */
  constructor(queries: readonly ScopeQuery[], readonly engine: SelectorEngine | null = null) {
    this.isComment = engine ? engine.compile(COMMENT) : null;
    if (!engine || !this.isComment) return;
    for (const query of queries) {
      const parts = engine.compileParts(query.selector);
      if (!parts) continue;
      const index = this.walked.push(query) - 1;
      for (const part of parts) {
        const entry = { ...part, query: index };
        this.inPost.add(entry);
        if (!query.ownOnly) this.inComment.add(entry);
      }
    }
  }
}

/** A walk does not collect a comment's matches of an `ownOnly` query: asking for them is a mistake in the reader. */
function notOwnOnly(query: ScopeQuery | string): void {
  if (typeof query !== 'string' && query.ownOnly) throw new Error(`only the post's own matches of ${query.selector} are collected`);
}

/** The answer for an owner without matches: shared, never added to. */
const NONE: readonly Element[] = Object.freeze([]);

export class PostScopes {
  /** the post's comments and replies, in document order */
  readonly comments: Element[] = [];
  private readonly indexOf = new Map<Element, number>();
  /** per query: [0] the post's own matches, [i + 1] comment i's own; and all of them in document order */
  private readonly found = new Map<ScopeQuery | string, ScopeLists>();
  /** for queries outside the plan: the engine's compiled ones where it has them (linkedom compiles a selector per call) */
  private readonly dom: ElementQueries;

  constructor(readonly post: Element, readonly plan: ScopePlan) {
    this.dom = plan.engine?.queries ?? NATIVE_QUERIES;
    if (plan.engine && plan.isComment) {
      const { comments, lists } = plan.engine.walkPost(post, plan);
      this.comments = comments;
      plan.walked.forEach((query, i) => this.found.set(query, lists[i]));
    } else {
      const found = post.querySelectorAll(COMMENT);
      for (let i = 0; i < found.length; i++) if (found[i] !== post) this.comments.push(found[i]);
    }
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

  /** A query outside the plan (or one that did not compile), answered by the DOM and bucketed alike. */
  private queried(key: ScopeQuery | string): ScopeLists {
    let result = this.found.get(key);
    if (!result) {
      const query = typeof key === 'string' ? { selector: key } : key;
      result = { byOwner: new Array(this.comments.length + 1), all: [] };
      // the browser's NodeList as it is (no array made from it)
      const matches: ArrayLike<Element> = this.dom === NATIVE_QUERIES ? this.post.querySelectorAll(query.selector) : this.dom.all(this.post, query.selector);
      for (let i = 0; i < matches.length; i++) {
        const el = matches[i];
        // the filter first: it drops most elements, and finding the owner walks up the tree
        if (query.filter && !query.filter(el)) continue;
        const owner = this.ownerOf(el);
        if (owner >= 0 && this.comments[owner] === el) continue;
        (result.byOwner[owner + 1] ??= []).push(el);
        result.all.push(el);
      }
      this.found.set(key, result);
    }
    return result;
  }

  /** Matches that belong to the post itself, not to any of its comments. */
  own(query: ScopeQuery | string): readonly Element[] {
    return this.queried(query).byOwner[0] ?? NONE;
  }

  /** Matches inside comment `index` and not inside a reply nested in it. */
  ofComment(index: number, query: ScopeQuery | string): readonly Element[] {
    notOwnOnly(query);
    return this.queried(query).byOwner[index + 1] ?? NONE;
  }

  /**
   * The first match that belongs to the post itself (own(query)[0]). The DOM is asked for its first
   * match, which stops early (the message and the reactions toolbar come before the comments), and
   * for the whole list only when that first match is a comment's.
   */
  firstOwn(query: ScopeQuery): Element | null {
    if (this.found.has(query) || query.filter) return this.own(query)[0] ?? null;
    const first = this.dom.first(this.post, query.selector);
    if (first === null) return null;
    if (!this.indexOf.has(first) && this.ownerOf(first) === -1) return first;
    return this.own(query)[0] ?? null;
  }

  /** Whether anything in the post (its comments included) matches: without listing every match when the DOM is asked. */
  has(query: ScopeQuery | string): boolean {
    notOwnOnly(query);
    if (this.found.has(query) || (typeof query !== 'string' && query.filter)) return this.queried(query).all.length > 0;
    const first = this.dom.first(this.post, typeof query === 'string' ? query : query.selector);
    // a comment's own article element does not count (as in the lists): then look at them all
    return first !== null && (!this.indexOf.has(first) || this.queried(query).all.length > 0);
  }

  /** Every match in the post, its comments' included, in document order. */
  inPost(query: ScopeQuery | string): Element[] {
    notOwnOnly(query);
    return this.queried(query).all;
  }

  /**
   * withOwners of each query, for matches whose own text can hold one of a few words (`mayHold`, as
   * in ui-strings' uiMayContain): the label runs «Festet innlegg» / «Forfatter». In the browser, where
   * the queries are not walked, one walk of the post's text nodes finds the few elements worth testing
   * instead of testing every span and div: an element without child elements whose text matches has
   * a text node that holds the word, or several child nodes (which are then all tested).
   */
  withOwnersByText(queries: ScopeQuery[], mayHold: (text: string) => boolean): { el: Element; owner: number }[] {
    if (this.plan.engine || queries.some((query) => this.found.has(query))) return queries.flatMap((query) => this.withOwners(query));
    const candidates: Element[] = [];
    // NodeFilter.SHOW_TEXT
    const walker = this.post.ownerDocument.createTreeWalker(this.post, 4);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent === this.post || parent === candidates[candidates.length - 1]) continue;
      const alone = node.previousSibling === null && node.nextSibling === null;
      if (alone ? mayHold((node as Text).data) : parent.firstElementChild === null) candidates.push(parent);
    }
    const out: { el: Element; owner: number }[] = [];
    for (const query of queries) {
      for (const el of candidates) {
        if (!el.matches(query.selector) || (query.filter && !query.filter(el))) continue;
        const owner = this.ownerOf(el);
        // a comment's own article element is not one of its matches (as in the lists)
        if (owner >= 0 && this.comments[owner] === el) continue;
        out.push({ el, owner });
      }
    }
    return out;
  }

  /** Matches anywhere in the post, each with its owner (-1 the post, i comment i). */
  withOwners(query: ScopeQuery | string): { el: Element; owner: number }[] {
    notOwnOnly(query);
    const { byOwner } = this.queried(query);
    return byOwner.flatMap((list, i) => (list ? list.map((el) => ({ el, owner: i - 1 })) : []));
  }
}
