/** Permalinks: normalised (tracking parameters dropped, absolute) and reduced to a stable post id. */
import { POST_PERMALINK } from '../facebook/selectors';

const KEEP_PARAMS = ['story_fbid', 'id', 'fbid', 'v', 'comment_id', 'reply_comment_id', 'set'];
const FACEBOOK = 'https://www.facebook.com';
/** The base links are resolved against by default (also the prefix of a plain link) */
const FACEBOOK_BASE = `${FACEBOOK}/`;

/**
 * Links are normalised many times over during one read (a post's link for its id, its URL and each
 * parameter): the results are kept for the length of one read. readPage clears them when it starts,
 * so nothing is carried from one read to the next.
 */
interface Normalized {
  /** the normalised link, or null when it is no link at all */
  url: string | null;
  /** its path and parameters, read off the text (./plainLink); undefined until asked */
  plain?: PlainLink | null;
}
/** by the link as written (and its base, when not the default): one entry per link, so each link is hashed once */
const normalized = new Map<string, Normalized>();
const parsed = new Map<string, URL>();
/** sameUrl's last target, its normalised form and last path segment (for this read only) */
let sameUrlTarget: { target: string; goal: string | null; segment: string | null } | null = null;

export function startPermalinkRead(): void {
  normalized.clear();
  parsed.clear();
  plainPaths.clear();
  sameUrlTarget = null;
}

function parsedUrl(normalizedHref: string): URL {
  let url = parsed.get(normalizedHref);
  if (!url) {
    url = new URL(normalizedHref);
    parsed.set(normalizedHref, url);
  }
  return url;
}

function normalizedEntry(href: string, base = FACEBOOK_BASE): Normalized {
  const key = base === FACEBOOK_BASE ? href : `${base}\u0000${href}`;
  let known = normalized.get(key);
  if (known === undefined) {
    known = computeNormalizedUrl(href, base);
    normalized.set(key, known);
  }
  return known;
}

export function normalizeUrl(href: string, base = FACEBOOK_BASE): string | null {
  return normalizedEntry(href, base).url;
}

/** Characters that URLSearchParams neither decodes nor re-encodes: such a value is kept as it is written. */
const PLAIN_VALUE = /^[\w.*-]*$/;

/** Whether href[from, to) is made of PLAIN_VALUE's characters, read in place (no substring made). */
function plainValueAt(href: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = href.charCodeAt(i);
    // 0-9 A-Z a-z _ . * -
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 46 || c === 42 || c === 45)) return false;
  }
  return true;
}

/** The place of href[from, to) in KEEP_PARAMS, or -1; compared in place. */
function keptKeyAt(href: string, from: number, to: number): number {
  const length = to - from;
  for (let k = 0; k < KEEP_PARAMS.length; k++) if (KEEP_PARAMS[k].length === length && href.startsWith(KEEP_PARAMS[k], from)) return k;
  return -1;
}

/** Origin + path of each plain path seen in this read: a post's comments all link below the same path. */
const plainPaths = new Map<string, string | null>();

/**
 * The common case without URLSearchParams (slow to build, and every comment has a link): a query
 * whose kept parameters are plain. Anything else returns undefined and takes the general path.
 * The query is read in place, pair by pair, without splitting it into strings.
 */
function fastNormalizedUrl(href: string, base: string): Normalized | undefined {
  if (/[\\\t\n\r]/.test(href)) return undefined;
  const hash = href.indexOf('#');
  const end = hash < 0 ? href.length : hash;
  const q = href.indexOf('?');
  if (q < 0 || q > end) return undefined;
  // the kept values by their place in KEEP_PARAMS (the first of each key counts, as in URLSearchParams.get)
  let values: Array<string | undefined> | null = null;
  // the next «%» and «+» at or after the pair being read (-1: none left)
  let percent = href.indexOf('%', q);
  let plus = href.indexOf('+', q);
  for (let from = q + 1; from <= end; ) {
    let amp = href.indexOf('&', from);
    if (amp < 0 || amp > end) amp = end;
    let eq = href.indexOf('=', from);
    if (eq > amp) eq = -1;
    const keyEnd = eq < 0 ? amp : eq;
    // «comment%5Fid» or «a+b» would decode to something else: the general path
    if (percent >= 0 && percent < from) percent = href.indexOf('%', from);
    if (plus >= 0 && plus < from) plus = href.indexOf('+', from);
    if ((percent >= 0 && percent < keyEnd) || (plus >= 0 && plus < keyEnd)) return undefined;
    const index = keptKeyAt(href, from, keyEnd);
    if (index >= 0 && values?.[index] === undefined) {
      const valueFrom = eq < 0 ? amp : eq + 1;
      if (!plainValueAt(href, valueFrom, amp)) return undefined;
      (values ??= [])[index] = href.slice(valueFrom, amp);
    }
    from = amp + 1;
  }
  const params: Array<[string, string]> = [];
  let query = '';
  if (values) {
    for (let i = 0; i < KEEP_PARAMS.length; i++) {
      if (values[i] === undefined) continue;
      params.push([KEEP_PARAMS[i], values[i]!]);
      query += `${query ? '&' : '?'}${KEEP_PARAMS[i]}=${values[i]}`;
    }
  }
  const path = href.slice(0, q);
  let trimmed = base === FACEBOOK_BASE ? plainPaths.get(path) : null;
  if (trimmed === undefined) {
    trimmed = plainFacebookPath(path, base)?.replace(/\/$/, '') ?? null;
    plainPaths.set(path, trimmed);
  }
  const plain = trimmed !== null;
  if (trimmed === null) {
    try {
      const url = new URL(path, base);
      trimmed = `${url.origin}${url.pathname}`.replace(/\/$/, '');
    } catch {
      return { url: null };
    }
  }
  // what plainLink would work out from the text, known here already
  return { url: `${trimmed}${query}`, plain: plain && trimmed.length >= FACEBOOK.length + 2 ? { path: trimmed.slice(FACEBOOK.length), params } : undefined };
}

/** Path characters the URL parser keeps as they are, with no «.» or «..» segment (which it would resolve). */
const PLAIN_PATH = /^\/(?!\/)[\w\-.~!$&()*+,;=:@%/]*$/;
const DOT_SEGMENT = /(?:^|\/)(?:\.|%2e){1,2}(?:\/|$)/i;

/** «/name/posts/…» or «https://www.facebook.com/name/posts/…» as origin + path, when no parsing is needed. */
function plainFacebookPath(path: string, base: string): string | null {
  if (base !== FACEBOOK_BASE) return null;
  const rest = path.startsWith(FACEBOOK_BASE) ? path.slice(FACEBOOK.length) : path;
  if (!PLAIN_PATH.test(rest) || DOT_SEGMENT.test(rest) || /%(?![0-9a-f]{2})/i.test(rest)) return null;
  return `${FACEBOOK}${rest}`;
}

function computeNormalizedUrl(href: string, base: string): Normalized {
  const fast = fastNormalizedUrl(href, base);
  if (fast !== undefined) return fast;
  return { url: slowNormalizedUrl(href, base) };
}

function slowNormalizedUrl(href: string, base: string): string | null {
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
/** The plain parts of a link's normalised form (null when it is not plain), worked out once per link. */
function plainLink(entry: Normalized): PlainLink | null {
  if (entry.plain === undefined) entry.plain = entry.url === null ? null : computePlainLink(entry.url);
  return entry.plain;
}

function computePlainLink(n: string): PlainLink | null {
  if (!n.startsWith(FACEBOOK_BASE)) return null;
  const q = n.indexOf('?');
  const path = q < 0 ? n.slice(FACEBOOK.length) : n.slice(FACEBOOK.length, q);
  if (path.length < 2 || plainFacebookPath(path, FACEBOOK_BASE) === null) return null;
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
  // one target (the page's own link) against every comment author's: its form worked out once
  if (target !== sameUrlTarget?.target) {
    const goal = normalizeUrl(target);
    sameUrlTarget = { target, goal, segment: (goal && /\/([\w.~-]+)(?:\?|$)/.exec(goal.replace(/^[a-z]+:\/\/[^/]*/i, ''))?.[1]) || null };
  }
  const { goal, segment } = sameUrlTarget;
  if (segment && !/[\t\n\r]/.test(href) && !href.includes(segment)) return false;
  return normalizeUrl(href) === goal;
}

/** The post's permalink without comment parameters. */
export function postUrl(href: string): string | null {
  const entry = normalizedEntry(href);
  const n = entry.url;
  if (!n) return null;
  const plain = plainLink(entry);
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
  const entry = normalizedEntry(href);
  const n = entry.url;
  if (!n) return null;
  const plain = plainLink(entry);
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
  const entry = normalizedEntry(href);
  const n = entry.url;
  if (!n) return null;
  const plain = plainLink(entry);
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
