/**
 * A sanitized outline of a page, for a bug report when the reader could not read it fully:
 * tags, roles, ARIA and data attributes and Facebook's own interface labels are kept, so a new
 * layout can be rebuilt as a test fixture; the page's and people's text, names, ids and links
 * are replaced by placeholders. Nothing is sent anywhere: the user saves the file and decides.
 */
export interface SanitizeOptions {
  /** Facebook interface strings (all locales) that may be kept verbatim: «Se mer», «Del», «Kommentar fra» … */
  vocabulary: Iterable<string>;
  /** stop after this many elements (the outline stays small on a huge page) */
  maxElements?: number;
}

const KEPT_ATTRIBUTES = /^(role|aria-[\w-]+|data-[\w-]+|dir|tabindex|type|hidden)$/;
/** attributes whose values are Facebook's structure, never the page's content: kept as they are */
const STRUCTURAL_VALUES = new Set([
  'role', 'dir', 'tabindex', 'type', 'hidden', 'aria-hidden', 'aria-expanded', 'aria-haspopup', 'aria-posinset',
  'aria-setsize', 'aria-level', 'aria-checked', 'aria-pressed', 'aria-selected', 'aria-current', 'aria-live',
  'data-pagelet', 'data-ad-rendering-role', 'data-ad-preview', 'data-ad-comet-preview', 'data-visualcompletion', 'data-testid',
]);
/** attributes whose values are people's words or ids even though their names are kept */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'aria-valuetext', 'aria-description', 'aria-roledescription']);
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'svg', 'path', 'link', 'meta']);

export function sanitizeStructure(root: Element, options: SanitizeOptions): string {
  const vocabulary = buildVocabulary(options.vocabulary);
  const max = options.maxElements ?? 20_000;
  const lines: string[] = [];
  let count = 0;

  const walk = (element: Element, depth: number) => {
    if (count >= max) return;
    const tag = element.tagName.toLowerCase();
    if (SKIPPED_TAGS.has(tag)) return;
    count++;
    const attributes: string[] = [];
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name === 'href') attributes.push(`href="${sanitizeHref(attribute.value)}"`);
      else if (KEPT_ATTRIBUTES.test(attribute.name)) {
        // labels are Facebook's words around people's names; other values may be ids or slugs of the page
        const value = TEXT_ATTRIBUTES.has(attribute.name)
          ? sanitizeText(attribute.value, vocabulary)
          : STRUCTURAL_VALUES.has(attribute.name)
            ? sanitizeValue(attribute.value)
            : placeholderValue(attribute.value);
        attributes.push(`${attribute.name}="${value}"`);
      }
    }
    const ownText = Array.from(element.childNodes)
      .filter((node) => node.nodeType === 3)
      .map((node) => node.textContent ?? '')
      .join(' ')
      .trim();
    const text = ownText ? ` “${sanitizeRunningText(ownText, vocabulary)}”` : '';
    lines.push(`${'  '.repeat(depth)}<${tag}${attributes.length ? ' ' + attributes.join(' ') : ''}>${text}`);
    for (const child of Array.from(element.children)) walk(child, depth + 1);
  };
  walk(root, 0);
  if (count >= max) lines.push(`… stopped after ${max} elements`);
  return lines.join('\n');
}

function buildVocabulary(words: Iterable<string>): { phrases: Set<string>; tokens: Set<string> } {
  const phrases = new Set<string>();
  const tokens = new Set<string>();
  for (const word of words) {
    const clean = word.trim().toLowerCase();
    if (!clean) continue;
    phrases.add(clean);
    for (const token of clean.split(/[\s·:,.]+/)) if (token && !/\d/.test(token)) tokens.add(token);
  }
  return { phrases, tokens };
}

/** Keeps interface words and the shape of the rest: «Kommentar fra Ola Nordmann for 2 t siden» → «Kommentar fra ▢ ▢ for # t siden». */
export function sanitizeText(text: string, vocabulary: { phrases: Set<string>; tokens: Set<string> }): string {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (vocabulary.phrases.has(trimmed.toLowerCase())) return trimmed;
  return trimmed
    .split(' ')
    .map((word) => {
      if (/^\d+([.,:]\d+)*$/.test(word)) return '#';
      const bare = word.toLowerCase().replace(/[^\p{L}]/gu, '');
      if (bare && vocabulary.tokens.has(bare)) return word.replace(/\d/g, '#');
      return '▢';
    })
    .join(' ')
    .replace(/(▢ ){8,}/g, (run) => `▢×${run.length / 2} `);
}

/** Running text: kept only when it is one of Facebook's own labels; a longer text becomes its word count. */
function sanitizeRunningText(text: string, vocabulary: { phrases: Set<string>; tokens: Set<string> }): string {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  if (words.length > 4 && !vocabulary.phrases.has(words.join(' ').toLowerCase())) return `▢×${words.length} words`;
  return sanitizeText(text, vocabulary);
}

/** A value of an attribute that is not known to be structural: only its kind is kept. */
function placeholderValue(value: string): string {
  if (/^(true|false)$/.test(value) || /^-?\d{1,3}$/.test(value)) return value;
  return value ? '{…}' : '';
}

/** ids and hashes become placeholders; short enum-like values («message», «story_message», «true») stay. */
function sanitizeValue(value: string): string {
  if (/^[a-z_:-]{1,40}$/i.test(value) || /^-?\d{1,3}$/.test(value)) return value;
  return value.replace(/\d+/g, '#').replace(/[A-Za-z0-9_-]{12,}/g, '{id}').slice(0, 60);
}

/** Keeps a link's shape (host kind, path words, query names) and drops names and ids. */
export function sanitizeHref(href: string): string {
  try {
    const url = new URL(href, 'https://www.facebook.com/');
    // Where an outside link goes says something about the page: keep only that it is outside.
    if (!url.hostname.endsWith('facebook.com')) return 'external:{link}';
    const path = url.pathname
      .split('/')
      .map((part, i) => {
        if (!part) return part;
        if (/^(posts|permalink|photos|videos|about|events|reviews|groups|watch|story\.php|permalink\.php|photo\.php|profile\.php|hashtag|p|people|pg)$/.test(part)) return part;
        return i === 1 ? '{page}' : '{id}';
      })
      .join('/');
    const query = [...url.searchParams.keys()].map((key) => `${key}={…}`).join('&');
    return `${path}${query ? '?' + query : ''}`;
  } catch {
    return '{link}';
  }
}
