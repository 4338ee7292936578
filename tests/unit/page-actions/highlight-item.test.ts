import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { findItemElement } from '../../../lib/page-actions/highlight-item';

const html = `<!doctype html><html><body><div role="feed">
  <div aria-posinset="1" id="post-a"><a href="https://www.facebook.com/fjordvik/posts/pfbidAAA">2 t</a>
    <div role="article" id="comment-1" aria-label="Kommentar fra Kari"><a href="https://www.facebook.com/fjordvik/posts/pfbidAAA?comment_id=111">1 t</a>
      <div role="article" id="reply-1" aria-label="Svar fra Fjordvik kommune"><a href="https://www.facebook.com/fjordvik/posts/pfbidAAA?comment_id=111&reply_comment_id=222">5 min</a></div>
    </div>
  </div>
  <div aria-posinset="2" id="post-b"><a href="https://www.facebook.com/fjordvik/posts/pfbidBBB">3 d</a></div>
</div></body></html>`;

describe('findItemElement', () => {
  const { document } = parseHTML(html);
  it('finds a post by the id in its permalink, as the outermost article', () => {
    expect(findItemElement(document as unknown as Document, 'pfbidAAA')?.getAttribute('id')).toBe('post-a');
    expect(findItemElement(document as unknown as Document, 'pfbidBBB')?.getAttribute('id')).toBe('post-b');
  });
  it('finds a comment and a reply by their comment ids', () => {
    expect(findItemElement(document as unknown as Document, 'pfbidAAA', '111')?.getAttribute('id')).toBe('comment-1');
    expect(findItemElement(document as unknown as Document, 'pfbidAAA', '222')?.getAttribute('id')).toBe('reply-1');
  });
  it('returns null for an item that is not on the page', () => {
    expect(findItemElement(document as unknown as Document, 'pfbidZZZ')).toBeNull();
  });
});
