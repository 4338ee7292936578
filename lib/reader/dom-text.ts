/**
 * Text helpers that work the same on a browser Document and a linkedom Document: only
 * textContent / getAttribute / childNodes, never innerText or layout APIs.
 */
import { normalizeLabel } from '../facebook/ui-strings';

/** Elements whose text starts and ends a line (by localName: lower-case for HTML, no string made per element). */
const BLOCK = new Set(['div', 'p', 'li', 'ul', 'ol', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'blockquote']);
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The visible-ish text of an element, with line breaks between block elements, skipping
 * scripts, styles and (optionally) buttons such as «Se mer».
 */
export function textOf(el: Element, opts: { skipButtons?: boolean; skip?: (e: Element) => boolean } = {}): string {
  const parts: string[] = [];
  collectText(el, parts, opts.skipButtons === true, opts.skip);
  // spaces collapse within a line (the class holds no line break), then each line is trimmed; a text
  // with single plain spaces only is not rebuilt
  const raw = parts.join('');
  const joined = /[\t\u00a0\u202f]| {2}/.test(raw) ? raw.replace(/[ \t\u00a0\u202f]+/g, ' ') : raw;
  if (!joined.includes('\n')) return joined.trim();
  return joined.split('\n').map((line) => line.trim()).filter(Boolean).join('\n');
}

function collectText(node: Node, parts: string[], skipButtons: boolean, skip: ((e: Element) => boolean) | undefined): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      parts.push(child.textContent ?? '');
    } else if (child.nodeType === 1) {
      const e = child as Element;
      const tag = e.localName;
      if (HIDDEN.has(tag)) continue;
      if (skipButtons && e.getAttribute('role') === 'button') continue;
      if (skip?.(e)) continue;
      if (tag === 'img') {
        // emoji are images with alt text on Facebook
        const alt = e.getAttribute('alt');
        if (alt && alt.length <= 4) parts.push(alt);
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) parts.push('\n');
      collectText(e, parts, skipButtons, skip);
      if (block) parts.push('\n');
    }
  }
}

/** Single-line, whitespace-collapsed text. */
export function flatText(el: Element | null | undefined): string {
  return el ? normalizeLabel(el.textContent ?? '') : '';
}

/** Elements of `list` that are not inside another element of `list`. */
export function outermost(list: Element[]): Element[] {
  if (list.length < 2) return list;
  // one walk up from each element, not a contains() per pair: a feed holds hundreds of posts
  const members = new Set(list);
  return list.filter((el) => {
    for (let up = el.parentElement; up; up = up.parentElement) if (members.has(up)) return false;
    return true;
  });
}

/**
 * The text of an element without child elements, or null when it has some. Its one text node is
 * read as it is: `textContent` would build a new string for each of the thousands of runs tested.
 */
export function leafText(e: Element): string | null {
  const first = e.firstChild;
  if (first !== null && first === e.lastChild && first.nodeType === 3) return (first as Text).data;
  return e.firstElementChild === null ? (e.textContent ?? '') : null;
}

