/**
 * The words the lexicons look up, numbered from 1. prepareText gives each word of a text its
 * number once (0: a word in no list), so every later lookup — terms, phrases, du-form words,
 * language words, question words, negations — is an array read by that number, and the text's
 * words need not be cut out as strings at all. The lexicons register their words when they are
 * compiled (compile-lexicon.ts), before any text is read.
 *
 * A word is found by a slot of its first two letters, its last one and its length: most words of a
 * text find an empty slot; the others are compared in place, in the lower-cased text.
 */

const SLOT_BITS = 14;
const SLOT_MASK = (1 << SLOT_BITS) - 1;

/** the word of each number (0: none) */
const WORDS: string[] = [''];
/** per slot: the last word registered there (0: none); per word: the one registered there before it */
const LAST_IN_SLOT = new Int32Array(SLOT_MASK + 1);
const BEFORE_IN_SLOT: number[] = [0];

/** The slot of text[start, end): its first two UTF-16 units, its last one and its length. */
export function slotOf(text: string, start: number, end: number): number {
  const n = end - start;
  return ((((text.charCodeAt(start) * 31 + (n > 1 ? text.charCodeAt(start + 1) : 0)) * 31 + text.charCodeAt(end - 1)) * 31) + n) & SLOT_MASK;
}

/** The number of text[start, end) (a lower-case word) in the slot `slot` (its `slotOf`), or 0. */
export function idInSlot(text: string, start: number, end: number, slot: number): number {
  const n = end - start;
  for (let id = LAST_IN_SLOT[slot]!; id !== 0; id = BEFORE_IN_SLOT[id]!) {
    const w = WORDS[id]!;
    if (w.length === n && text.startsWith(w, start)) return id;
  }
  return 0;
}

/** The number of a lower-case word, or 0 when no lexicon has registered it. */
export function knownWordId(word: string): number {
  return word.length === 0 ? 0 : idInSlot(word, 0, word.length, slotOf(word, 0, word.length));
}

/** The number of a lower-case word, registering it if new (lexicons only, at load). */
export function wordId(word: string): number {
  if (word.length === 0) throw new Error('vocabulary: an empty word');
  const known = knownWordId(word);
  if (known !== 0) return known;
  const slot = slotOf(word, 0, word.length);
  const id = WORDS.push(word) - 1;
  BEFORE_IN_SLOT.push(LAST_IN_SLOT[slot]!);
  LAST_IN_SLOT[slot] = id;
  return id;
}

/** The word of a number (for tests and messages). */
export function wordOfId(id: number): string {
  return WORDS[id] ?? '';
}

/**
 * A table by word number: `value` for each of the entries' words (lower case), undefined for the
 * rest — also past its end, for a word registered after it was made. Dense (filled up to the
 * highest number), so that V8 keeps it a fast array.
 */
export function idTable<V>(entries: Iterable<readonly [string, V]>): Array<V | undefined> {
  const list = [...entries].map(([word, value]) => [wordId(word), value] as const);
  const table = new Array<V | undefined>(WORDS.length).fill(undefined);
  for (const [id, value] of list) {
    if (table[id] !== undefined) throw new Error(`word table: «${WORDS[id]}» twice`);
    table[id] = value;
  }
  return table;
}

/** A set of words by word number: 1 for each of `words` (lower case), 0 (or past its end, undefined) for the rest. */
export function idSet(words: Iterable<string>): Uint8Array {
  const ids = [...words].map(wordId);
  const set = new Uint8Array(WORDS.length);
  for (const id of ids) set[id] = 1;
  return set;
}
