/**
 * The popup and the content script parse every message they receive: what does not fit the
 * protocol is dropped (and reported by the caller), never acted on.
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { classifyTabUrl, parseFromContent, parseToContent } from '../../../lib/messaging/protocol';
import { readPage } from '../../../lib/reader/read-page';
import { buildFacebookPage } from '../../fixtures/builder/build-page';
import { fjordvikSpec, FJORDVIK_URL } from '../../fixtures/demo/fjordvik';

const NOW = new Date('2026-03-04T10:00:00Z');

describe('messages to the content script', () => {
  it('are taken when they fit', () => {
    const good = [
      { type: 'start', bound: { kind: 'weeks', weeks: 4 }, timeLimitMs: 60_000 },
      { type: 'start', bound: { kind: 'posts', posts: 2000 }, timeLimitMs: 1000 },
      { type: 'cancel' },
      { type: 'highlight', postId: 'pfbid0abc' },
      { type: 'highlight', postId: 'pfbid0abc', commentId: '123' },
      { type: 'diagnostics' },
    ];
    for (const message of good) expect(parseToContent(message), JSON.stringify(message)).toEqual(message);
  });

  it('are dropped when they do not', () => {
    const bad: unknown[] = [
      null, undefined, 'start', 42, [], {}, { type: 'START' }, { type: 'eval', code: 'alert(1)' },
      { type: 'start' },
      { type: 'start', bound: { kind: 'weeks', weeks: 0 }, timeLimitMs: 60_000 },
      { type: 'start', bound: { kind: 'weeks', weeks: 105 }, timeLimitMs: 60_000 },
      { type: 'start', bound: { kind: 'weeks', weeks: 2.5 }, timeLimitMs: 60_000 },
      { type: 'start', bound: { kind: 'posts', posts: 2001 }, timeLimitMs: 60_000 },
      { type: 'start', bound: { kind: 'days', days: 3 }, timeLimitMs: 60_000 },
      { type: 'start', bound: { kind: 'weeks', weeks: 4 }, timeLimitMs: 10 },
      { type: 'start', bound: { kind: 'weeks', weeks: 4 }, timeLimitMs: 10_000_000 },
      { type: 'start', bound: { kind: 'weeks', weeks: 4 }, timeLimitMs: '60000' },
      { type: 'highlight' },
      { type: 'highlight', postId: 7 },
      { type: 'highlight', postId: 'x', commentId: null },
    ];
    for (const message of bad) expect(parseToContent(message), JSON.stringify(message)).toBeNull();
  });

  it('keep nothing they do not declare', () => {
    const parsed = parseToContent(JSON.parse('{"type":"cancel","__proto__":{"polluted":true},"extra":"<script>"}'));
    expect(parsed).toEqual({ type: 'cancel' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('messages from the content script', () => {
  const snapshot = readPage(parseHTML(buildFacebookPage(fjordvikSpec(NOW), { now: NOW, uiLocale: 'nb' })).document as unknown as Document, { url: FJORDVIK_URL, now: NOW });

  it('carry a snapshot that is taken whole when it is valid', () => {
    const parsed = parseFromContent(JSON.parse(JSON.stringify({ type: 'done', snapshot })));
    expect(parsed?.type).toBe('done');
    expect(parsed && parsed.type === 'done' ? parsed.snapshot : null).toEqual(snapshot);
    expect(parseFromContent({ type: 'progress', progress: { postsFound: 3, oldest: null, phase: 'scrolling' } })).not.toBeNull();
    expect(parseFromContent({ type: 'error', message: 'Facebook viser en innloggingsside.' })).not.toBeNull();
  });

  it('are dropped when a snapshot or any other part does not fit', () => {
    const post = snapshot.posts[0];
    const bad: unknown[] = [
      { type: 'done' },
      { type: 'done', snapshot: { ...snapshot, posts: 'many' } },
      { type: 'done', snapshot: { ...snapshot, status: 'great' } },
      { type: 'done', snapshot: { ...snapshot, posts: [{ ...post, time: { ...post.time, from: 'yesterday' } }] } },
      { type: 'done', snapshot: { ...snapshot, posts: [{ ...post, counts: { ...post.counts, reactions: -1 } }] } },
      { type: 'done', snapshot: { ...snapshot, posts: [{ ...post, comments: [{ id: 'c1' }] }] } },
      { type: 'progress', progress: { postsFound: -1, oldest: null, phase: 'x' } },
      { type: 'error' },
      { type: 'highlighted', found: 'yes' },
      { type: 'diagnostics', structure: { html: '<body>' } },
    ];
    for (const message of bad) expect(parseFromContent(message), JSON.stringify(message).slice(0, 120)).toBeNull();
  });
});

describe('which tabs can be audited', () => {
  it('only facebook.com and its subdomains', () => {
    expect(classifyTabUrl('https://www.facebook.com/fjordvikkommune')).toBe('facebook');
    expect(classifyTabUrl('https://facebook.com/x')).toBe('facebook');
    expect(classifyTabUrl('https://m.facebook.com/x')).toBe('facebook');
    for (const url of ['https://evilfacebook.com/', 'https://facebook.com.evil.example/', 'chrome://newtab/', 'about:blank', 'not a url']) {
      expect(classifyTabUrl(url), url).toBe('not-facebook');
    }
    expect(classifyTabUrl(undefined)).toBe('unknown');
  });
});
