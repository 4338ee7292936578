/**
 * Every CSS selector the reader uses, each with alternatives, tried in order (like refined-github's
 * selector lists). Hooks come from ../../../shared/facebook-dom.md; generated class names
 * (`x1a2a7pz`) are never used. Interface words are not here: they live in ./ui-strings/.
 * A class named here is the only kind the CLI keeps when it parses a saved page (../cli/unread-classes.ts).
 */
export const SELECTORS = {
  main: ['[role="main"]', '#mount_0_0 [role="main"]', 'body'],
  /** the page's name in the profile header */
  pageName: ['[data-pagelet="ProfileCover"] h1', '[role="main"] h1', 'h1', '[data-pagelet="ProfileCover"] h2 span'],
  cover: ['[data-pagelet="ProfileCover"]', '[role="main"] > div:first-child'],
  /** the intro box on the timeline */
  intro: ['[data-pagelet="ProfileTilesFeed_0"]', '[data-pagelet^="ProfileTilesFeed"]', '[data-pagelet="ProfileTileIntro"]'],
  /** the About tab's content */
  aboutSection: ['[data-pagelet="ProfileAppSection_0"]', '[data-pagelet^="ProfileAppSection"]'],
  /** text runs inside intro/about items */
  textRun: ['span[dir="auto"]', 'div[dir="auto"]'],
  feed: ['[data-pagelet="ProfileTimeline"] [role="feed"]', '[role="feed"]', '[data-pagelet="ProfileTimeline"]'],
  /** one post; logged out it is role=article, logged in it carries aria-posinset */
  post: ['div[aria-posinset]', 'div[role="article"]:not([aria-label])', '[data-pagelet^="FeedUnit_"] > div'],
  /** feed units, for counting when no post hook is found */
  feedUnit: ['[data-pagelet^="FeedUnit_"]'],
  postMessage: ['[data-ad-rendering-role="story_message"]', '[data-ad-preview="message"]', '[data-ad-comet-preview="message"]'],
  /** the post header's author (page or person) */
  postAuthor: ['h2 a strong', 'h3 a strong', 'h4 a strong', 'h2 a span', 'h4 a span'],
  /** any link: filtered by its href shape (permalink, comment_id) in code */
  link: ['a[href]'],
  comment: ['div[role="article"][aria-label]'],
  /** the comment author's name */
  commentAuthor: ['a[role="link"] span[dir="auto"]', 'a span[dir="auto"]', 'a[role="link"]:not([aria-hidden="true"])'],
  commentText: ['div[dir="auto"][style*="text-align"]', 'div[dir="auto"]', 'span[dir="auto"]:not(a span)'],
  /** the follower count links to the followers list in every language */
  followersLink: ['a[href*="/followers"]', 'a[href*="sk=followers"]'],
  /** a person's profile shows a friends count; a Page never does (its likes link is /friends_likes) */
  friendsLink: ['a[href*="/friends"]:not([href*="friends_likes"])', 'a[href*="sk=friends"]:not([href*="friends_likes"])'],
  reactionsToolbar: ['span[role="toolbar"]', '[role="toolbar"][aria-label]'],
  reactionButton: ['[role="button"][aria-label]'],
  button: ['[role="button"]', 'button'],
  /** a poll's options inside a post */
  poll: ['[role="radio"]', '[role="checkbox"]', 'input[type="radio"]'],
  /** the comment filter («Mest relevante» ▾) */
  commentFilter: ['div[role="button"][aria-haspopup="menu"]', '[aria-haspopup="menu"]'],
  menuItem: ['[role="menuitem"]', '[role="menuitemradio"]', '[role="option"]'],
  structuredData: ['script[type="application/json"][data-sjs]', 'script[type="application/json"]'],
  loginForm: ['form#login_form', 'form[action*="/login"]', 'input[name="pass"]', 'input[type="password"]'],
  loadingIndicator: ['[role="progressbar"]', '[aria-busy="true"]'],
  tab: ['[role="tablist"] [role="tab"]', 'a[role="tab"]'],
  /** hooks only the current (Comet) layout has, rendered */
  cometMarkers: ['[aria-posinset]', '[data-pagelet="ProfileTimeline"]', '[data-pagelet="ProfileCover"]', '[data-pagelet^="ProfileTilesFeed"]', '[role="main"] [role="article"]'],
  // other layouts, only to say «not supported»
  classicUtime: ['abbr[data-utime]', 'div.userContentWrapper'],
  mobileRoot: ['#viewport', '#m_newsfeed_stream', 'div[data-sigil]', '#MChromeHeader', 'div.story_body_container'],
  mbasicRoot: ['#mbasic_inline_feed', 'div#m-timeline-cover-section', 'a[href*="mbasic.facebook.com"]'],
} as const;

export type SelectorName = keyof typeof SELECTORS;

/**
 * For hooks that are usually absent: one selector that matches whenever any alternative does. It is
 * asked first, so that «none» costs one search of the document instead of one per alternative.
 */
export const ABSENCE_PROBES: Partial<Record<SelectorName, string>> = {
  aboutSection: '[data-pagelet^="ProfileAppSection"]',
};

/**
 * The first alternative of `name` that matches anything, and its matches, with `all` as the search
 * (a root's querySelectorAll, or an index of the document made in one walk: ../reader/doc-query.ts).
 */
export function allFirstOf(name: SelectorName, all: (selector: string) => Element[]): { selector: string | null; elements: Element[] } {
  for (const selector of SELECTORS[name]) {
    const found = all(selector);
    if (found.length) return { selector, elements: found };
  }
  return { selector: null, elements: [] };
}

/** The first match of the first alternative of `name` that has any, with `one` as the search; an absence probe first. */
export function firstOf(name: SelectorName, one: (selector: string) => Element | null): Element | null {
  const probe = ABSENCE_PROBES[name];
  if (probe && !one(probe)) return null;
  for (const selector of SELECTORS[name]) {
    const found = one(selector);
    if (found) return found;
  }
  return null;
}

export function queryAllFirst(root: ParentNode, name: SelectorName): { selector: string | null; elements: Element[] } {
  return allFirstOf(name, (selector) => Array.from(root.querySelectorAll(selector)));
}

export function queryFirst(root: ParentNode, name: SelectorName): Element | null {
  return firstOf(name, (selector) => root.querySelector(selector));
}

/** Permalink shapes of a post (language-independent). */
export const POST_PERMALINK = /\/(?:posts|videos|reel|photos)\/|\/permalink\.php|[?&]story_fbid=|\/photo\/?\?fbid=|[?&]fbid=|\/pfbid0/;
/** A comment's or reply's own link. */
export const COMMENT_LINK = /[?&]comment_id=/;
export const REPLY_LINK = /[?&]reply_comment_id=/;
