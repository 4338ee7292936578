/**
 * Collects a Facebook Page in the live browser: scrolls the feed and opens «Se mer», the comment
 * filter («Alle kommentarer»), «Vis flere kommentarer» and «Vis N svar» until the chosen bound
 * (weeks back or N posts) is reached, the feed ends, the time limit passes or the user cancels;
 * then reads the page with readPage. Only the controls in deny-list.ts's allow-list are clicked.
 * Leaves nothing behind: no observers, and every timer is cleared before returning.
 */
import type { CollectionBound, PageSnapshot } from '../snapshot/schema';
import { COMMENT_LINK, POST_PERMALINK, queryFirst, SELECTORS } from '../facebook/selectors';
import { FACEBOOK_LOCALES, UI_STRINGS, matchesUi, normalizeLabel } from '../facebook/ui-strings';
import { detectUiLocale, readPage, trimToBound } from './read-page';
import { expandKind, safeClick, type ExpandKind } from './deny-list';
import { parseTimeLabel } from './parse-time';

export interface CollectProgress {
  postsFound: number;
  /** ISO time of the oldest post read so far */
  oldest: string | null;
  phase: string;
}

export interface CollectOptions {
  bound: CollectionBound;
  timeLimitMs: number;
  signal: AbortSignal;
  onProgress(p: CollectProgress): void;
  now?: Date;
  /** how long to wait for the feed to grow after a scroll (ms) */
  settleMs?: number;
  /** scrolls without new posts before the feed counts as ended */
  idleScrolls?: number;
  /** hover coarse time links to read their exact date from the tooltip. Default true */
  hoverTooltips?: boolean;
  /** at most this long for hovering (ms). Default 15 000 */
  hoverBudgetMs?: number;
}

type Stop = PageSnapshot['collection']['stoppedBecause'];

const WEEK = 7 * 24 * 3600_000;

/** A sleep that ends early on abort and never leaves its timer behind. */
function sleep(win: Window, ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      win.clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = win.setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}

function postCount(doc: Document): number {
  const feed = queryFirst(doc, 'feed') ?? doc.body;
  for (const selector of SELECTORS.post) {
    const n = Array.from(feed.querySelectorAll(selector)).filter((e) => !(e.getAttribute('role') === 'article' && e.hasAttribute('aria-label'))).length;
    if (n) return n;
  }
  return 0;
}

function isLoading(doc: Document): boolean {
  return SELECTORS.loadingIndicator.some((s) => doc.querySelector(s) !== null);
}

/** Opens everything collapsed that may be opened; returns how many controls were clicked. */
interface ExpandState {
  /** controls already pressed: nothing is pressed twice, even if Facebook keeps it on the page */
  clicked: WeakSet<Element>;
  /** whether a control belongs to a post inside the bound (older posts are not opened) */
  inScope: (el: Element) => boolean;
}

/** A post's time from its permalink label, cheaply, to skip opening posts older than the bound. */
function scopeFor(doc: Document, bound: CollectionBound, now: Date): (el: Element) => boolean {
  if (bound.kind === 'posts') return () => true;
  const cutoff = now.getTime() - bound.weeks * WEEK;
  const locale = detectUiLocale(doc);
  const postSelector = SELECTORS.post.join(',');
  return (el) => {
    const post = el.closest(postSelector);
    if (!post) return true;
    const link = Array.from(post.querySelectorAll('a[href]')).find((a) => {
      const href = a.getAttribute('href') ?? '';
      return POST_PERMALINK.test(href) && !COMMENT_LINK.test(href);
    });
    if (!link) return true;
    const time = parseTimeLabel(normalizeLabel(link.textContent ?? ''), locale, now) ?? parseTimeLabel(link.getAttribute('aria-label') ?? '', locale, now);
    return !time || Date.parse(time.to) >= cutoff;
  };
}

function press(el: Element, kinds: ExpandKind[], state: ExpandState): boolean {
  if (state.clicked.has(el) || !state.inScope(el)) return false;
  if (!safeClick(el, kinds)) return false;
  state.clicked.add(el);
  return true;
}

async function expandAll(win: Window, signal: AbortSignal, state: ExpandState, settleMs: number): Promise<number> {
  const doc = win.document;
  let clicks = 0;
  // the intro's opening hours («Åpent nå ▾»)
  const intro = queryFirst(doc, 'intro');
  for (const el of intro ? Array.from(intro.querySelectorAll('[role="button"][aria-expanded="false"]')) : []) {
    if (press(el, ['hours'], state)) clicks++;
  }
  // «Se mer» in post texts and in long comments
  const seeMoreHosts = [...SELECTORS.postMessage, ...SELECTORS.comment].map((s) => `${s} [role="button"]`).join(',');
  for (const el of Array.from(doc.querySelectorAll(seeMoreHosts))) {
    if (signal.aborted) return clicks;
    if (press(el, ['see-more'], state)) clicks++;
  }
  // the comment filter: «Mest relevante» → «Alle kommentarer», once per post
  for (const filter of Array.from(doc.querySelectorAll(SELECTORS.commentFilter.join(',')))) {
    if (signal.aborted) continue;
    if (!press(filter, ['comment-filter'], state)) continue;
    clicks++;
    // the menu opens after a moment: look for it in short steps rather than one long wait
    let items: Element[] = [];
    for (let waited = 0; waited < 1500 && !signal.aborted; waited += 50) {
      await sleep(win, 50, signal);
      items = Array.from(doc.querySelectorAll(SELECTORS.menuItem.join(',')));
      if (items.length) break;
    }
    const all = items.find((i) => FACEBOOK_LOCALES.some((l) => matchesUi(UI_STRINGS[l].allComments, normalizeLabel(i.textContent ?? ''))));
    if (all && expandKind(all) === 'all-comments') {
      (all as HTMLElement).click();
      clicks++;
    } else if (items.length) {
      // no «Alle kommentarer» in this menu: close it again without choosing
      doc.dispatchEvent(new (win as Window & typeof globalThis).KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    }
  }
  // «Vis flere kommentarer» and «Vis N svar», in rounds: replies appear after comments, and a
  // pressed control stays on the page (loading) until what it opens has arrived
  const pressed: Element[] = [];
  for (let round = 0; round < 8 && !signal.aborted; round++) {
    let opened = 0;
    for (const el of Array.from(doc.querySelectorAll('[role="button"]'))) {
      if (signal.aborted) break;
      const kind = expandKind(el);
      if ((kind === 'more-comments' || kind === 'replies') && press(el, [kind], state)) {
        opened++;
        pressed.push(el);
      }
    }
    clicks += opened;
    const loading = pressed.some((el) => el.isConnected);
    if (!opened && !loading) break;
    await sleep(win, settleMs, signal);
  }
  return clicks;
}

/**
 * Hovers the time links of posts and comments inside the bound whose label is coarse («3 d», «2 u»)
 * and reads the tooltip Facebook shows. Mouse and pointer events only: nothing is pressed.
 */
async function hoverTimeLinks(win: Window, signal: AbortSignal, state: ExpandState, budgetMs: number, now: Date): Promise<WeakMap<Element, string>> {
  const doc = win.document;
  const W = win as Window & typeof globalThis;
  const tips = new WeakMap<Element, string>();
  const deadline = Date.now() + budgetMs;
  const locale = detectUiLocale(doc);
  const links = Array.from(doc.querySelectorAll('a[href]')).filter((a) => {
    const href = a.getAttribute('href') ?? '';
    if (!POST_PERMALINK.test(href) && !COMMENT_LINK.test(href)) return false;
    const label = normalizeLabel(a.textContent ?? '') || a.getAttribute('aria-label') || '';
    const time = parseTimeLabel(label, locale, now);
    return time !== null && time.precision !== 'minute' && time.precision !== 'exact' && state.inScope(a);
  });
  const fire = (el: Element, types: string[]) => {
    for (const type of types) {
      const bubbles = !type.endsWith('enter') && !type.endsWith('leave');
      const event = type.startsWith('pointer') && typeof W.PointerEvent === 'function' ? new W.PointerEvent(type, { bubbles }) : new W.MouseEvent(type.replace('pointer', 'mouse'), { bubbles });
      el.dispatchEvent(event);
    }
  };
  for (const link of links.slice(0, 200)) {
    if (signal.aborted || Date.now() > deadline) break;
    const before = new Set(Array.from(doc.querySelectorAll('[role="tooltip"]')));
    fire(link, ['pointerover', 'pointerenter', 'mouseover', 'mouseenter']);
    for (let waited = 0; waited < 600 && !signal.aborted; waited += 40) {
      await sleep(win, 40, signal);
      const tip = Array.from(doc.querySelectorAll('[role="tooltip"]')).find((t) => !before.has(t) && normalizeLabel(t.textContent ?? ''));
      if (tip) {
        tips.set(link, normalizeLabel(tip.textContent ?? ''));
        break;
      }
    }
    fire(link, ['pointerout', 'pointerleave', 'mouseout', 'mouseleave']);
  }
  return tips;
}

function oldestOf(snapshot: PageSnapshot): string | null {
  const times = snapshot.posts.filter((p) => p.time && !p.pinned).map((p) => p.time!.to);
  return times.length ? times.reduce((a, b) => (a < b ? a : b)) : null;
}

function boundReached(snapshot: PageSnapshot, bound: CollectionBound, now: Date): boolean {
  const posts = snapshot.posts.filter((p) => !p.pinned);
  if (bound.kind === 'posts') return posts.length >= bound.posts;
  const oldest = oldestOf(snapshot);
  return oldest !== null && Date.parse(oldest) <= now.getTime() - bound.weeks * WEEK;
}

export async function collectPage(win: Window, opts: CollectOptions): Promise<PageSnapshot> {
  const started = Date.now();
  const now = opts.now ?? new Date();
  const doc = win.document;
  const url = win.location.href;
  const settleMs = opts.settleMs ?? 600;
  const idleLimit = opts.idleScrolls ?? 4;
  const state: ExpandState = { clicked: new WeakSet(), inScope: scopeFor(doc, opts.bound, now) };
  // stops the inner waits on cancel and on the time limit alike
  const inner = new AbortController();
  const onAbort = () => inner.abort();
  opts.signal.addEventListener('abort', onAbort, { once: true });
  const limitTimer = win.setTimeout(() => inner.abort(), opts.timeLimitMs);

  let scrolls = 0;
  let stoppedBecause: Stop = 'end-of-feed';
  // while scrolling, read everything (to see how far back the feed goes); the final read keeps the bound
  const read = () => readPage(doc, { url, now });
  const report = (phase: string, snapshot: PageSnapshot) => {
    try {
      // posts found = posts inside the bound (what the audit will rest on); oldest = how far back the feed was read
      opts.onProgress({ postsFound: trimToBound(snapshot.posts, opts.bound, now).length, oldest: oldestOf(snapshot), phase });
    } catch {
      // a failing progress listener must not stop the collection
    }
  };

  try {
    let snapshot = read();
    report('reading', snapshot);
    if (snapshot.status !== 'ok' && snapshot.status !== 'partial') {
      stoppedBecause = 'not-collected';
    } else {
      let idle = 0;
      for (;;) {
        if (opts.signal.aborted) {
          stoppedBecause = 'cancelled';
          break;
        }
        if (inner.signal.aborted) {
          stoppedBecause = 'time-limit';
          break;
        }
        await expandAll(win, inner.signal, state, settleMs / 2);
        snapshot = read();
        report('expanding', snapshot);
        if (boundReached(snapshot, opts.bound, now)) {
          stoppedBecause = opts.bound.kind === 'posts' ? 'post-limit' : 'bound-reached';
          break;
        }
        const before = postCount(doc);
        const scroller = doc.scrollingElement ?? doc.documentElement;
        win.scrollTo(0, scroller.scrollHeight);
        // some feeds load on the scroll event, others on an observer of the last post
        win.dispatchEvent(new (win as Window & typeof globalThis).Event('scroll'));
        scrolls++;
        report('scrolling', snapshot);
        // Facebook shows a spinner while the next posts load: wait for it, within reason
        const deadline = Date.now() + settleMs * 15;
        await sleep(win, settleMs, inner.signal);
        while (!inner.signal.aborted && postCount(doc) === before && isLoading(doc) && Date.now() < deadline) await sleep(win, settleMs / 2, inner.signal);
        if (postCount(doc) === before) {
          idle++;
          if (idle >= idleLimit) {
            stoppedBecause = 'end-of-feed';
            break;
          }
        } else idle = 0;
      }
    }
    // a last pass to open what the final scroll brought in (unless cancelled)
    if (!opts.signal.aborted && stoppedBecause !== 'not-collected' && stoppedBecause !== 'time-limit') {
      await expandAll(win, inner.signal, state, settleMs / 2);
    }
    // exact dates from the hover tooltips of coarse time links («3 d» → «fredag 13. november … kl. 15:40»)
    let tooltips: WeakMap<Element, string> | undefined;
    if (opts.hoverTooltips !== false && !opts.signal.aborted && stoppedBecause !== 'not-collected' && stoppedBecause !== 'time-limit') {
      report('reading times', read());
      const budget = Math.min(opts.hoverBudgetMs ?? 15_000, started + opts.timeLimitMs - Date.now() - 500);
      if (budget > 0) tooltips = await hoverTimeLinks(win, inner.signal, state, budget, now);
    }
    const final = readPage(doc, {
      url,
      now,
      bound: opts.bound,
      collection: { bound: opts.bound, stoppedBecause, durationMs: Date.now() - started, scrolls },
      tooltips,
    });
    report('done', final);
    return final;
  } finally {
    win.clearTimeout(limitTimer);
    opts.signal.removeEventListener('abort', onAbort);
  }
}
