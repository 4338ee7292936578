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
  plainLinks.clear();
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

/** Characters that URLSearchParams neither decodes nor re-encodes: such a value is kept as it is written. */
const PLAIN_VALUE = /^[\w.*-]*$/;

/**
 * The common case without URLSearchParams (slow to build, and every comment has a link): a query
 * whose kept parameters are plain. Anything else returns undefined and takes the general path.
 */
function fastNormalizedUrl(href: string, base: string): string | null | undefined {
  if (/[\\\t\n\r]/.test(href)) return undefined;
  const hash = href.indexOf('#');
  const beforeHash = hash < 0 ? href : href.slice(0, hash);
  const q = beforeHash.indexOf('?');
  if (q < 0) return undefined;
  // the kept values by their place in KEEP_PARAMS (the first of each key counts, as in URLSearchParams.get)
  const values: Array<string | undefined> = [];
  for (const pair of beforeHash.slice(q + 1).split('&')) {
    const eq = pair.indexOf('=');
    const key = eq < 0 ? pair : pair.slice(0, eq);
    // «comment%5Fid» or «a+b» would decode to something else: the general path
    if (key.includes('%') || key.includes('+')) return undefined;
    const index = KEEP_PARAMS.indexOf(key);
    if (index < 0 || values[index] !== undefined) continue;
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    if (!PLAIN_VALUE.test(value)) return undefined;
    values[index] = value;
  }
  const params: Array<[string, string]> = [];
  for (let i = 0; i < KEEP_PARAMS.length; i++) if (values[i] !== undefined) params.push([KEEP_PARAMS[i], values[i]!]);
  const query = params.map(([key, value]) => `${key}=${value}`).join('&');
  const path = beforeHash.slice(0, q);
  let originAndPath = plainFacebookPath(path, base);
  const plain = originAndPath !== null;
  if (originAndPath === null) {
    try {
      const url = new URL(path, base);
      originAndPath = `${url.origin}${url.pathname}`;
    } catch {
      return null;
    }
  }
  const trimmed = originAndPath.replace(/\/$/, '');
  const normalizedHref = `${trimmed}${query ? `?${query}` : ''}`;
  // what plainLink would work out from the text, known here already
  if (plain && trimmed.length >= FACEBOOK.length + 2) plainLinks.set(normalizedHref, { path: trimmed.slice(FACEBOOK.length), params });
  return normalizedHref;
}

const FACEBOOK = 'https://www.facebook.com';
/** Path characters the URL parser keeps as they are, with no «.» or «..» segment (which it would resolve). */
const PLAIN_PATH = /^\/(?!\/)[\w\-.~!$&()*+,;=:@%/]*$/;
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;

/** «/name/posts/…» or «https://www.facebook.com/name/posts/…» as origin + path, when no parsing is needed. */
function plainFacebookPath(path: string, base: string): string | null {
  if (base !== `${FACEBOOK}/`) return null;
  const rest = path.startsWith(`${FACEBOOK}/`) ? path.slice(FACEBOOK.length) : path;
  if (!PLAIN_PATH.test(rest) || DOT_SEGMENT.test(rest) || /%(?![0-9a-f]{2})/i.test(rest)) return null;
  return `${FACEBOOK}${rest}`;
}

function computeNormalizedUrl(href: string, base: string): string | null {
  const fast = fastNormalizedUrl(href, base);
  if (fast !== undefined) return fast;
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

/**
 * A normalised link whose URL object would give back exactly its own text: www.facebook.com, a
 * plain path (./plainFacebookPath) that is more than «/», and kept parameters with plain values.
 * Its path and parameters are then read off the text; any other link goes through URL.
 */
interface PlainLink {
  path: string;
  params: Array<[string, string]>;
}
const plainLinks = new Map<string, PlainLink | null>();

function plainLink(n: string): PlainLink | null {
  let known = plainLinks.get(n);
  if (known === undefined) {
    known = computePlainLink(n);
    plainLinks.set(n, known);
  }
  return known;
}

function computePlainLink(n: string): PlainLink | null {
  if (!n.startsWith(`${FACEBOOK}/`)) return null;
  const q = n.indexOf('?');
  const path = q < 0 ? n.slice(FACEBOOK.length) : n.slice(FACEBOOK.length, q);
  if (path.length < 2 || plainFacebookPath(path, `${FACEBOOK}/`) === null) return null;
  const params: Array<[string, string]> = [];
  if (q >= 0) {
    for (const pair of n.slice(q + 1).split('&')) {
      const eq = pair.indexOf('=');
      if (eq < 0) return null;
      const key = pair.slice(0, eq);
      const value = pair.slice(eq + 1);
      if (!KEEP_PARAMS.includes(key) || !PLAIN_VALUE.test(value)) return null;
      params.push([key, value]);
    }
  }
  return { path, params };
}

function paramIn(link: PlainLink, name: string): string | null {
  for (const [key, value] of link.params) if (key === name) return value;
  return null;
}

/**
 * Whether two links normalise to the same URL (a comment author's link against the page's own).
 * Most author links are other people's: when the target's last path segment is made only of
 * characters the URL parser neither encodes nor produces, a link without that text cannot normalise
 * to it (the parser never decodes; it only drops tabs and line breaks), so it is ruled out without
 * being normalised.
 */
export function sameUrl(href: string, target: string): boolean {
  const goal = normalizeUrl(target);
  const segment = goal && /\/([\w.~-]+)(?:\?|$)/.exec(goal.replace(/^[a-z]+:\/\/[^/]*/i, ''))?.[1];
  if (segment && !/[\t\n\r]/.test(href) && !href.includes(segment)) return false;
  return normalizeUrl(href) === goal;
}

/** The post's permalink without comment parameters. */
export function postUrl(href: string): string | null {
  const n = normalizeUrl(href);
  if (!n) return null;
  const plain = plainLink(n);
  if (plain) {
    const query = plain.params.filter(([key]) => key !== 'comment_id' && key !== 'reply_comment_id').map(([key, value]) => `${key}=${value}`).join('&');
    return `${FACEBOOK}${plain.path}${query ? `?${query}` : ''}`;
  }
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
  const plain = plainLink(n);
  const url = plain ? null : parsedUrl(n);
  const pathname = plain ? plain.path : url!.pathname;
  const search = plain ? n.slice(FACEBOOK.length + plain.path.length) : url!.search;
  const pf = /pfbid0\w+/.exec(pathname + search);
  if (pf) return pf[0];
  const get = (name: string) => (plain ? paramIn(plain, name) : url!.searchParams.get(name));
  const fbid = get('story_fbid') ?? get('fbid') ?? get('v');
  if (fbid) return fbid;
  const m = /\/(?:posts|videos|photos|reel)\/(?:[^/]+\/)?(\d{5,})/.exec(pathname);
  return m ? m[1] : null;
}

export function paramOf(href: string, name: string): string | null {
  const n = normalizeUrl(href);
  if (!n) return null;
  const plain = plainLink(n);
  if (plain) return paramIn(plain, name);
  // normalised queries are built from plain values in the common case: read those without a URL object
  // (a normalised non-web link, «mailto:…?id=2», is no URL at all)
  const q = n.indexOf('?');
  if (q < 0) return null;
  for (const pair of n.slice(q + 1).split('&')) {
    const eq = pair.indexOf('=');
    if (pair.slice(0, eq < 0 ? pair.length : eq) !== name) continue;
    const value = eq < 0 ? '' : pair.slice(eq + 1);
    return PLAIN_VALUE.test(value) ? value : parsedUrl(n).searchParams.get(name);
  }
  return null;
}
