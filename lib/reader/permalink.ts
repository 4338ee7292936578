/** Permalinks: normalised (tracking parameters dropped, absolute) and reduced to a stable post id. */
import { POST_PERMALINK } from '../facebook/selectors';

const KEEP_PARAMS = ['story_fbid', 'id', 'fbid', 'v', 'comment_id', 'reply_comment_id', 'set'];

/**
 * Links are normalised many times over during one read (a post's link for its id, its URL and each
 * parameter): the results are kept for the length of one read. readPage clears them when it starts,
 * so nothing is carried from one read to the next.
 */
const normalized = new Map<string, string | null>();
const parsed = new Map<string, URL>();

export function startPermalinkRead(): void {
  normalized.clear();
  parsed.clear();
}

function parsedUrl(normalizedHref: string): URL {
  let url = parsed.get(normalizedHref);
  if (!url) {
    url = new URL(normalizedHref);
    parsed.set(normalizedHref, url);
  }
  return url;
}

export function normalizeUrl(href: string, base = 'https://www.facebook.com/'): string | null {
  const key = base === 'https://www.facebook.com/' ? href : `${base}\u0000${href}`;
  const known = normalized.get(key);
  if (known !== undefined) return known;
  const value = computeNormalizedUrl(href, base);
  normalized.set(key, value);
  return value;
}

function computeNormalizedUrl(href: string, base: string): string | null {
  try {
    const url = new URL(href.replace(/\\\//g, '/'), base);
    const kept = new URLSearchParams();
    for (const key of KEEP_PARAMS) {
      const value = url.searchParams.get(key);
      if (value !== null) kept.set(key, value);
    }
    const query = kept.toString();
    return `${url.origin}${url.pathname.replace(/\/$/, '')}${query ? `?${query}` : ''}`;
  } catch {
    return null;
  }
}

/** The post's permalink without comment parameters. */
export function postUrl(href: string): string | null {
  const n = normalizeUrl(href);
  if (!n) return null;
  const url = new URL(n); // changed below: not the shared parsed copy
  url.searchParams.delete('comment_id');
  url.searchParams.delete('reply_comment_id');
  return url.toString().replace(/\?$/, '');
}

export function isPostPermalink(href: string): boolean {
  return POST_PERMALINK.test(href);
}

/** pfbid…, a numeric story id, or null. */
export function storyIdOf(href: string): string | null {
  const n = normalizeUrl(href);
  if (!n) return null;
  const url = parsedUrl(n);
  const pf = /pfbid0\w+/.exec(url.pathname + url.search);
  if (pf) return pf[0];
  const fbid = url.searchParams.get('story_fbid') ?? url.searchParams.get('fbid') ?? url.searchParams.get('v');
  if (fbid) return fbid;
  const m = /\/(?:posts|videos|photos|reel)\/(?:[^/]+\/)?(\d{5,})/.exec(url.pathname);
  return m ? m[1] : null;
}

export function paramOf(href: string, name: string): string | null {
  const n = normalizeUrl(href);
  return n ? parsedUrl(n).searchParams.get(name) : null;
}
