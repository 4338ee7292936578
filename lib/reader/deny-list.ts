/**
 * What the collector may press. Reading may open «Se mer», switch the comment filter to «Alle
 * kommentarer», open more comments and replies — nothing else. Everything that likes, follows,
 * shares, comments, replies, sends, logs in or navigates is refused here, in every locale, even
 * if a label were also to look like an expand label.
 */
import { FACEBOOK_LOCALES, UI_STRINGS, matchPattern, matchesUi, normalizeLabel, type UiString } from '../facebook/ui-strings';

const ALL = FACEBOOK_LOCALES.map((l) => UI_STRINGS[l]);

/** Interface actions that change something or tell someone: never pressed. */
const DENIED: UiString[] = ALL.flatMap((L) => [L.like, L.comment, L.share, L.reply, L.follow, L.sendMessage, L.logIn]);

/** Extra words that must never be pressed, whatever the table says (language-independent safety net). */
const DENIED_WORDS = /\b(lik|liker|like|likar|gilla|synes godt om|del|dela|share|følg|följ|follow|send|skicka|message|melding|besked|meddelande|kommenter|kommentera|comment|svar|svara|reply|logg|log|logga|bli med|join|abonner|subscribe|rapporter|report|blokker|block|skjul|hide|slett|delete|lagre|save|inviter|invite|ring|call)\b/i;

export type ExpandKind = 'see-more' | 'more-comments' | 'replies' | 'comment-filter' | 'all-comments' | 'hours';

function labelOf(el: Element): string {
  return normalizeLabel(el.getAttribute('aria-label') || el.textContent || '');
}

/** Whether the element is something that must never be clicked. */
export function isDenied(el: Element): boolean {
  const tag = el.tagName.toLowerCase();
  // links navigate, form controls submit or type, toggles (aria-pressed) are likes/follows
  if (tag === 'a' || tag === 'input' || tag === 'textarea' || tag === 'select' || tag === 'form') return true;
  if (el.closest('a[href], form, [contenteditable="true"], [role="textbox"]')) return true;
  if (el.hasAttribute('aria-pressed')) return true;
  // choosing in a poll is voting; switches and checkboxes change settings
  const role = el.getAttribute('role') ?? '';
  if (['radio', 'checkbox', 'switch', 'textbox', 'combobox', 'slider', 'menuitemcheckbox', 'menuitemradio', 'option'].includes(role)) return true;
  if (el.closest('[role="radiogroup"], [role="radio"], [role="checkbox"]')) return true;
  if (tag === 'button' && (el.getAttribute('type') ?? 'submit') === 'submit' && el.closest('form')) return true;
  const label = labelOf(el);
  const text = normalizeLabel(el.textContent ?? '');
  if (DENIED.some((entry) => isExactly(entry, label) || isExactly(entry, text))) return true;
  // the safety net looks at short labels only: «Vis 3 svar» must stay allowed, so match the
  // denied word as the whole label or its first word
  for (const t of [label, text]) {
    const short = t.split(' ').slice(0, 2).join(' ');
    if (t.length <= 40 && DENIED_WORDS.test(short) && !expandKindOfText(t)) return true;
  }
  return false;
}

function isExactly(entry: UiString, text: string): boolean {
  const t = text.toLowerCase();
  return entry.forms.some((f) => f.toLowerCase() === t);
}

function expandKindOfText(text: string): ExpandKind | null {
  for (const L of ALL) {
    if (matchesUi(L.seeMore, text)) return 'see-more';
    if (matchesUi(L.viewMoreComments, text)) return 'more-comments';
    if (matchPattern(L.viewReplies, text) !== null) return 'replies';
    if (matchesUi(L.allComments, text)) return 'all-comments';
  }
  return null;
}

/** The expand action an element offers, or null when it must not be pressed. */
export function expandKind(el: Element): ExpandKind | null {
  if (isDenied(el)) return null;
  // «Åpent nå ▾» in the intro opens the week's hours
  if (el.getAttribute('aria-expanded') === 'false') {
    const text = normalizeLabel(el.textContent ?? '');
    if (ALL.some((L) => matchesUi(L.openNow, text) || matchesUi(L.closedNow, text) || matchesUi(L.alwaysOpen, text))) return 'hours';
  }
  if (el.getAttribute('aria-haspopup') === 'menu') {
    const text = normalizeLabel(el.textContent ?? '');
    return ALL.some((L) => matchesUi(L.mostRelevant, text) || matchesUi(L.newest, text)) ? 'comment-filter' : null;
  }
  return expandKindOfText(normalizeLabel(el.textContent ?? '')) ?? expandKindOfText(labelOf(el));
}

/** Clicks only if the element is an allowed expand control; returns whether it clicked. */
export function safeClick(el: Element, allowed: ExpandKind[]): boolean {
  const kind = expandKind(el);
  if (!kind || !allowed.includes(kind)) return false;
  (el as HTMLElement).click();
  return true;
}
