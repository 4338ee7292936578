/**
 * Which kind of document the reader is looking at, before reading anything: the Comet layout it
 * reads, or one it must refuse honestly (mobile sites, classic desktop, a login wall, something
 * that is not a Facebook Page). A refused page yields a status and a plain statusDetail, never
 * ten «poor» verdicts.
 */
import type { PageSnapshot } from '../snapshot/schema';
import { queryFirst, SELECTORS } from '../facebook/selectors';

type Layout = PageSnapshot['layout'];
type Status = PageSnapshot['status'];

export interface LayoutVerdict {
  layout: Layout;
  /** set when the page cannot be read at all */
  blocked: { status: Extract<Status, 'unsupported-layout' | 'login-wall' | 'not-a-page'>; detail: string } | null;
}

/** Facebook paths that are not a Page: the news feed, groups, events, search, settings … */
const NOT_A_PAGE_PATH = /^\/(?:$|home\.php|groups\/|events\/|watch|marketplace|gaming|search|settings|notifications|messages|friends|bookmarks|saved|stories\/|reel\/?$|login|checkpoint|recover)/;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '/';
  }
}

function any(doc: Document, selectors: readonly string[]): boolean {
  return selectors.some((s) => doc.querySelector(s) !== null);
}

export function detectLayout(doc: Document, url: string): LayoutVerdict {
  const host = hostOf(url);
  const html = doc.documentElement;
  const isFacebookHost = host !== null && (host === 'facebook.com' || host.endsWith('.facebook.com'));
  const facebookMarkup =
    html?.getAttribute('id') === 'facebook' ||
    doc.querySelector('script[data-sjs], [data-pagelet], #m_newsfeed_stream, abbr[data-utime], link[href*="fbcdn.net"], img[src*="fbcdn.net"], script[src*="fbcdn.net"]') !== null;

  if (!isFacebookHost && !facebookMarkup) {
    return { layout: 'unknown', blocked: { status: 'not-a-page', detail: 'This is not a Facebook page. Open the municipality’s page on www.facebook.com and run the audit there.' } };
  }
  // The current layout's own hooks settle it: then the older layouts' markers are not looked for (each is a
  // search of the whole page, and a post may well link to mbasic.facebook.com).
  const cometMarked = any(doc, SELECTORS.cometMarkers);
  // classic first: its saved pages also carry mobile-looking markup
  if (!cometMarked && !host?.startsWith('m.') && !host?.startsWith('mbasic.') && any(doc, SELECTORS.classicUtime)) {
    return { layout: 'classic-desktop', blocked: { status: 'unsupported-layout', detail: 'This is the classic Facebook layout from before 2020 (a saved page). Only the current www.facebook.com layout is supported.' } };
  }
  if (host?.startsWith('mbasic.') || (!cometMarked && any(doc, SELECTORS.mbasicRoot))) {
    return { layout: 'mbasic', blocked: { status: 'unsupported-layout', detail: 'mbasic.facebook.com is not supported. Open the page on www.facebook.com in a desktop browser.' } };
  }
  if (host?.startsWith('m.') || host?.startsWith('touch.') || (!cometMarked && any(doc, SELECTORS.mobileRoot))) {
    return { layout: 'm-facebook', blocked: { status: 'unsupported-layout', detail: 'The mobile site m.facebook.com is not supported. Open the page on www.facebook.com in a desktop browser.' } };
  }

  const main = queryFirst(doc, 'main');
  const hasRendered = cometMarked || (main !== null && main !== doc.body && queryFirst(doc, 'pageName') !== null);
  // only asked when nothing is rendered: it reads every JSON block of the page
  const hasStructured = !hasRendered && doc.querySelector('script[type="application/json"][data-sjs]') !== null && /"creation_time"|"__typename":"Story"|ProfileTile/.test(
    Array.from(doc.querySelectorAll('script[type="application/json"]')).map((s) => (s.textContent ?? '').slice(0, 400_000)).join(''),
  );
  const layout: Layout = hasRendered ? 'comet' : hasStructured ? 'comet-ssr' : 'unknown';

  const path = pathOf(url);
  if (NOT_A_PAGE_PATH.test(path) && !/\/login/.test(path)) {
    return { layout, blocked: { status: 'not-a-page', detail: `This Facebook address (${path}) is not a Page: open the municipality’s own Page (facebook.com/<name>) and run the audit there.` } };
  }
  const cover = queryFirst(doc, 'cover');
  if (cover && SELECTORS.friendsLink.some((sel) => cover.querySelector(sel) !== null)) {
    return { layout, blocked: { status: 'not-a-page', detail: 'This looks like a person’s profile, not a Facebook Page. Open the municipality’s own Page and run the audit there.' } };
  }
  if (!hasRendered && !hasStructured && any(doc, SELECTORS.loginForm)) {
    return { layout, blocked: { status: 'login-wall', detail: 'Facebook shows a login form instead of the page. Log in to Facebook (or close the login box) and run the audit again.' } };
  }
  if (layout === 'unknown') {
    return { layout, blocked: { status: 'unsupported-layout', detail: 'The page does not look like any Facebook layout the reader knows. Save the diagnostics file and report it.' } };
  }
  return { layout, blocked: null };
}
