/**
 * Document-wide queries of the reader: the DOM's own, or, where the DOM's selector engine is
 * JavaScript (linkedom in the CLI), answered from one walk of the document that matched the hooks
 * which always cost a full search (the JSON blocks, the About section, usually absent, and the posts).
 */
import { ABSENCE_PROBES, allFirstOf, firstOf, SELECTORS, type SelectorName } from '../facebook/selectors';
import { outermost } from './dom-text';
import type { SelectorEngine } from './post-scopes';

/** Queries of the page's hooks in the whole document, or in the part of it outside the posts. */
export interface HookQuery {
  /** the first match of the first alternative of `name` that has any (as queryFirst) */
  first(name: SelectorName): Element | null;
  /** the matches of the first alternative of `name` that has any */
  allFirst(name: SelectorName): Element[];
}

export interface DocQuery extends HookQuery {
  /** the matches of the first alternative of `name` that has any, inside `root` (default: the document) */
  allFirst(name: SelectorName, root?: Element): Element[];
  /** querySelectorAll of one selector inside `root` (default: the document) */
  all(selector: string, root?: Element): Element[];
  /** the matches of `selector` below `root` that are not inside another match (outermost(all(selector, root))) */
  outermost(selector: string, root: Element): Element[];
  /**
   * The same queries, for matches that are neither one of `skip`'s elements nor inside one: the
   * hooks that are never in a post (OUTSIDE_POSTS) need not be searched for in the posts, which
   * hold most of a timeline's elements.
   */
  outside(skip: ReadonlySet<Element>): HookQuery;
}

/** The hooks an engine indexes in its one walk (see above). */
const INDEXED: readonly SelectorName[] = ['structuredData', 'aboutSection', 'post'];
/**
 * Hooks never found inside a post: the JSON blocks Facebook sends are children of <head> and <body>
 * (78 of 78 in the real capture), and the About section is a tab of its own.
 */
const OUTSIDE_POSTS: readonly SelectorName[] = ['structuredData', 'aboutSection'];

const selectorsOf = (names: readonly SelectorName[]) => names.flatMap((name) => [...SELECTORS[name], ...(ABSENCE_PROBES[name] ? [ABSENCE_PROBES[name]] : [])]);

/**
 * The most elements a walk in JavaScript visits before it leaves the search to the DOM (see
 * outermostMatches, matchesOutside): each visit costs ~0.1 µs, ten times the browser's own matching
 * per element, so a walk pays only where it skips most of the page (the posts' insides).
 */
const WALK_LIMIT = 15_000;

/** Whether `el` is one of `skip`'s elements or inside one. */
function insideAny(el: Element, skip: ReadonlySet<Element>): boolean {
  for (let up: Element | null = el; up; up = up.parentElement) if (skip.has(up)) return true;
  return false;
}

/**
 * outermost(root.querySelectorAll(selector)), found by a walk that does not go into a match: the
 * browser's querySelectorAll of the posts searches all of their insides (~4 ms for 500 posts, where
 * the walk takes ~0.2 ms). A page where matches are few and deep is left to the DOM (WALK_LIMIT).
 */
function outermostMatches(root: Element, selector: string): Element[] {
  if (!root.querySelector(selector)) return [];
  const found: Element[] = [];
  let visited = 0;
  let el: Element | null = root.firstElementChild;
  while (el) {
    if (++visited > WALK_LIMIT) return outermost(Array.from(root.querySelectorAll(selector)));
    if (el.matches(selector)) found.push(el);
    else if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) el = el.parentElement === root ? null : el.parentElement;
    el = el && el.nextElementSibling;
  }
  return found;
}

/**
 * The elements of the document that match any of `selectors` and are neither in `skip` nor inside
 * one of its elements, in document order, found by a walk that does not go into them (one test per
 * element, of all the selectors at once); null past WALK_LIMIT.
 */
function matchesOutside(doc: Document, selectors: readonly string[], skip: ReadonlySet<Element>): Element[] | null {
  const top = doc.documentElement;
  if (!top) return [];
  const any = selectors.join(',');
  const found: Element[] = [];
  let visited = 0;
  let el: Element | null = top;
  while (el) {
    if (++visited > WALK_LIMIT) return null;
    if (!skip.has(el)) {
      if (el.matches(any)) found.push(el);
      if (el.firstElementChild) {
        el = el.firstElementChild;
        continue;
      }
    }
    while (el && !el.nextElementSibling) el = el === top ? null : el.parentElement;
    el = el && el !== top ? el.nextElementSibling : null;
  }
  return found;
}

export function docQuery(doc: Document, engine: SelectorEngine | null): DocQuery {
  const index = engine?.indexDocument?.(doc, selectorsOf(INDEXED));
  /** a selector's matches from the index, or from the DOM when it is not indexed (or did not compile) */
  const all = (selector: string, root?: Element): Element[] => {
    const found = index?.get(selector);
    if (!found) return Array.from((root ?? doc).querySelectorAll(selector));
    return root ? found.filter((e) => e !== root && root.contains(e)) : found;
  };
  // the DOM's querySelector stops at the first match; an index already has it
  const one = (selector: string): Element | null => (index?.has(selector) ? index.get(selector)![0] ?? null : doc.querySelector(selector));

  const outside = (skip: ReadonlySet<Element>): HookQuery => {
    if (!skip.size) return { first: (name) => firstOf(name, one), allFirst: (name) => allFirstOf(name, all).elements };
    // in the browser, one walk outside the posts for all of OUTSIDE_POSTS' selectors
    const walked = index ? null : matchesOutside(doc, selectorsOf(OUTSIDE_POSTS), skip);
    const memo = new Map<string, Element[]>();
    const allOutside = (selector: string): Element[] => {
      let found = memo.get(selector);
      if (!found) {
        found = walked && selectorsOf(OUTSIDE_POSTS).includes(selector) ? walked.filter((e) => e.matches(selector)) : all(selector).filter((e) => !insideAny(e, skip));
        memo.set(selector, found);
      }
      return found;
    };
    return { first: (name) => firstOf(name, (selector) => allOutside(selector)[0] ?? null), allFirst: (name) => allFirstOf(name, allOutside).elements };
  };

  return {
    all,
    first: (name) => firstOf(name, one),
    allFirst: (name, root) => allFirstOf(name, (selector) => all(selector, root)).elements,
    outermost: (selector, root) => (index?.has(selector) ? outermost(all(selector, root)) : outermostMatches(root, selector)),
    outside,
  };
}
