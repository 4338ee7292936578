/**
 * Reads a Facebook Page from a Document — synchronously, read-only — into a validated PageSnapshot.
 * Works on a live browser document and on a linkedom Document (the CLI reads saved pages): only
 * textContent / getAttribute / querySelector are used, never innerText or layout.
 *
 * Sources, in order of trust: the JSON blocks (exact creation_time, full message text), the
 * rendered DOM (roles, aria, data-* hooks and links), aria-labels. Each value records its source,
 * and coverage says per field what was found, from where, and what the user can do otherwise.
 */
import { coverageNote, type CoverageNote } from './coverage-notes';
import {
  PageSnapshotSchema, SNAPSHOT_VERSION,
  type CollectionBound, type CommentData, type CoverageEntry, type CoverageField, type Hours, type PageInfo, type PageSnapshot, type Post, type Source, type TimeValue,
} from '../snapshot/schema';
import { COMMENT_LINK, REPLY_LINK, queryFirst, SELECTORS } from '../facebook/selectors';
import { FACEBOOK_LOCALES, UI_STRINGS, matchNormalized, matchPattern, matchesUi, normalizeLabel, startsWithUi, uiMatcher, uiMayContain, uiPrefixMatcher, type FacebookLocale, type UiString, type UiStrings } from '../facebook/ui-strings';
import { exactTime, parseTimeLabel, timeLabelReader } from './parse-time';
import { flatText, leafText, outermost, textOf } from './dom-text';
import { parseCount } from './counts';
import { readStructuredData, type StructuredStory } from './structured-data';
import { isPostPermalink, normalizeUrl, paramOf, postUrl, sameUrl, startPermalinkRead, storyIdOf } from './permalink';
import { detectLayout } from './detect-layout';
import { NATIVE_QUERIES, PostScopes, ScopePlan, type ElementQueries, type ScopeQuery, type SelectorEngine } from './post-scopes';
import { docQuery, type DocQuery, type HookQuery } from './doc-query';
import { parseFast } from '../validation/parse-fast';

export const READER_VERSION = '0.3.0';

export interface ReadOptions {
  url: string;
  now: Date;
  bound?: CollectionBound;
  /** filled in by collectPage */
  collection?: PageSnapshot['collection'];
  /** tooltip texts read by hovering time links (collectPage), keyed by the link element */
  tooltips?: WeakMap<Element, string>;
  /**
   * How a post's elements are found. Absent: the DOM's own querySelectorAll, one per list and post
   * (fastest in a browser). WALK_ENGINE (./walk-engine.ts): the selectors compiled and matched in one
   * walk per post (fastest where the DOM's selector engine is JavaScript: linkedom in the CLI, jsdom).
   * Both give the same snapshot.
   */
  selectorEngine?: SelectorEngine;
}

// ---------------------------------------------------------------------------------------------
// locale

/** The viewer's interface language: <html lang>, else the locale whose labels the page uses most. */
export function detectUiLocale(doc: Document): FacebookLocale | 'unknown' {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  for (const loc of FACEBOOK_LOCALES) if (UI_STRINGS[loc].htmlLang.some((l) => l.toLowerCase() === lang || lang.startsWith(`${l.toLowerCase()}-`))) return loc;
  if (lang === 'no') return 'nb';
  // no usable lang attribute: count distinctive labels
  const labels = Array.from(doc.querySelectorAll('[role="button"], [role="article"][aria-label], h2, [role="tab"]'))
    .slice(0, 2000)
    .map((e) => e.getAttribute('aria-label') ?? flatText(e));
  // exact forms only: «Se mere» (da) must not count for «Se mer» (nb)
  const exact = (entry: UiString, t: string) => entry.forms.some((f) => f.toLowerCase() === t.toLowerCase());
  let best: FacebookLocale | 'unknown' = 'unknown';
  let bestScore = 0;
  for (const loc of FACEBOOK_LOCALES) {
    const L = UI_STRINGS[loc];
    const score = labels.filter((raw) => {
      const t = normalizeLabel(raw);
      return [L.seeMore, L.sendMessage, L.mostRelevant, L.intro, L.follow, L.like, L.share, L.viewMoreComments, L.about].some((e) => exact(e, t)) || startsWithUi(L.commentBy, t) !== null;
    }).length;
    if (score > bestScore) [best, bestScore] = [loc, score];
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// page info

function pageNameOf(doc: Document): { name: string | null; source: Source | null } {
  const el = queryFirst(doc, 'pageName');
  const text = flatText(el);
  if (text) return { name: text, source: 'dom' };
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  if (og) return { name: normalizeLabel(og), source: 'dom' };
  const title = doc.querySelector('title')?.textContent ?? '';
  const m = /^(?:\(\d+\)\s*)?(.+?)\s*[|–-]\s*Facebook$/.exec(normalizeLabel(title));
  return m ? { name: m[1], source: 'dom' } : { name: null, source: null };
}

/** Text runs of a container, outermost first, deduplicated, in document order. */
function textRuns(root: Element, dedupe = true): string[] {
  const runs = outermost(Array.from(root.querySelectorAll(SELECTORS.textRun.join(','))));
  const out: string[] = [];
  for (const run of runs) {
    const t = normalizeLabel(run.textContent ?? '');
    if (t && !(dedupe && out.includes(t))) out.push(t);
  }
  return out;
}

const ANSWERING_TIME = /[^.!?\n]*(?:bemann|betjen|bemand|bemannad|svarer|svarar|besvar|tilgjengelig|tilgængelig|tillgänglig|staffed|we answer|we reply|respond)[^.!?\n]*\d{1,2}(?:[.:]\d{2})?\s*[–-]\s*\d{1,2}(?:[.:]\d{2})?[^.!?\n]*/i;

const DAY_NAMES: Record<FacebookLocale, string[]> = {
  nb: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  nn: ['måndag', 'tysdag', 'onsdag', 'torsdag', 'fredag', 'laurdag', 'sundag'],
  da: ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'],
  sv: ['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag'],
  en: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
};

function pad(t: string): string {
  const [h, m = '00'] = t.split(/[.:]/);
  return `${h.padStart(2, '0')}:${m.padStart(2, '0')}`;
}

/** Day ranges such as «Mandag 08:00–15:30» from the About tab's text runs. */
function dayRanges(runs: string[], locale: FacebookLocale | 'unknown'): Hours['ranges'] {
  const locales = locale === 'unknown' ? FACEBOOK_LOCALES : [locale];
  const ranges: Hours['ranges'] = [];
  runs.forEach((run, i) => {
    const lower = run.toLowerCase();
    for (const loc of locales) {
      const day = DAY_NAMES[loc].findIndex((d) => lower === d || lower.startsWith(`${d} `) || lower.startsWith(`${d}:`));
      if (day < 0) continue;
      const text = lower === DAY_NAMES[loc][day] ? runs[i + 1] ?? '' : run;
      const m = /(\d{1,2}(?:[.:]\d{2})?)\s*[–-]\s*(\d{1,2}(?:[.:]\d{2})?)/.exec(text);
      if (m) ranges.push({ day, open: pad(m[1]), close: pad(m[2]) });
      return;
    }
  });
  return ranges;
}

function readPageInfo(doc: Document, query: HookQuery, url: string, L: UiStrings | null, locale: FacebookLocale | 'unknown', structuredIntro: string[]) {
  const Ls = L ? [L] : FACEBOOK_LOCALES.map((l) => UI_STRINGS[l]);
  const some = (pick: (x: UiStrings) => boolean) => Ls.some(pick);
  const { name, source: nameSource } = pageNameOf(doc);
  const introEl = queryFirst(doc, 'intro');
  const aboutEl = query.first('aboutSection');
  const coverEl = queryFirst(doc, 'cover');
  const onAbout = /\/about|[?&]sk=about/.test(url) || aboutEl !== null;

  // the intro's hours list (opened by the collector) repeats «08:00–15:30» per day: keep the sequence
  const introSequence = introEl ? textRuns(introEl, false) : [];
  let introRuns = introEl ? textRuns(introEl) : [];
  let introSource: Source | null = introEl ? 'dom' : null;
  if (!introRuns.length && structuredIntro.length) {
    introRuns = structuredIntro;
    introSource = 'structured-data';
  }
  // the About tab repeats day/time pairs («Mandag», «08:00–15:30», «Tirsdag», «08:00–15:30»): keep them all
  const aboutSequence = aboutEl ? textRuns(aboutEl, false) : [];
  const aboutRuns = [...new Set(aboutSequence)];
  const runs = [...introRuns, ...aboutRuns.filter((r) => !introRuns.includes(r))];

  // intro heading («Introduksjon») is chrome, not content
  const content = runs.filter((r) => !some((x) => matchesUi(x.intro, r)));
  let category: string | null = null;
  let categoryIndex = -1;
  content.forEach((r, i) => {
    if (category) return;
    const m = /^([^·•]{2,20})\s*[·•]\s*(.+)$/.exec(r);
    if (m && some((x) => x.pagePrefix.forms.some((f) => f.toLowerCase() === m[1].trim().toLowerCase()))) {
      category = m[2].trim();
      categoryIndex = i;
    }
  });

  let hoursState: Hours['state'] | null = null;
  const hoursRaw: string[] = [];
  for (const r of content) {
    const state = some((x) => matchesUi(x.openNow, r)) ? 'open-now' : some((x) => matchesUi(x.closedNow, r)) ? 'closed-now' : some((x) => matchesUi(x.alwaysOpen, r)) ? 'always-open' : null;
    if (state && !hoursState) {
      hoursState = state;
      hoursRaw.push(r);
    }
  }
  const aboutRanges = dayRanges(aboutSequence, locale);
  const ranges = aboutRanges.length ? aboutRanges : dayRanges(introSequence, locale);
  for (const r of ranges) hoursRaw.push(`${DAY_NAMES[locale === 'unknown' ? 'en' : locale][r.day]} ${r.open}–${r.close}`);
  const hours: Hours | null = hoursState || ranges.length
    ? { state: hoursState ?? 'unknown', ranges, raw: hoursRaw.slice(0, 20), source: introSource === 'structured-data' && !ranges.length ? 'structured-data' : 'dom' }
    : null;

  // the bio: the first free text before the category line (or the first long run)
  const isItem = (r: string, i: number) => i === categoryIndex || hoursRaw.includes(r) || /^[+\d][\d\s()-]{5,}$/.test(r) || /@/.test(r) && !/\s/.test(r) || /^(https?:\/\/|www\.)/.test(r) || /^[\w.-]+\.(no|dk|se|com|org|net)(\/\S*)?$/i.test(r);
  let bio: string | null = null;
  const introContent = content.filter((r) => introRuns.includes(r));
  const beforeCategory = categoryIndex > 0 ? introContent.slice(0, Math.min(categoryIndex, introContent.length)) : introContent;
  bio = beforeCategory.find((r, i) => !isItem(r, i) && r.length >= 15) ?? null;
  const isHoursLine = (r: string) => /^\d{1,2}(?:[.:]\d{2})?\s*[–-]\s*\d{1,2}/.test(r) || FACEBOOK_LOCALES.some((l) => DAY_NAMES[l].includes(r.toLowerCase()));
  const introItems = introContent.filter((r) => r !== bio && !isHoursLine(r)).slice(0, 40);

  const about = onAbout && aboutEl
    ? {
        texts: aboutRuns.slice(0, 60),
        links: Array.from(aboutEl.querySelectorAll('a[href]')).slice(0, 30).map((a) => {
          const href = a.getAttribute('href') ?? '';
          let target = href;
          try {
            const u = new URL(href, 'https://www.facebook.com/');
            target = u.hostname === 'l.facebook.com' ? u.searchParams.get('u') ?? href : u.toString();
          } catch {
            // keep the raw href
          }
          return { text: flatText(a), href: target };
        }).filter((l) => l.text),
      }
    : null;

  const answerSource = [bio ?? '', ...(about?.texts ?? [])].join('\n');
  const answering = ANSWERING_TIME.exec(answerSource)?.[0].trim() ?? null;

  // header: messaging, reply speed, followers, likes
  // the button's absence means «no messaging» only where the header was surely found (its own hook)
  const coverSure = doc.querySelector(SELECTORS.cover[0]) !== null;
  const header = coverSure ? coverEl : queryFirst(doc, 'main') ?? doc.body;
  const buttons = header ? Array.from(header.querySelectorAll(SELECTORS.button.join(','))) : [];
  const messageButton = buttons.find((b) => some((x) => matchesUi(x.sendMessage, b.getAttribute('aria-label')) || matchesUi(x.sendMessage, flatText(b))));
  const messagingOffered = messageButton ? true : coverSure ? false : null;
  const headerRuns = header ? Array.from(header.querySelectorAll('a, span, div')).filter((e) => e.children.length === 0 || e.tagName === 'A').map((e) => flatText(e)).filter(Boolean) : [];
  const replySpeed = headerRuns.find((t) => some((x) => startsWithUi(x.replySpeed, t) !== null)) ?? null;
  let followers: number | null = null;
  let likes: number | null = null;
  for (const t of [...headerRuns, ...introRuns]) {
    for (const x of Ls) {
      if (followers === null) {
        const f = matchPattern(x.followers, t);
        if (f) followers = parseCount(f);
      }
      if (likes === null) {
        const l = matchPattern(x.likes, t);
        if (l) likes = parseCount(l);
      }
    }
  }
  if (followers === null) {
    // language-independent: the count links to the followers list
    const link = queryFirst(header ?? doc, 'followersLink');
    if (link) followers = parseCount(flatText(link));
  }
  if (followers === null && structuredIntro.length) {
    for (const t of structuredIntro) for (const x of FACEBOOK_LOCALES.map((l) => UI_STRINGS[l])) followers ??= parseCount(matchPattern(x.followers, t));
  }

  const page: PageInfo = {
    name,
    url,
    category,
    bio,
    about,
    introItems,
    hours,
    answeringTimes: answering,
    messaging: { offered: messagingOffered, replySpeed },
    followers,
    likes,
  };
  return { page, nameSource, introSource, onAbout, introFound: introEl !== null || introSource === 'structured-data' };
}

// ---------------------------------------------------------------------------------------------
// posts and comments

/**
 * The most posts one read takes, in feed order: as many as the largest «N posts» bound, far more than
 * any «N weeks» bound needs. A page scrolled much further is not read beyond it (bounded time and memory).
 */
export const READ_POST_LIMIT = 2000;

function postElements(doc: Document, query: DocQuery): Element[] {
  const feed = queryFirst(doc, 'feed') ?? queryFirst(doc, 'main') ?? doc.body;
  if (!feed) return [];
  // the first alternative with any post that is not a comment (comments are articles too)
  for (const selector of SELECTORS.post) {
    const found = query.outermost(selector, feed).filter((e) => !isCommentArticle(e));
    if (found.length) return found;
  }
  return [];
}

function isCommentArticle(el: Element): boolean {
  return el.getAttribute('role') === 'article' && el.hasAttribute('aria-label');
}


/** The labels tested against many text runs, compiled once per read. */
function uiMatchers(Ls: UiStrings[]) {
  return {
    seeMore: uiMatcher(Ls.map((x) => x.seeMore)),
    pinned: uiMatcher(Ls.map((x) => x.pinned)),
    authorBadge: uiMatcher(Ls.map((x) => x.authorBadge)),
    pinnedOrBadge: uiMatcher(Ls.flatMap((x) => [x.pinned, x.authorBadge])),
    mayHavePinnedOrBadge: uiMayContain(Ls.flatMap((x) => [x.pinned, x.authorBadge])),
    replyBy: uiPrefixMatcher(Ls.map((x) => x.replyBy)),
  };
}
type UiMatchers = ReturnType<typeof uiMatchers>;

/**
 * What is read from every post and comment, matched in one walk of each post (./post-scopes.ts).
 * The later alternatives of a selector list are asked only when the first finds nothing.
 */
function scopeQueries(match: UiMatchers, engine: SelectorEngine | null) {
  const one = (selector: string): ScopeQuery => ({ selector });
  // asked only of the post itself: a walk does not look for them in the comments
  const ownOnly = (selector: string): ScopeQuery => ({ selector, ownOnly: true });
  const queries = {
    links: one('a[href]'),
    message: SELECTORS.postMessage.map(ownOnly),
    toolbar: SELECTORS.reactionsToolbar.map(ownOnly),
    // «12 kommentarer»: a count only parses from a leading digit, so other buttons are dropped at once
    buttons: { selector: '[role="button"]', filter: (e: Element) => /^\s*\d/.test(e.textContent ?? ''), ownOnly: true },
    commentFilter: SELECTORS.commentFilter.map(one),
    // asked one by one: the browser matches a list of three slower than three single selectors (3.4 vs 1.8 ms for 500 posts)
    poll: SELECTORS.poll.map(one),
    // short label runs without children: «Festet innlegg» in a post's header, «Forfatter» beside a comment by the page
    labels: ['span', 'div'].map((selector) => ({ selector, filter: (e: Element) => match.pinnedOrBadge(leafText(e)) })),
    author: SELECTORS.commentAuthor.map(one),
    commentText: SELECTORS.commentText.map(one),
    dirAuto: ownOnly('div[dir="auto"]'),
  };
  // selector lists are asked alternative by alternative: the browser matches a list slower than its parts
  const plan = new ScopePlan([queries.links, ...queries.message, ...queries.toolbar, queries.buttons, ...queries.commentFilter, ...queries.poll, ...queries.labels, queries.author[0], queries.commentText[0]], engine);
  return { queries, plan };
}
type ScopeQueries = ReturnType<typeof scopeQueries>['queries'];

/** The matches of the first alternative that has any: the alternatives of a selector are tried in order. */
function firstFound(alternatives: ScopeQuery[], find: (query: ScopeQuery) => Element[]): Element[] {
  for (const query of alternatives) {
    const found = find(query);
    if (found.length) return found;
  }
  return [];
}

/** The post's own first match of the first alternative that has one. */
function firstOwn(scopes: PostScopes, alternatives: ScopeQuery[]): Element | null {
  for (const query of alternatives) {
    const found = scopes.firstOwn(query);
    if (found) return found;
  }
  return null;
}

const COARSE = new Set<TimeValue['precision']>(['hour', 'day', 'week', 'month', 'year']);

/**
 * A coarse time refined by the link's hover tooltip («lørdag 7. februar 2026 kl. 17:43»), when one was
 * read and agrees with the coarse interval (a day of slack for time zones and label rounding).
 */
function refineWithTooltip(time: TimeValue | null, link: Element | null | undefined, tooltips: WeakMap<Element, string> | undefined, locale: FacebookLocale | 'unknown', now: Date): TimeValue | null {
  if (!link || !tooltips || (time && !COARSE.has(time.precision))) return time;
  const text = tooltips.get(link);
  if (!text) return time;
  const fine = parseTimeLabel(text, locale, now, 'tooltip');
  if (!fine) return time;
  if (time && (Date.parse(fine.from) > Date.parse(time.to) + 86_400_000 || Date.parse(fine.to) < Date.parse(time.from) - 86_400_000)) return time;
  return fine;
}

/** What every post and comment of one read is read with. */
interface PostReadContext {
  pageName: string | null;
  pageUrl: string;
  Ls: UiStrings[];
  match: UiMatchers;
  locale: FacebookLocale | 'unknown';
  now: Date;
  parseTime: ReturnType<typeof timeLabelReader>;
  tooltips?: WeakMap<Element, string>;
  /** closest / querySelector(All) below a post: the engine's where it has them (./post-scopes.ts) */
  dom: ElementQueries;
}

function readComment(scopes: PostScopes, q: ScopeQueries, post: number, j: number, badged: Set<number>, { pageName, pageUrl, Ls, match, locale, now, parseTime, tooltips, dom }: PostReadContext) {
  const article = scopes.comments[j];
  const label = article.getAttribute('aria-label') ?? '';
  const links = scopes.ofComment(j, q.links);
  let href = '';
  // each link's href is read once (the time link's is kept)
  const hrefs = links.map((a) => a.getAttribute('href') ?? '');
  const timeAt = hrefs.findIndex((h) => COMMENT_LINK.test(h));
  const timeLink = timeAt < 0 ? undefined : links[timeAt];
  if (timeLink) href = hrefs[timeAt];
  const isReply = REPLY_LINK.test(href) || match.replyBy(label);
  const commentId = paramOf(href, 'comment_id');
  const replyId = paramOf(href, 'reply_comment_id');

  let author: string | null = null;
  for (const query of q.author) {
    const el = scopes.ofComment(j, query).find((e) => !timeLink?.contains(e));
    const t = flatText(el);
    if (t) {
      author = t;
      break;
    }
  }
  if (!author) {
    for (const x of Ls) {
      const prefix = startsWithUi(x.commentBy, label) ?? startsWithUi(x.replyBy, label);
      if (prefix) {
        const rest = normalizeLabel(label).slice(prefix.length).trim();
        author = rest.split(/\s+(?:for|för|på|to|til|sin|\d)\b/)[0]?.trim() || null;
        break;
      }
    }
  }

  const authorAt = links.findIndex((a, i) => !COMMENT_LINK.test(hrefs[i]) && flatText(a) === author);
  const authorHref = authorAt < 0 ? null : hrefs[authorAt];
  const badge = badged.has(j);
  const authorIsPage = (pageName !== null && author === pageName) || badge || (authorHref !== null && sameUrl(authorHref, pageUrl));

  let text = '';
  for (const query of q.commentText) {
    const runs = scopes.ofComment(j, query).filter((e) => !dom.closest(e, 'a') && flatText(e) !== author);
    const outer = outermost(runs);
    if (outer.length) {
      text = outer.map((e) => textOf(e, { skipButtons: true })).filter(Boolean).join('\n');
      if (text) break;
    }
  }

  const labelTime = timeLink ? flatText(timeLink) : '';
  let time: TimeValue | null = labelTime ? parseTime(labelTime, 'dom') : null;
  if (!time && label) {
    // «Kommentar fra NAME for 3 timer siden»: the time is the tail of the aria-label
    const tail = /((?:for|för)\s.+\s(?:siden|sidan|sedan)|\d+\s+\w+\s+ago|about an? \w+ ago)$/i.exec(normalizeLabel(label))?.[1];
    if (tail) time = parseTime(tail, 'aria-label');
  }
  time = refineWithTooltip(time, timeLink, tooltips, locale, now);

  const comment: CommentData = {
    id: (isReply ? replyId : commentId) ?? `c${post}-${j}`,
    author,
    authorIsPage,
    text,
    time,
    permalink: timeLink ? normalizeUrl(href) : null,
    replies: [],
  };
  return { comment, isReply, parentId: isReply ? commentId : null, timeLabel: labelTime };
}

function readPosts(found: Element[], page: PageInfo, Ls: UiStrings[], locale: FacebookLocale | 'unknown', now: Date, stories: StructuredStory[], unknownLabels: Set<string>, engine: SelectorEngine | null, tooltips?: WeakMap<Element, string>): { posts: Post[]; capped: boolean } {
  const byUrl = new Map<string, StructuredStory>();
  const byId = new Map<string, StructuredStory>();
  for (const s of stories) {
    if (s.url) {
      const u = postUrl(s.url);
      if (u) byUrl.set(u, s);
      const id = storyIdOf(s.url);
      if (id) byId.set(id, s);
    }
    if (s.postId) byId.set(s.postId, s);
  }

  const posts: Post[] = [];
  const elements = found.slice(0, READ_POST_LIMIT);
  const match = uiMatchers(Ls);
  const { queries: q, plan } = scopeQueries(match, engine);
  const parseTime = timeLabelReader(locale, now);
  const dom = engine?.queries ?? NATIVE_QUERIES;
  const context: PostReadContext = { pageName: page.name, pageUrl: page.url, Ls, match, locale, now, parseTime, tooltips, dom };
  elements.forEach((el, i) => {
    const scopes = new PostScopes(el, plan);
    const comments = scopes.comments;
    const links = scopes.own(q.links);
    const permalinkEl = links.find((a) => isPostPermalink(a.getAttribute('href') ?? '') && !COMMENT_LINK.test(a.getAttribute('href') ?? ''));
    const href = permalinkEl?.getAttribute('href') ?? null;
    const permalink = href ? postUrl(href) : null;
    const storyId = href ? storyIdOf(href) : null;
    const structured = (permalink && byUrl.get(permalink)) || (storyId && byId.get(storyId)) || null;

    let time: TimeValue | null = null;
    if (structured?.creationTime) time = exactTime(new Date(structured.creationTime * 1000), 'structured-data');
    if (!time && permalinkEl) {
      const label = flatText(permalinkEl) || permalinkEl.getAttribute('aria-label') || '';
      time = parseTime(label, 'dom');
      if (!time) {
        const aria = permalinkEl.getAttribute('aria-label');
        if (aria) time = parseTime(aria, 'aria-label');
      }
      time = refineWithTooltip(time, permalinkEl, tooltips, locale, now);
      if (!time && label) unknownLabels.add(label.slice(0, 80));
    }

    const messageEl: Element | null = firstOwn(scopes, q.message);
    let text = messageEl ? textOf(messageEl, { skipButtons: true }) : '';
    const messageButtons = messageEl ? dom.all(messageEl, '[role="button"]') : [];
    const knownSeeMore = messageButtons.some((b) => match.seeMore(b.textContent));
    // a button we do not know at the end of a text cut with «…» is a «See more» in words we lack
    const unknownButtons = messageButtons.filter((b) => !match.seeMore(b.textContent) && flatText(b));
    for (const b of unknownButtons) unknownLabels.add(flatText(b).slice(0, 80));
    const cut = knownSeeMore || (unknownButtons.length > 0 && /…$/.test(text));
    let textTruncated = cut;
    let source: Source = 'dom';
    if (structured?.text && (cut || !text)) {
      text = structured.text.trim();
      textTruncated = false;
      source = 'structured-data';
    }
    if (!messageEl && !text) {
      // no message hook: the longest dir=auto block outside the header and comments
      const blocks = outermost(scopes.own(q.dirAuto).filter((d) => !dom.closest(d, 'h2, h3, h4')));
      text = blocks.map((b) => textOf(b, { skipButtons: true })).sort((a, b) => b.length - a.length)[0] ?? '';
    }

    // counts
    const toolbar = firstOwn(scopes, q.toolbar);
    let reactions: number | null = null;
    if (toolbar) {
      const labels = dom.all(toolbar, '[aria-label]').map((b) => b.getAttribute('aria-label') ?? '');
      const numbers = labels.map((l) => /:\s*([\d\s.,]+\s*(?:k|m|mill\.?)?)/i.exec(l)?.[1]).filter(Boolean).map((n) => parseCount(n!) ?? 0);
      if (numbers.length) reactions = numbers.reduce((a, b) => a + b, 0);
      const parent = toolbar.parentElement;
      const total = reactions === null && parent ? dom.first(parent, 'span[aria-hidden="true"]') : null;
      if (total) reactions = parseCount(flatText(total));
    }
    let commentCount: number | null = null;
    let shares: number | null = null;
    for (const b of scopes.own(q.buttons)) {
      if (commentCount !== null && shares !== null) break;
      const t = flatText(b);
      if (!t) continue;
      for (const x of Ls) {
        const cc = commentCount === null ? matchNormalized(x.commentCount, t) : null;
        if (cc !== null) commentCount = parseCount(cc);
        const sc = shares === null ? matchNormalized(x.shareCount, t) : null;
        if (sc !== null) shares = parseCount(sc);
      }
    }
    if (toolbar || commentCount !== null || shares !== null) {
      reactions ??= 0;
      commentCount ??= 0;
      shares ??= 0;
    }

    // short label runs: «Festet innlegg» in the post's header, «Forfatter» beside a comment by the page
    // (most posts have neither word anywhere: their runs are not looked at)
    // (a walk engine has them listed already: none where the text has none of the words)
    const labelled = engine || match.mayHavePinnedOrBadge(el.textContent) ? scopes.withOwnersByText(q.labels, match.mayHavePinnedOrBadge) : [];
    const pinned = labelled.some(({ el: e, owner }) => owner === -1 && !messageEl?.contains(e) && match.pinned(e.textContent));
    const badged = new Set(labelled.filter(({ el: e, owner }) => owner >= 0 && match.authorBadge(e.textContent)).map(({ owner }) => owner));

    const authors = links
      // <strong> first: few links have one, and closest() climbs to the root
      .filter((a) => dom.first(a, 'strong') && dom.closest(a, 'h2, h3, h4'))
      .map((a) => flatText(a))
      .filter(Boolean);
    const sharedFrom = authors.find((a) => a !== page.name && a !== authors[0]) ?? (authors[0] && page.name && authors[0] !== page.name ? authors[0] : null) ?? null;
    const mentions = messageEl
      ? [...new Set(dom.all(messageEl, 'a[href]').filter((a) => !/hashtag|l\.facebook\.com/.test(a.getAttribute('href') ?? '')).map((a) => flatText(a)).filter((t) => t && !t.startsWith('#')))]
      : [];

    // a comment filter whose label we do not know: report it, so the tables can be corrected
    for (const f of firstFound(q.commentFilter, (query) => scopes.inPost(query))) {
      const label = flatText(f);
      if (label && !Ls.some((x) => matchesUi(x.mostRelevant, label) || matchesUi(x.allComments, label) || matchesUi(x.newest, label))) unknownLabels.add(label.slice(0, 80));
    }

    // comments, with replies attached to their parents
    const read = comments.map((_, j) => readComment(scopes, q, i, j, badged, context));
    const top: CommentData[] = [];
    const byCommentId = new Map<string, CommentData>();
    let lastTop: CommentData | null = null;
    for (const r of read) {
      if (!r.isReply) {
        top.push(r.comment);
        byCommentId.set(r.comment.id, r.comment);
        lastTop = r.comment;
        if (!r.comment.time && r.timeLabel) unknownLabels.add(r.timeLabel.slice(0, 80));
      } else {
        const parent = (r.parentId && byCommentId.get(r.parentId)) || lastTop;
        if (parent) parent.replies.push(r.comment);
        else top.push(r.comment);
      }
    }

    posts.push({
      id: storyId ?? structured?.postId ?? `post-${i}`,
      permalink,
      time,
      text,
      textTruncated,
      counts: { reactions, comments: commentCount, shares },
      pinned,
      sharedFrom,
      mentions,
      hasPoll: q.poll.some((query) => scopes.has(query)),
      comments: top,
      source,
    });
  });

  // the same story can be rendered twice (a featured section, a re-render): keep the first
  const seenIds = new Set<string>();
  const unique = posts.filter((p) => {
    const key = p.permalink ?? p.id;
    if (seenIds.has(key)) return false;
    seenIds.add(key);
    return true;
  });
  posts.length = 0;
  posts.push(...unique);

  // the server-rendered page (comet-ssr) has stories only in JSON
  if (!posts.length && stories.length) {
    stories.forEach((s, i) => {
      posts.push({
        id: (s.url && storyIdOf(s.url)) ?? s.postId ?? `post-${i}`,
        permalink: s.url ? postUrl(s.url) : null,
        time: s.creationTime ? exactTime(new Date(s.creationTime * 1000), 'structured-data') : null,
        text: s.text ?? '',
        textTruncated: false,
        counts: { reactions: null, comments: null, shares: null },
        pinned: false,
        sharedFrom: null,
        mentions: [],
        hasPoll: false,
        comments: [],
        source: 'structured-data',
      });
    });
  }
  return { posts, capped: found.length > READ_POST_LIMIT };
}

// ---------------------------------------------------------------------------------------------
// coverage

function entry(found: boolean, source: Source | null, count: number, note?: CoverageNote): CoverageEntry {
  return note ? { found, source, count, ...note } : { found, source, count };
}

function allComments(posts: Post[]): CommentData[] {
  const out: CommentData[] = [];
  const add = (c: CommentData) => {
    out.push(c);
    c.replies.forEach(add);
  };
  posts.forEach((p) => p.comments.forEach(add));
  return out;
}

function coverageOf(page: PageInfo, posts: Post[], info: { nameSource: Source | null; introSource: Source | null; onAbout: boolean; introFound: boolean; capped: boolean }): Partial<Record<CoverageField, CoverageEntry>> {
  const timed = posts.filter((p) => p.time);
  const withText = posts.filter((p) => p.text);
  const withCounts = posts.filter((p) => p.counts.reactions !== null);
  const comments = allComments(posts);
  const timedComments = comments.filter((c) => c.time);
  const introSource = info.introSource;
  const introNote = info.introFound ? undefined : coverageNote('introMissing');
  const mostSource = (list: { source: Source }[]): Source | null => {
    if (!list.length) return null;
    const counts = new Map<Source, number>();
    for (const x of list) counts.set(x.source, (counts.get(x.source) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  };
  return {
    pageName: entry(page.name !== null, info.nameSource, page.name ? 1 : 0, page.name ? undefined : coverageNote('pageName')),
    category: entry(page.category !== null, page.category ? introSource : null, page.category ? 1 : 0, page.category ? undefined : introNote ?? coverageNote('noCategory')),
    bio: entry(page.bio !== null, page.bio ? introSource : null, page.bio ? 1 : 0, page.bio ? undefined : introNote ?? coverageNote('noBio')),
    about: entry(page.about !== null, page.about ? 'dom' : null, page.about?.texts.length ?? 0, page.about ? undefined : info.onAbout ? coverageNote('aboutUnrecognised') : coverageNote('aboutNotRead')),
    hours: entry(page.hours !== null, page.hours?.source ?? null, page.hours ? Math.max(1, page.hours.ranges.length) : 0, page.hours ? (page.hours.ranges.length ? undefined : coverageNote('hoursStateOnly')) : introNote ?? coverageNote('noHours')),
    answeringTimes: entry(page.answeringTimes !== null, page.answeringTimes ? 'dom' : null, page.answeringTimes ? 1 : 0, page.answeringTimes ? undefined : info.onAbout ? coverageNote('noAnsweringTimes') : coverageNote('answeringTimesInAbout')),
    messaging: entry(page.messaging.offered !== null, page.messaging.offered !== null ? 'aria-label' : null, page.messaging.offered ? 1 : 0, page.messaging.offered === null ? coverageNote('noHeader') : undefined),
    followers: entry(page.followers !== null, page.followers !== null ? 'dom' : null, page.followers !== null ? 1 : 0, page.followers === null ? coverageNote('noFollowers') : undefined),
    posts: entry(posts.length > 0, mostSource(posts), posts.length, posts.length ? (info.capped ? coverageNote('postCap', { cap: READ_POST_LIMIT }) : undefined) : coverageNote('noPosts')),
    postTimes: entry(timed.length > 0, mostSource(timed.map((p) => p.time!)), timed.length, timed.length < posts.length ? coverageNote('untimedPosts', { missing: posts.length - timed.length, total: posts.length }) : undefined),
    postText: entry(withText.length > 0, mostSource(withText), withText.length, posts.some((p) => p.textTruncated) ? coverageNote('cutPosts', { cut: posts.filter((p) => p.textTruncated).length }) : undefined),
    counts: entry(withCounts.length > 0, withCounts.length ? 'aria-label' : null, withCounts.length, withCounts.length < posts.length ? coverageNote('noCounts', { missing: posts.length - withCounts.length }) : undefined),
    comments: entry(comments.length > 0, comments.length ? 'dom' : null, comments.length, posts.some((p) => (p.counts.comments ?? 0) > 0) && comments.length < posts.reduce((n, p) => n + (p.counts.comments ?? 0), 0) ? coverageNote('commentsClosed') : undefined),
    commentTimes: entry(timedComments.length > 0, mostSource(timedComments.map((c) => c.time!)), timedComments.length, timedComments.length < comments.length ? coverageNote('untimedComments', { missing: comments.length - timedComments.length }) : undefined),
  };
}

// ---------------------------------------------------------------------------------------------

/**
 * The posts inside the bound the user chose: for «N weeks», those not entirely older than the
 * cutoff (a post without a time is kept); for «N posts», the N first posts of the feed. A pinned
 * post counts like the others by its own time.
 */
export function trimToBound(posts: Post[], bound: CollectionBound, now: Date): Post[] {
  if (bound.kind === 'weeks') {
    const cutoff = now.getTime() - bound.weeks * 7 * 24 * 3600_000;
    return posts.filter((p) => !p.time || Date.parse(p.time.to) >= cutoff);
  }
  const unpinned = posts.filter((p) => !p.pinned).slice(0, bound.posts);
  const oldest = Math.min(...unpinned.filter((p) => p.time).map((p) => Date.parse(p.time!.to)));
  return posts.filter((p) => unpinned.includes(p) || (p.pinned && (!p.time || Date.parse(p.time.to) >= oldest)));
}

function emptyPage(url: string, name: string | null): PageInfo {
  return { name, url, category: null, bio: null, about: null, introItems: [], hours: null, answeringTimes: null, messaging: { offered: null, replySpeed: null }, followers: null, likes: null };
}

export function readPage(doc: Document, opts: ReadOptions): PageSnapshot {
  startPermalinkRead();
  const { url, now } = opts;
  const locale = detectUiLocale(doc);
  const L = locale === 'unknown' ? null : UI_STRINGS[locale];
  const Ls = L ? [L, ...FACEBOOK_LOCALES.filter((l) => l !== locale).map((l) => UI_STRINGS[l])] : FACEBOOK_LOCALES.map((l) => UI_STRINGS[l]);
  const collection = opts.collection ?? { bound: opts.bound ?? { kind: 'weeks', weeks: 4 }, stoppedBecause: 'not-collected' as const, durationMs: 0, scrolls: 0 };
  const base = { snapshotVersion: SNAPSHOT_VERSION, readerVersion: READER_VERSION, url, capturedAt: now.toISOString(), uiLocale: locale } as const;

  const layout = detectLayout(doc, url);
  if (layout.blocked) {
    return parseFast(PageSnapshotSchema, {
      ...base,
      layout: layout.layout,
      status: layout.blocked.status,
      statusDetail: layout.blocked.detail,
      page: emptyPage(url, pageNameOf(doc).name),
      posts: [],
      coverage: {},
      collection,
      unknownLabels: [],
    });
  }

  const unknownLabels = new Set<string>();
  const query = docQuery(doc, opts.selectorEngine ?? null);
  const postEls = postElements(doc, query);
  // the JSON blocks and the About section are never inside a post: they are looked for around them
  const outsidePosts = query.outside(new Set(postEls));
  const structured = readStructuredData(outsidePosts);
  const info = readPageInfo(doc, outsidePosts, url, L, locale, structured.introTexts);
  const { posts: all, capped } = readPosts(postEls, info.page, Ls, locale, now, structured.stories, unknownLabels, opts.selectorEngine ?? null, opts.tooltips);
  const posts = opts.bound ? trimToBound(all, opts.bound, now) : all;
  const coverage = coverageOf(info.page, posts, { ...info, capped });

  const missing = (['pageName', 'posts', 'postTimes'] as const).filter((f) => !coverage[f]?.found);
  let status: PageSnapshot['status'] = 'ok';
  let statusDetail: string | undefined;
  if (!posts.length && !info.page.name && !info.introFound) {
    status = 'empty';
    statusDetail = 'Nothing could be read from this page: no name, no intro and no posts. Wait until the page has loaded, scroll once, and run the audit again.';
  } else if (!posts.length && info.page.about) {
    status = 'partial';
    statusDetail = 'The About tab was read; the posts are on the timeline. Run the audit on the page’s timeline as well to judge the posts.';
  } else if (!posts.length) {
    status = 'empty';
    statusDetail = 'The page was recognised but no posts were found. Scroll down to the posts (or open the page’s timeline) and run the audit again.';
  } else if (layout.layout === 'comet-ssr') {
    status = 'partial';
    statusDetail = 'Only the data Facebook sent with the page could be read (the page was not rendered): the first posts with exact times, no comments. Open the page in the browser and let it load before running the audit.';
  } else if (missing.length || (coverage.postTimes?.count ?? 0) < posts.length) {
    status = 'partial';
    statusDetail = `Some fields could not be read: ${[...missing, ...((coverage.postTimes?.count ?? 0) < posts.length && !missing.includes('postTimes') ? ['some post times'] : [])].join(', ')}.`;
  }

  return parseFast(PageSnapshotSchema, {
    ...base,
    layout: layout.layout,
    status,
    ...(statusDetail ? { statusDetail } : {}),
    page: info.page,
    posts,
    coverage,
    collection,
    unknownLabels: [...unknownLabels].slice(0, 50),
  });
}
