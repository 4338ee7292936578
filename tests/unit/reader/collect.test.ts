/**
 * collectPage on builder pages run in jsdom with their inline script (so «Se mer», the comment
 * menu, «Vis flere kommentarer», «Vis N svar» and the infinite feed really react to clicks and
 * scrolls). jsdom has no layout, so the fixture feed appends one batch per scroll event.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM, VirtualConsole } from 'jsdom';
import { buildFacebookPage, type BuildOptions } from '../../fixtures/builder/build-page';
import { fjordvikSpec, FJORDVIK_URL } from '../../fixtures/demo/fjordvik';
import { collectPage, type CollectOptions } from '../../../lib/reader/collect';
import { isDenied } from '../../../lib/reader/deny-list';
import { UI_STRINGS, FACEBOOK_LOCALES } from '../../../lib/facebook/ui-strings';

const now = new Date('2026-11-22T12:00:00Z');
const WEEK = 7 * 24 * 3600_000;

function page(options: Partial<BuildOptions> = {}) {
  const html = buildFacebookPage(fjordvikSpec(now), { now, uiLocale: 'nb', infiniteScroll: { initialPosts: 4, batch: 3, delayMs: 30 }, ...options });
  const virtualConsole = new VirtualConsole(); // jsdom's «scrollTo not implemented» is expected noise
  const dom = new JSDOM(html, { url: FJORDVIK_URL, runScripts: 'dangerously', pretendToBeVisual: true, virtualConsole });
  const clicked: Element[] = [];
  const labels: string[] = [];
  // labels as they were when clicked (the comment filter relabels itself afterwards)
  dom.window.document.addEventListener('click', (e) => { clicked.push(e.target as Element); labels.push(((e.target as Element).getAttribute('aria-label') ?? (e.target as Element).textContent ?? '').trim()); }, true);
  // count the collector's own timers through a window proxy (the page's script has its own)
  const pending = new Set<number>();
  const w = dom.window;
  const win = new Proxy(w, {
    get(target, key) {
      if (key === 'setTimeout') return (fn: () => void, ms: number) => { const id = w.setTimeout(() => { pending.delete(id); fn(); }, ms); pending.add(id); return id; };
      if (key === 'clearTimeout') return (id: number) => { pending.delete(id); w.clearTimeout(id); };
      const value = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  }) as unknown as Window;
  return { dom, win, clicked, labels, pending };
}

function options(extra: Partial<CollectOptions> = {}): CollectOptions & { progress: { postsFound: number; oldest: string | null; phase: string }[] } {
  const progress: { postsFound: number; oldest: string | null; phase: string }[] = [];
  // hovering for tooltips is tested on the full collection only (it takes a moment per link)
  return { bound: { kind: 'weeks', weeks: 4 }, timeLimitMs: 30_000, signal: new AbortController().signal, onProgress: (p) => progress.push(p), now, settleMs: 60, idleScrolls: 2, hoverTooltips: false, progress, ...extra };
}

// one full collection of the whole demo page, shared by the tests that inspect it
let full: Promise<{ snap: Awaited<ReturnType<typeof collectPage>>; clicked: Element[]; labels: string[] }> | null = null;
function collectFull() {
  full ??= (async () => {
    const { win, clicked, labels } = page({ infiniteScroll: undefined });
    const snap = await collectPage(win, options({ bound: { kind: 'weeks', weeks: 12 }, hoverTooltips: true }));
    return { snap, clicked, labels };
  })();
  return full;
}

describe('collectPage', () => {
  it('scrolls until the 4-week bound, reporting progress, and stops there', async () => {
    const { win, pending } = page();
    const opts = options();
    const snap = await collectPage(win, opts);
    expect(snap.collection.stoppedBecause).toBe('bound-reached');
    expect(snap.collection.scrolls).toBeGreaterThan(2);
    // the snapshot holds exactly the posts of the last 4 weeks
    const inBound = fjordvikSpec(now).posts.filter((p) => Date.parse(p.at) >= now.getTime() - 4 * WEEK);
    expect(snap.posts).toHaveLength(inBound.length);
    expect(snap.posts.every((p) => Date.parse(p.time!.to) >= now.getTime() - 4 * WEEK)).toBe(true);
    // the feed was read past the bound (to know it was reached), but not to its end
    const oldestSeen = Date.parse(opts.progress.at(-2)!.oldest!);
    expect(oldestSeen).toBeLessThanOrEqual(now.getTime() - 4 * WEEK);
    expect(oldestSeen).toBeGreaterThan(Date.parse(fjordvikSpec(now).posts.at(-2)!.at));
    const counts = opts.progress.map((p) => p.postsFound);
    expect(counts[0]).toBeLessThanOrEqual(4);
    expect(Math.max(...counts)).toBe(snap.posts.length);
    expect(counts).toEqual([...counts].sort((a, b) => a - b));
    expect(opts.progress.at(-1)?.phase).toBe('done');
    expect(pending.size).toBe(0);
  }, 30_000);

  it('opens «Se mer», all comments and replies', async () => {
    const { snap, labels } = await collectFull();
    expect(snap.collection.stoppedBecause).toBe('end-of-feed');
    expect(snap.posts).toHaveLength(fjordvikSpec(now).posts.length);
    expect(snap.posts.filter((p) => p.textTruncated)).toEqual([]);
    const hearing = snap.posts.find((p) => p.text.startsWith('Høring'))!;
    expect(hearing.text).toMatch(/servicetorget\.$/);
    const spec = fjordvikSpec(now);
    const expected = spec.posts.reduce((n, p) => n + (p.comments ?? []).reduce((m, c) => m + 1 + (c.replies?.length ?? 0), 0), 0);
    const read = snap.posts.reduce((n, p) => n + p.comments.reduce((m, c) => m + 1 + c.replies.length, 0), 0);
    expect(read).toBe(expected);
    expect(labels).toEqual(expect.arrayContaining(['Åpent nå', 'Se mer', 'Mest relevante', 'Alle kommentarer', 'Vis flere kommentarer']));
    // the intro's hours list was opened and read as day ranges
    expect(snap.page.hours).toMatchObject({ state: 'open-now', ranges: [0, 1, 2, 3, 4].map((day) => ({ day, open: '08:00', close: '15:30' })) });
    expect(labels.some((l) => /^Vis \d+ svar$/.test(l))).toBe(true);
  }, 30_000);

  it('never clicks like, comment, share, reply, follow, send or log in', async () => {
    const { clicked, labels } = await collectFull();
    expect(clicked.length).toBeGreaterThan(10);
    const forbidden = FACEBOOK_LOCALES.flatMap((l) => {
      const L = UI_STRINGS[l];
      return [L.like, L.comment, L.share, L.reply, L.follow, L.sendMessage, L.logIn].flatMap((s) => s.forms);
    });
    clicked.forEach((el, i) => {
      const label = labels[i];
      expect(forbidden, label).not.toContain(label);
      expect(el.closest('a[href], form')).toBeNull();
    });
  }, 30_000);

  it('does not open posts older than the bound', async () => {
    const { win, dom } = page({ infiniteScroll: undefined });
    const snap = await collectPage(win, options({ bound: { kind: 'weeks', weeks: 2 } }));
    expect(snap.collection.stoppedBecause).toBe('bound-reached');
    // last week's question got its reply opened; the one from three weeks ago kept «Vis 1 svar» closed
    const recent = snap.posts.find((p) => p.text.startsWith('Besøkstider'))!;
    expect(recent.comments[0].replies).toHaveLength(1);
    expect(snap.posts.find((p) => p.text.startsWith('Renovasjon'))).toBeUndefined();
    const units = Array.from(dom.window.document.querySelectorAll('[data-pagelet^="FeedUnit_"]'));
    const old = units.find((u) => (u.textContent ?? '').includes('Renovasjon: På grunn av helligdag'))!;
    expect(Array.from(old.querySelectorAll('[role=button]')).map((b) => b.textContent)).toContain('Vis 1 svar');
  }, 30_000);

  it('reads exact times from the tooltips of coarse time links', async () => {
    const { snap } = await collectFull();
    const spec = fjordvikSpec(now);
    const specComments = spec.posts.flatMap((p) => (p.comments ?? []).flatMap((c) => [c, ...(c.replies ?? [])]));
    const comments = snap.posts.flatMap((p) => p.comments.flatMap((c) => [c, ...c.replies]));
    expect(comments.length).toBe(specComments.length);
    for (const c of comments) {
      expect(c.time).toMatchObject({ source: 'tooltip', precision: 'minute' });
      const original = specComments.find((s) => s.text === c.text)!;
      expect(Date.parse(c.time!.from)).toBeLessThanOrEqual(Date.parse(original.at));
      expect(Date.parse(c.time!.to)).toBeGreaterThanOrEqual(Date.parse(original.at));
    }
    // «2 d» on the question to residents became a minute; posts shown with a date were not hovered
    const question = snap.posts.find((p) => p.text.startsWith('Hva mener du om nytt torg'))!;
    expect(question.time).toMatchObject({ source: 'tooltip', precision: 'minute' });
    expect(snap.posts.filter((p) => p.time?.source === 'dom').every((p) => p.time!.precision === 'minute')).toBe(true);
  }, 30_000);

  it('stops at N posts when the bound is a post count', async () => {
    const { win } = page();
    const snap = await collectPage(win, options({ bound: { kind: 'posts', posts: 10 } }));
    expect(snap.collection.stoppedBecause).toBe('post-limit');
    expect(snap.posts.filter((p) => !p.pinned).length).toBeGreaterThanOrEqual(10);
    expect(snap.posts.length).toBeLessThan(16);
  }, 30_000);

  it('stops when cancelled and returns what it read, leaving no timers', async () => {
    const { win, pending } = page({ infiniteScroll: { initialPosts: 4, batch: 1, delayMs: 200 } });
    const controller = new AbortController();
    const opts = options({ signal: controller.signal, bound: { kind: 'weeks', weeks: 12 } });
    const running = collectPage(win, { ...opts, onProgress: (p) => { opts.onProgress(p); if (p.phase === 'scrolling') controller.abort(); } });
    const snap = await running;
    expect(snap.collection.stoppedBecause).toBe('cancelled');
    expect(snap.posts.length).toBeLessThan(10);
    expect(pending.size).toBe(0);
  }, 30_000);

  it('stops on its time limit', async () => {
    const { win, pending } = page({ infiniteScroll: { initialPosts: 2, batch: 1, delayMs: 300 } });
    const started = Date.now();
    const snap = await collectPage(win, options({ timeLimitMs: 1000, bound: { kind: 'weeks', weeks: 12 } }));
    expect(snap.collection.stoppedBecause).toBe('time-limit');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(pending.size).toBe(0);
  }, 30_000);

  it('does not collect a page it cannot read', async () => {
    const dom = new JSDOM('<html><body><form id="login_form"><input name="email"><input type="password" name="pass"></form></body></html>', { url: 'https://www.facebook.com/login/' });
    const snap = await collectPage(dom.window as unknown as Window, options());
    expect(snap.status).not.toBe('ok');
    expect(snap.collection.stoppedBecause).toBe('not-collected');
  });
});

describe('the deny-list', () => {
  const doc = new JSDOM('<html><body></body></html>').window.document;
  const button = (text: string, attrs: Record<string, string> = {}) => {
    const el = doc.createElement('div');
    el.setAttribute('role', 'button');
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    el.textContent = text;
    doc.body.appendChild(el);
    return el;
  };

  it.each(FACEBOOK_LOCALES)('refuses every action label of %s', (locale) => {
    const L = UI_STRINGS[locale];
    for (const s of [L.like, L.comment, L.share, L.reply, L.follow, L.sendMessage, L.logIn]) {
      for (const form of s.forms) {
        expect(isDenied(button(form)), form).toBe(true);
        expect(isDenied(button('', { 'aria-label': form })), `aria-label ${form}`).toBe(true);
      }
    }
  });

  it('refuses poll options, checkboxes and switches', () => {
    for (const role of ['radio', 'checkbox', 'switch', 'option', 'menuitemradio']) {
      const el = button('Se mer');
      el.setAttribute('role', role);
      expect(isDenied(el), role).toBe(true);
    }
  });

  it('refuses toggles, links and form controls, and allows expand controls', () => {
    expect(isDenied(button('Se mer', { 'aria-pressed': 'false' }))).toBe(true);
    const link = doc.createElement('a');
    link.href = 'https://www.facebook.com/x';
    link.appendChild(button('Se mer'));
    doc.body.appendChild(link);
    expect(isDenied(link.firstElementChild!)).toBe(true);
    expect(isDenied(button('Send'))).toBe(true);
    expect(isDenied(button('Rapporter innlegg'))).toBe(true);
    expect(isDenied(button('Se mer'))).toBe(false);
    expect(isDenied(button('Vis 3 svar'))).toBe(false);
    expect(isDenied(button('Vis flere kommentarer'))).toBe(false);
    expect(isDenied(button('View 2 replies'))).toBe(false);
  });
});

describe.each(FACEBOOK_LOCALES)('collectPage in the %s interface', (locale) => {
  it('opens «see more», all comments and replies with that language’s labels, and presses nothing else', async () => {
    // the eight newest posts hold a long text, more than two comments, and replies
    const full = fjordvikSpec(now);
    const newest = [...full.posts].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)).slice(0, 8);
    // with a poll, whose options must never be chosen
    // and a long comment, cut behind «see more» like long posts
    const long = 'Jeg bor i Kaiveien og lurer på flere ting. '.repeat(8) + 'Når kommer vannet tilbake?';
    const spec = {
      ...full,
      posts: newest.map((p) =>
        p.id === 'hva-mener-du-sentrum' ? { ...p, poll: ['Ja', 'Nei'] }
        : p.id === 'vannbrudd-storgata' ? { ...p, comments: p.comments!.map((c, i) => (i === 0 ? { ...c, text: long } : c)) }
        : p),
    };
    const html = buildFacebookPage(spec, { now, uiLocale: locale });
    const dom = new JSDOM(html, { url: FJORDVIK_URL, runScripts: 'dangerously', pretendToBeVisual: true, virtualConsole: new VirtualConsole() });
    const labels: string[] = [];
    const roles: string[] = [];
    dom.window.document.addEventListener('click', (e) => {
      labels.push(((e.target as Element).textContent ?? '').trim());
      roles.push((e.target as Element).getAttribute('role') ?? '');
    }, true);
    const snap = await collectPage(dom.window as unknown as Window, options({ bound: { kind: 'weeks', weeks: 12 } }));
    expect(snap.posts.filter((p) => p.hasPoll)).toHaveLength(1);
    expect(snap.posts.find((p) => p.text.startsWith('VANNBRUDD'))!.comments[0].text).toBe(long);
    expect(roles).not.toContain('radio');
    expect(dom.window.document.querySelectorAll('[role=radio][aria-checked=false]')).toHaveLength(2);
    const expected = spec.posts.reduce((n, p) => n + (p.comments ?? []).reduce((m, c) => m + 1 + (c.replies?.length ?? 0), 0), 0);
    expect(snap.posts.flatMap((p) => p.comments.flatMap((c) => [c, ...c.replies]))).toHaveLength(expected);
    expect(snap.posts.some((p) => p.textTruncated)).toBe(false);
    expect(snap.posts.find((p) => p.text.startsWith('Høring'))!.text).toMatch(/servicetorget\.$/);
    const L = UI_STRINGS[locale];
    const allowed = [L.openNow.forms[0], L.seeMore.forms[0], L.mostRelevant.forms[0], L.allComments.forms[0], L.viewMoreComments.forms[0]];
    for (const label of labels) expect(allowed.includes(label) || L.viewReplies.pattern.test(label), label).toBe(true);
    expect(labels).toEqual(expect.arrayContaining(allowed));
  }, 30_000);
});
