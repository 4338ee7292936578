/**
 * The simple CSS selectors of ../facebook/selectors.ts compiled to plain functions, so that one walk
 * of a post can sort every element into all the lists the reader needs. A querySelectorAll per list
 * and per post walks the post again each time; in linkedom (the CLI) each call also compiles its
 * selector anew. Tested against querySelectorAll on real and built pages.
 *
 * Supported: type, `*`, `#id`, `.class`, `[a]`, `[a="v"]`, `[a^="v"]`, `[a*="v"]`, `[a$="v"]`,
 * `:not(<selector list>)`, and the descendant (` `) and child (`>`) combinators. Anything else makes
 * `compileSelector` return null, and the caller queries the DOM instead.
 */

/** An element's ancestors, outermost first: ancestors[ancestors.length - 1] is its parent. */
export type Ancestors = readonly Element[];
export type CompiledSelector = (el: Element, ancestors: Ancestors, depth: number) => boolean;

type Test = (el: Element, ancestors: Ancestors, depth: number) => boolean;

interface Compound {
  tests: Test[];
  tag: string | null;
  /** the first `[name="value"]` test, if any: a walk can read that attribute once and look up who needs its value */
  key: { name: string; value: string } | null;
  /** the first attribute it tests the presence or value of, if any: an element without it cannot match */
  attribute: string | null;
}

function splitTopLevel(text: string, separator: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (quote || depth !== 0) return null;
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

const NAME = /^-?[_a-zA-Z][\w-]*/;
const ATTRIBUTE = /^\[\s*([_a-zA-Z][\w-]*)\s*(?:([*^$]?=)\s*(?:"([^"\\]*)"|'([^'\\]*)'|([\w-]+))\s*)?\]/;

function compileCompound(text: string): Compound | null {
  const tests: Test[] = [];
  let tag: string | null = null;
  let key: Compound['key'] = null;
  let attribute: string | null = null;
  let rest = text;
  const name = NAME.exec(rest);
  if (name) {
    tag = name[0].toLowerCase();
    rest = rest.slice(name[0].length);
  } else if (rest.startsWith('*')) {
    rest = rest.slice(1);
  }
  while (rest.length) {
    if (rest[0] === '#' || rest[0] === '.') {
      const id = NAME.exec(rest.slice(1));
      if (!id) return null;
      const value = id[0];
      attribute ??= rest[0] === '#' ? 'id' : 'class';
      tests.push(rest[0] === '#'
        ? (el) => el.getAttribute('id') === value
        : (el) => (el.getAttribute('class') ?? '').split(/[ \t\n\f\r]+/).includes(value));
      rest = rest.slice(1 + value.length);
      continue;
    }
    const attr = ATTRIBUTE.exec(rest);
    if (attr) {
      const [whole, attrName, op, v1, v2, v3] = attr;
      const attrKey = attrName.toLowerCase();
      const value = v1 ?? v2 ?? v3 ?? '';
      attribute ??= attrKey;
      if (!op) tests.push((el) => el.hasAttribute(attrKey));
      else if (op === '=') {
        tests.push((el) => el.getAttribute(attrKey) === value);
        key ??= { name: attrKey, value };
      }
      // an empty value never matches ^= *= $= (Selectors level 4)
      else if (value === '') tests.push(() => false);
      else if (op === '^=') tests.push((el) => el.getAttribute(attrKey)?.startsWith(value) ?? false);
      else if (op === '*=') tests.push((el) => el.getAttribute(attrKey)?.includes(value) ?? false);
      else tests.push((el) => el.getAttribute(attrKey)?.endsWith(value) ?? false);
      rest = rest.slice(whole.length);
      continue;
    }
    if (rest.startsWith(':not(')) {
      let depth = 0;
      let end = -1;
      for (let i = 4; i < rest.length; i++) {
        if (rest[i] === '(') depth++;
        else if (rest[i] === ')' && --depth === 0) {
          end = i;
          break;
        }
      }
      if (end < 0) return null;
      const inner = compileSelector(rest.slice(5, end));
      if (!inner) return null;
      tests.push((el, ancestors, depth) => !inner(el, ancestors, depth));
      rest = rest.slice(end + 1);
      continue;
    }
    return null;
  }
  return { tests, tag, key, attribute };
}

function matchesCompound(compound: Compound, el: Element, ancestors: Ancestors, depth: number): boolean {
  if (compound.tag !== null && el.localName !== compound.tag) return false;
  for (const test of compound.tests) if (!test(el, ancestors, depth)) return false;
  return true;
}

/** One complex selector («a[role="link"] span[dir="auto"]»), matched right to left, and its subject's tag. */
function compileComplex(text: string): SelectorPart | null {
  const tokens = splitTopLevel(text.replace(/\s*>\s*/g, ' > ').replace(/\s+/g, ' ').trim(), ' ');
  if (!tokens) return null;
  const compounds: Compound[] = [];
  const combinators: (' ' | '>')[] = [];
  let expectCompound = true;
  for (const token of tokens) {
    if (token === '>') {
      if (expectCompound) return null;
      combinators.push('>');
      expectCompound = true;
      continue;
    }
    if (!expectCompound) combinators.push(' ');
    const compound = compileCompound(token);
    if (!compound) return null;
    compounds.push(compound);
    expectCompound = false;
  }
  if (expectCompound || !compounds.length) return null;

  // `at` is the index in `ancestors` of the element being matched against compounds[i] (its parent is at - 1)
  const matchFrom = (i: number, el: Element, ancestors: Ancestors, at: number): boolean => {
    if (!matchesCompound(compounds[i], el, ancestors, at)) return false;
    if (i === 0) return true;
    if (combinators[i - 1] === '>') return at > 0 && matchFrom(i - 1, ancestors[at - 1], ancestors, at - 1);
    for (let k = at - 1; k >= 0; k--) if (matchFrom(i - 1, ancestors[k], ancestors, k)) return true;
    return false;
  };
  const last = compounds.length - 1;
  return { match: (el, ancestors, depth) => matchFrom(last, el, ancestors, depth), tag: compounds[last].tag, key: compounds[last].key, attribute: compounds[last].attribute };
}

/** One part of a selector list, with the tag its subject must have (null: any), for indexing by tag. */
export interface SelectorPart {
  match: CompiledSelector;
  tag: string | null;
  /** an attribute and value the subject must have (its first `[name="value"]`), or null */
  key: { name: string; value: string } | null;
  /** an attribute the subject must have (the first it tests), or null */
  attribute: string | null;
}

/** The parts of a selector list, or null if any part uses what is not supported. */
export function compileSelectorParts(selector: string): SelectorPart[] | null {
  const parts = splitTopLevel(selector, ',');
  if (!parts || parts.some((p) => !p)) return null;
  const compiled = parts.map(compileComplex);
  return compiled.some((c) => c === null) ? null : (compiled as SelectorPart[]);
}

/**
 * A selector (list) as a function of an element and its ancestors: `depth` is the element's own
 * index in the ancestor list, i.e. its ancestors are ancestors[0 … depth - 1].
 */
export function compileSelector(selector: string): CompiledSelector | null {
  const parts = compileSelectorParts(selector);
  if (!parts) return null;
  const list = parts.map((p) => p.match);
  return list.length === 1 ? list[0] : (el, ancestors, depth) => list.some((c) => c(el, ancestors, depth));
}
