import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { sanitizeHref, sanitizeStructure } from '../../../lib/diagnostics/sanitize-structure';

const vocabulary = ['Kommentar fra', 'for', 't', 'siden', 'Se mer', 'Del', 'Liker'];

function outline(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return sanitizeStructure(document.body, { vocabulary });
}

describe('sanitizeStructure', () => {
  it('keeps roles, ARIA and data attributes and the interface labels', () => {
    const out = outline('<div role="feed"><div role="article" aria-posinset="1" data-ad-rendering-role="story_message"><div role="button">Se mer</div></div></div>');
    expect(out).toContain('<div role="feed">');
    expect(out).toContain('aria-posinset="1"');
    expect(out).toContain('data-ad-rendering-role="story_message"');
    expect(out).toContain('“Se mer”');
  });

  it('replaces people’s names, the page’s text and ids by placeholders', () => {
    const out = outline(
      '<div role="article" aria-label="Kommentar fra Kari Nordmann for 2 t siden"><span dir="auto">Når åpner Fjordvik bad igjen?</span>' +
        '<a href="https://www.facebook.com/fjordvikkommune/posts/pfbid02abcDEF123456789?comment_id=998877">2 t</a></div>',
    );
    expect(out).not.toMatch(/Kari|Nordmann|Fjordvik|bad|pfbid02abc|998877|fjordvikkommune/);
    expect(out).toContain('aria-label="Kommentar fra ▢ ▢ for # t siden"');
    expect(out).toContain('href="/{page}/posts/{id}?comment_id={…}"');
  });

  it('turns running text into its word count, and values of unknown data attributes into placeholders', () => {
    const out = outline('<div data-pagelet="ProfileTimeline" data-fx-filter="vannbrudd-storgata"><div dir="auto">Vi har et vannbrudd i Storgata og jobber med saken</div></div>');
    expect(out).toContain('data-pagelet="ProfileTimeline"');
    expect(out).toContain('data-fx-filter="{…}"');
    expect(out).toContain('“▢×10 words”');
    expect(out).not.toMatch(/vannbrudd|Storgata/);
  });

  it('leaves out scripts and styles, and stops at the element limit', () => {
    const { document } = parseHTML(`<html><body><script>var secret = 1</script>${'<p>x</p>'.repeat(50)}</body></html>`);
    const out = sanitizeStructure(document.body, { vocabulary, maxElements: 10 });
    expect(out).not.toContain('secret');
    expect(out).toContain('stopped after 10 elements');
  });

  it('marks links off Facebook as external without keeping where they go', () => {
    expect(sanitizeHref('https://fjordvik.kommune.no/retningslinjer?x=1')).toBe('external:{link}');
  });
});
