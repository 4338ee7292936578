/**
 * Document-wide queries of the reader: the DOM's own, or, where the DOM's selector engine is
 * JavaScript (linkedom in the CLI), answered from one walk of the document that matched the hooks
 * which always cost a full search (the JSON blocks, the About section, usually absent, and the posts).
 */
import { ABSENCE_PROBES, allFirstOf, firstOf, SELECTORS, type SelectorName } from '../facebook/selectors';
import type { SelectorEngine } from './post-scopes';

export interface DocQuery {
  /** the first match of the first alternative of `name` that has any (as queryFirst) */
  first(name: SelectorName): Element | null;
  /** the matches of the first alternative of `name` that has any, inside `root` (default: the document) */
  allFirst(name: SelectorName, root?: Element): Element[];
  /** querySelectorAll of one selector inside `root` (default: the document) */
  all(selector: string, root?: Element): Element[];
}

/** The hooks an engine indexes in its one walk (see above). */
const INDEXED: readonly SelectorName[] = ['structuredData', 'aboutSection', 'post'];

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
  return {
    all,
    first: (name) => firstOf(name, one),
    allFirst: (name, root) => allFirstOf(name, (selector) => all(selector, root)).elements,
  };
}
