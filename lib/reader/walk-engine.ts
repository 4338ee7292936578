/**
 * The reader's selector engine for documents whose own one is JavaScript (linkedom in the CLI,
 * jsdom): a plan's selectors, compiled to functions (./compiled-selector.ts), matched in ONE walk of
 * each post that also finds its comments and knows, at each element, which comment it is in.
 * Pass it as ReadOptions.selectorEngine. The browser's native querySelectorAll is faster than any
 * walk in JavaScript, so the content script does not use it and does not carry it.
 */
import { compileSelector, compileSelectorParts, type CompiledSelector } from './compiled-selector';
import type { ElementQueries, PlanPart, ScopeLists, ScopePlan, SelectorEngine } from './post-scopes';
import { advance, pathTo, type Cursor } from './element-walk';

function walkPost(post: Element, plan: ScopePlan): { comments: Element[]; lists: ScopeLists[] } {
  const { walked, inPost, inComment } = plan;
  const isComment = plan.isComment!;
  const comments: Element[] = [];
  // byOwner is filled where there are matches only (most comments have none of most queries)
  const lists: ScopeLists[] = walked.map(() => ({ byOwner: [], all: [] }));
  const none: PlanPart[] = [];
  // an element that fits two parts of one selector list is kept once
  const last: (Element | null)[] = walked.map(() => null);
  const test = (parts: PlanPart[], el: Element, path: Element[], depth: number, owner: number) => {
    for (const part of parts) {
      if (last[part.query] === el || !part.match(el, path, depth)) continue;
      const filter = walked[part.query].filter;
      if (filter && !filter(el)) continue;
      last[part.query] = el;
      (lists[part.query].byOwner[owner + 1] ??= []).push(el);
      lists[part.query].all.push(el);
    }
  };
  // the post's ancestors count for descendant selectors («a span»), as they do for querySelectorAll
  const path = pathTo(post);
  const base = path.length;
  const ownerAt: number[] = [-1]; // the owner of the elements at each level below the post
  const cursor: Cursor = { el: post.firstElementChild, depth: 0 };
  while (cursor.el) {
    const el = cursor.el;
    const level = cursor.depth;
    const depth = base + level;
    path[depth] = el;
    const owner = ownerAt[level];
    let own = owner;
    if (isComment(el, path, depth)) {
      // a comment's own article element is neither the post's nor any comment's content
      own = comments.length;
      comments.push(el);
    } else {
      // inside a comment, the post-only queries are not looked for
      const { byTag, anyTag, keyNames, keyed } = owner < 0 ? inPost : inComment;
      test(byTag.get(el.localName) ?? none, el, path, depth, owner);
      if (anyTag.length) test(anyTag, el, path, depth, owner);
      for (let k = 0; k < keyNames.length; k++) {
        // the attribute node's value: linkedom's getAttribute looks the node up and then tests the name and the document type
        const value = el.getAttributeNode(keyNames[k])?.value;
        const parts = value === undefined ? undefined : keyed[k].get(value);
        if (parts) test(parts, el, path, depth, owner);
      }
    }
    ownerAt[level + 1] = own; // for its children, if it has any
    advance(cursor);
  }
  return { comments, lists };
}

/** A selector list's part and the list its matches go to. */
interface IndexedPart {
  match: CompiledSelector;
  found: Element[];
}

/**
 * Each selector's matches in the whole document (the root element included, as for querySelectorAll), in one walk.
 * Each element is tested only against the parts that can fit it: those of its tag, and those of any tag
 * that need an attribute it has (read once per element for all of them).
 */
function indexDocument(doc: Document, selectors: readonly string[]): ReadonlyMap<string, Element[]> {
  const index = new Map<string, Element[]>();
  const byTag = new Map<string, IndexedPart[]>();
  const byAttribute = new Map<string, IndexedPart[]>();
  const anyElement: IndexedPart[] = [];
  for (const selector of new Set(selectors)) {
    const parts = compileSelectorParts(selector);
    if (!parts) continue;
    const found: Element[] = [];
    index.set(selector, found);
    for (const part of parts) {
      const entry = { match: part.match, found };
      if (part.tag !== null) byTag.set(part.tag, [...(byTag.get(part.tag) ?? []), entry]);
      else if (part.attribute !== null) byAttribute.set(part.attribute, [...(byAttribute.get(part.attribute) ?? []), entry]);
      else anyElement.push(entry);
    }
  }
  const attributes = [...byAttribute];
  const test = (parts: IndexedPart[], el: Element, path: Element[], depth: number) => {
    // an element that fits two parts of one selector list is listed once
    for (const { match, found } of parts) if (found[found.length - 1] !== el && match(el, path, depth)) found.push(el);
  };
  const path: Element[] = [];
  const cursor: Cursor = { el: doc.documentElement, depth: 0 };
  while (cursor.el) {
    const el = cursor.el;
    path[cursor.depth] = el;
    const tagged = byTag.get(el.localName);
    if (tagged) test(tagged, el, path, cursor.depth);
    for (const [name, parts] of attributes) if (el.getAttribute(name) !== null) test(parts, el, path, cursor.depth);
    if (anyElement.length) test(anyElement, el, path, cursor.depth);
    advance(cursor);
  }
  return index;
}

/** Compiled once per selector: the reader asks the same few selectors of every post. */
const compiledCache = new Map<string, CompiledSelector | null>();
function compiled(selector: string): CompiledSelector | null {
  let match = compiledCache.get(selector);
  if (match === undefined) compiledCache.set(selector, (match = compileSelector(selector)));
  return match;
}

/** Matches of `selector` below `root` in document order (the root's ancestors count for descendant combinators); the first only when `one`. */
function matchesBelow(root: Element, match: CompiledSelector, one: boolean): Element[] {
  const found: Element[] = [];
  const path = pathTo(root);
  const base = path.length;
  const cursor: Cursor = { el: root.firstElementChild, depth: 0 };
  while (cursor.el) {
    path[base + cursor.depth] = cursor.el;
    if (match(cursor.el, path, base + cursor.depth)) {
      found.push(cursor.el);
      if (one) break;
    }
    advance(cursor);
  }
  return found;
}

/** closest / querySelector / querySelectorAll with compiled selectors; the DOM's own for a selector that does not compile. */
const queries: ElementQueries = {
  closest(el, selector) {
    const match = compiled(selector);
    if (!match) return el.closest(selector);
    const path = pathTo(el);
    for (let depth = path.length - 1; depth >= 0; depth--) if (match(path[depth], path, depth)) return path[depth];
    return null;
  },
  first(root, selector) {
    const match = compiled(selector);
    return match ? matchesBelow(root, match, true)[0] ?? null : root.querySelector(selector);
  },
  all(root, selector) {
    const match = compiled(selector);
    return match ? matchesBelow(root, match, false) : Array.from(root.querySelectorAll(selector));
  },
};

export const WALK_ENGINE: SelectorEngine = { compile: compileSelector, compileParts: compileSelectorParts, walkPost, indexDocument, queries };
