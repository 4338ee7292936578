/**
 * A read-only word → value table for the lexicons' word lookups, indexed by `wordSlot`
 * (text-features.ts), which every word of a prepared text carries. Unlike a Map it never hashes the
 * looked-up string: a text's words are new strings, and hashing each of them in a Map lookup was
 * a good part of the judge's time. A slot holds the few entries that share it; the word is then
 * compared as a string (length first), and most words find an empty slot.
 */
import { SLOT_MASK, wordSlot } from './text-features';

interface SlotEntry<V> {
  word: string;
  value: V;
}

export interface WordTable<V> {
  readonly slots: ReadonlyArray<ReadonlyArray<SlotEntry<V>> | undefined>;
}

export function wordTable<V>(entries: Iterable<readonly [string, V]>): WordTable<V> {
  const slots: Array<Array<SlotEntry<V>> | undefined> = new Array(SLOT_MASK + 1).fill(undefined);
  for (const [word, value] of entries) {
    const list = (slots[wordSlot(word)] ??= []);
    if (list.some((e) => e.word === word)) throw new Error(`word table: «${word}» twice`);
    list.push({ word, value });
  }
  return { slots };
}

/** The value of `lower` (whose `wordSlot` is `slot`), or undefined. */
export function lookupWord<V>(table: WordTable<V>, lower: string, slot: number): V | undefined {
  const list = table.slots[slot];
  if (list === undefined) return undefined;
  for (let i = 0; i < list.length; i++) if (list[i]!.word === lower) return list[i]!.value;
  return undefined;
}
