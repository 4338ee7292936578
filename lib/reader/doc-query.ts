/**
 * Document-wide queries of the reader. The two it makes on every page are answered by walks that
 * skip what need not be searched: the posts by a walk from the feed that does not go into a post
 * (outermost), the JSON blocks and the About section by a walk around the posts (outside). In the
 * browser a walk tests each element with matches() and leaves large searches to querySelectorAll;
 * where the DOM's selector engine is JavaScript (linkedom in the CLI) it uses the engine's compiled
 * selectors. The other queries are the DOM's own, or answered from an engine's index of the document.
 */
import { ABSENCE_PROBES, allFirstOf, firstOf, SELECTORS, type SelectorName } from '../facebook/selectors';
import { outermost } from './dom-text';
import { advance, pathTo, type Cursor } from './element-walk';
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
 * The most elements a walk in JavaScript visits in the browser before it leaves the search to the DOM
 * (see outermostMatches, matchesOutside): each visit costs ~0.1 µs, ten times the browser's own
 * matching per element, so a walk pays only where it skips most of the page (the posts' insides).
 * Where the DOM's matching is JavaScript too (linkedom), a walk is the fastest search and has no limit.
 */
const WALK_LIMIT = 15_000;

/** A selector as a test of an element at path[depth] (its ancestors before it, outermost first). */
type ElementTest = (el: Element, path: Element[], depth: number) => boolean;

/** The engine's compiled test where it has one, else the DOM's matches(). */
function testOf(selector: string, engine: SelectorEngine | null): ElementTest {
  return engine?.compile(selector) ?? ((el) => el.matches(selector));
}

/** Whether `el` is one of `skip`'s elements or inside one. */
function insideAny(el: Element, skip: ReadonlySet<Element>): boolean {
  for (let up: Element | null = el; up; up = up.parentElement) if (skip.has(up)) return true;
  return false;
}

/**
 * outermost(root.querySelectorAll(selector)), found by a walk that does not go into a match: a
 * search of the posts need not search all of their insides (in the browser ~4 ms for 500 posts,
 * where the walk takes ~0.2 ms). A page where matches are few and deep is left to the browser's
 * querySelectorAll (WALK_LIMIT).
 */
function outermostMatches(root: Element, selector: string, engine: SelectorEngine | null): Element[] {
  // the browser's querySelector says at once whether there is any (linkedom's would search it all again)
  if (!engine && !root.querySelector(selector)) return [];
  const test = testOf(selector, engine);
  const path = pathTo(root);
  const base = path.length;
  const found: Element[] = [];
  let visited = 0;
  const cursor: Cursor = { el: root.firstElementChild, depth: 0 };
  while (cursor.el) {
    if (!engine && ++visited > WALK_LIMIT) return outermost(Array.from(root.querySelectorAll(selector)));
    const el = cursor.el;
    path[base + cursor.depth] = el;
    const match = test(el, path, base + cursor.depth);
    if (match) found.push(el);
    advance(cursor, !match);
  }
  return found;
}

/**
 * Each selector's matches in the document that are neither in `skip` nor inside one of its elements,
 * in document order, found by a walk that does not go into them (in the browser one test per element
 * of all the selectors at once); null past WALK_LIMIT.
 */
function matchesOutside(doc: Document, selectors: readonly string[], skip: ReadonlySet<Element>, engine: SelectorEngine | null): Map<string, Element[]> | null {
  const found = new Map(selectors.map((selector) => [selector, [] as Element[]]));
  const tests = engine ? selectors.map((selector) => testOf(selector, engine)) : null;
  const any = selectors.join(',');
  const path: Element[] = [];
  let visited = 0;
  const cursor: Cursor = { el: doc.documentElement, depth: 0 };
  while (cursor.el) {
    if (!engine && ++visited > WALK_LIMIT) return null;
    const el = cursor.el;
    const skipped = skip.has(el);
    if (!skipped) {
      path[cursor.depth] = el;
      if (tests) {
        for (let i = 0; i < tests.length; i++) if (tests[i](el, path, cursor.depth)) found.get(selectors[i])!.push(el);
      } else if (el.matches(any)) {
        for (const selector of selectors) if (el.matches(selector)) found.get(selector)!.push(el);
      }
    }
    advance(cursor, !skipped);
  }
  return found;
}

export function docQuery(doc: Document, engine: SelectorEngine | null): DocQuery {
  // an engine's index of the document, made when first asked (the reader itself asks outermost and outside)
  let indexed: ReadonlyMap<string, Element[]> | null | undefined;
  const index = () => (indexed === undefined ? (indexed = engine?.indexDocument?.(doc, selectorsOf(INDEXED)) ?? null) : indexed);
  /** a selector's matches from the index, or from the DOM when it is not indexed (or did not compile) */
  const all = (selector: string, root?: Element): Element[] => {
    const found = index()?.get(selector);
    if (!found) return Array.from((root ?? doc).querySelectorAll(selector));
    return root ? found.filter((e) => e !== root && root.contains(e)) : found;
  };
  // the DOM's querySelector stops at the first match; an index already has it
  const one = (selector: string): Element | null => (index()?.has(selector) ? index()!.get(selector)![0] ?? null : doc.querySelector(selector));

  const outside = (skip: ReadonlySet<Element>): HookQuery => {
    if (!skip.size && !engine) return { first: (name) => firstOf(name, one), allFirst: (name) => allFirstOf(name, all).elements };
    // one walk around the posts for all of OUTSIDE_POSTS' selectors
    // (past the walk's limit, each selector's matches are asked of the DOM once and kept the same way)
    const found = matchesOutside(doc, [...new Set(selectorsOf(OUTSIDE_POSTS))], skip, engine) ?? new Map<string, Element[]>();
    const allOutside = (selector: string): Element[] => {
      let matches = found.get(selector);
      if (!matches) found.set(selector, (matches = all(selector).filter((e) => !insideAny(e, skip))));
      return matches;
    };
    return { first: (name) => firstOf(name, (selector) => allOutside(selector)[0] ?? null), allFirst: (name) => allFirstOf(name, allOutside).elements };
  };

  return {
    all,
    first: (name) => firstOf(name, one),
    allFirst: (name, root) => allFirstOf(name, (selector) => all(selector, root)).elements,
    outermost: (selector, root) => outermostMatches(root, selector, engine),
    outside,
  };
}
