/**
 * Document-wide queries of the reader: the DOM's own, or, where the DOM's selector engine is
 * JavaScript (linkedom in the CLI), answered from one walk of the document that matched the hooks
 * which always cost a full search (the JSON blocks, the About section, usually absent, and the posts).
 */
import { ABSENCE_PROBES, allFirstOf, firstOf, SELECTORS, type SelectorName } from '../facebook/selectors';
import { outermost } from './dom-text';
import type { SelectorEngine } from './post-scopes';

export interface DocQuery {
  /**
   * The first match of the first alternative of `name` that has any (as queryFirst); with `outside`,
   * the first that is neither one of its elements nor inside one (the posts, which hold most of a
   * timeline's elements and never the About section, whose hook is usually absent: a full search).
   */
  first(name: SelectorName, outside?: ReadonlySet<Element>): Element | null;
  /** the matches of the first alternative of `name` that has any, inside `root` (default: the document) */
  allFirst(name: SelectorName, root?: Element): Element[];
  /** querySelectorAll of one selector inside `root` (default: the document) */
  all(selector: string, root?: Element): Element[];
  /** the matches of `selector` below `root` that are not inside another match (outermost(all(selector, root))) */
  outermost(selector: string, root: Element): Element[];
}

/** The hooks an engine indexes in its one walk (see above). */
const INDEXED: readonly SelectorName[] = ['structuredData', 'aboutSection', 'post'];

/**
 * The most elements a walk in JavaScript visits before it leaves the search to the DOM (see
 * outermostMatches, firstOutside): each visit costs ~0.1 µs, ten times the browser's own matching
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
 * The first match of `selector` in document order that is neither in `skip` nor inside one of its
 * elements, found by a walk that does not go into them (an absent hook costs a search of the whole
 * page; most of a timeline is inside its posts). Falls back to the DOM past WALK_LIMIT.
 */
function firstOutside(doc: Document, selector: string, skip: ReadonlySet<Element>): Element | null {
  const top = doc.documentElement;
  if (!skip.size || !top) return doc.querySelector(selector);
  let visited = 0;
  let el: Element | null = top;
  while (el) {
    if (++visited > WALK_LIMIT) return Array.from(doc.querySelectorAll(selector)).find((e) => !insideAny(e, skip)) ?? null;
    if (!skip.has(el)) {
      if (el.matches(selector)) return el;
      if (el.firstElementChild) {
        el = el.firstElementChild;
        continue;
      }
    }
    while (el && !el.nextElementSibling) el = el === top ? null : el.parentElement;
    el = el && el !== top ? el.nextElementSibling : null;
  }
  return null;
}

export function docQuery(doc: Document, engine: SelectorEngine | null): DocQuery {
  const index = engine?.indexDocument?.(doc, INDEXED.flatMap((name) => [...SELECTORS[name], ...(ABSENCE_PROBES[name] ? [ABSENCE_PROBES[name]] : [])]));
  /** a selector's matches from the index, or from the DOM when it is not indexed (or did not compile) */
  const all = (selector: string, root?: Element): Element[] => {
    const found = index?.get(selector);
    if (!found) return Array.from((root ?? doc).querySelectorAll(selector));
    return root ? found.filter((e) => e !== root && root.contains(e)) : found;
  };
  // the DOM's querySelector stops at the first match; an index already has it
  const one = (selector: string): Element | null => (index?.has(selector) ? index.get(selector)![0] ?? null : doc.querySelector(selector));
  const oneOutside = (skip: ReadonlySet<Element>) => (selector: string): Element | null =>
    index?.has(selector) ? index.get(selector)!.find((e) => !insideAny(e, skip)) ?? null : firstOutside(doc, selector, skip);
  return {
    all,
    first: (name, outside) => firstOf(name, outside ? oneOutside(outside) : one),
    allFirst: (name, root) => allFirstOf(name, (selector) => all(selector, root)).elements,
    outermost: (selector, root) => (index?.has(selector) ? outermost(all(selector, root)) : outermostMatches(root, selector)),
  };
}
