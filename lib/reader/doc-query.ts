/**
 * Document-wide queries of the reader: the DOM's own, or, where the DOM's selector engine is
 * JavaScript (linkedom in the CLI), answered from one walk of the document that matched the hooks
 * which always cost a full search (the JSON blocks, the About section, usually absent, and the posts).
 */
import { ABSENCE_PROBES, queryAllFirst, queryFirst, SELECTORS, type SelectorName } from '../facebook/selectors';
import type { SelectorEngine } from './post-scopes';

export interface DocQuery {
  /** the first match of the first alternative of `name` that has any (queryFirst) */
  first(name: SelectorName): Element | null;
  /** the matches of the first alternative of `name` that has any, inside `root` (default: the document) */
  allFirst(name: SelectorName, root?: Element): Element[];
  /** querySelectorAll of one selector inside `root` (default: the document) */
  all(selector: string, root?: Element): Element[];
}

/** The hooks an engine indexes in its one walk (see above). */
const INDEXED: readonly SelectorName[] = ['structuredData', 'aboutSection', 'post'];

export function docQuery(doc: Document, engine: SelectorEngine | null): DocQuery {
  const native: DocQuery = {
    first: (name) => queryFirst(doc, name),
    allFirst: (name, root) => queryAllFirst(root ?? doc, name).elements,
    all: (selector, root) => Array.from((root ?? doc).querySelectorAll(selector)),
  };
  if (!engine?.indexDocument) return native;
  const selectors = INDEXED.flatMap((name) => [...SELECTORS[name], ...(ABSENCE_PROBES[name] ? [ABSENCE_PROBES[name]] : [])]);
  const index = engine.indexDocument(doc, selectors);
  /** a selector's matches from the index, or from the DOM when it did not compile */
  const all = (selector: string, root?: Element): Element[] => {
    const found = index.get(selector);
    if (!found) return Array.from((root ?? doc).querySelectorAll(selector));
    return root ? found.filter((e) => e !== root && root.contains(e)) : found;
  };
  return {
    all,
    first(name) {
      if (!INDEXED.includes(name)) return native.first(name);
      const probe = ABSENCE_PROBES[name];
      if (probe && !all(probe).length) return null;
      for (const selector of SELECTORS[name]) {
        const found = all(selector);
        if (found.length) return found[0];
      }
      return null;
    },
    allFirst(name, root) {
      if (!INDEXED.includes(name)) return native.allFirst(name, root);
      for (const selector of SELECTORS[name]) {
        const found = all(selector, root);
        if (found.length) return found;
      }
      return [];
    },
  };
}
