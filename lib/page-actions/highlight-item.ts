/**
 * Shows the user a piece of evidence on the page: scrolls to the post or comment and draws a
 * frame over it for a few seconds. The page's own elements are not changed: the frame is a
 * separate element of the extension's, removed again (with its timer) after HIGHLIGHT_MS.
 */
export const HIGHLIGHT_MS = 4000;
const FRAME_ID = 'kommunesjekk-highlight';

/** Finds the element of a post or comment by the ids in its permalink (comment_id=…, /posts/…). */
export function findItemElement(doc: Document, postId: string, commentId?: string): Element | null {
  const candidates = commentId
    ? [`a[href*="comment_id=${cssEscape(commentId)}"]`, `a[href*="${cssEscape(commentId)}"]`]
    : [`a[href*="/posts/${cssEscape(postId)}"]`, `a[href*="${cssEscape(postId)}"]`];
  for (const selector of candidates) {
    for (const link of Array.from(doc.querySelectorAll(selector))) {
      const item = link.closest('[role="article"], [aria-posinset]');
      if (!item) continue;
      // A post's own link also appears inside its comments' links: take the outermost article for a post.
      if (!commentId) {
        let outer: Element = item;
        for (let up = item.parentElement?.closest('[role="article"], [aria-posinset]'); up; up = up.parentElement?.closest('[role="article"], [aria-posinset]')) outer = up;
        return outer;
      }
      return item;
    }
  }
  return null;
}

export function highlightItem(doc: Document, postId: string, commentId?: string): boolean {
  const target = findItemElement(doc, postId, commentId);
  if (!target) return false;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  doc.getElementById(FRAME_ID)?.remove();
  const frame = doc.createElement('div');
  frame.id = FRAME_ID;
  frame.setAttribute('aria-hidden', 'true');
  frame.setAttribute('data-kommunesjekk', 'highlight');
  const place = () => {
    const box = target.getBoundingClientRect();
    Object.assign(frame.style, {
      position: 'absolute',
      left: `${box.left + window.scrollX - 4}px`,
      top: `${box.top + window.scrollY - 4}px`,
      width: `${box.width + 8}px`,
      height: `${box.height + 8}px`,
      border: '3px solid #1f5fbf',
      borderRadius: '10px',
      boxShadow: '0 0 0 4px rgba(31,95,191,.25)',
      pointerEvents: 'none',
      zIndex: '2147483647',
    });
  };
  place();
  doc.body.appendChild(frame);
  // Re-place once the smooth scroll has settled; then remove: nothing is left running.
  const settle = window.setTimeout(place, 600);
  window.setTimeout(() => {
    window.clearTimeout(settle);
    frame.remove();
  }, HIGHLIGHT_MS);
  return true;
}

function cssEscape(value: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(value) : value.replace(/["\\]/g, '\\$&');
}
