/**
 * Text helpers that work the same on a browser Document and a linkedom Document: only
 * textContent / getAttribute / childNodes, never innerText or layout APIs.
 */
import { normalizeLabel } from '../facebook/ui-strings';

const BLOCK = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'BLOCKQUOTE']);

/**
 * The visible-ish text of an element, with line breaks between block elements, skipping
 * scripts, styles and (optionally) buttons such as «Se mer».
 */
export function textOf(el: Element, opts: { skipButtons?: boolean; skip?: (e: Element) => boolean } = {}): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.textContent ?? '');
      } else if (child.nodeType === 1) {
        const e = child as Element;
        const tag = e.tagName.toUpperCase();
        if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') continue;
        if (opts.skipButtons && e.getAttribute('role') === 'button') continue;
        if (opts.skip?.(e)) continue;
        if (tag === 'IMG') {
          // emoji are images with alt text on Facebook
          const alt = e.getAttribute('alt');
          if (alt && alt.length <= 4) parts.push(alt);
          continue;
        }
        const block = BLOCK.has(tag);
        if (block) parts.push('\n');
        walk(e);
        if (block) parts.push('\n');
      }
    }
  };
  walk(el);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0\u202f]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
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
