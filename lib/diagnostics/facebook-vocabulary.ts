import { UI_STRINGS } from '../facebook/ui-strings/index';

/** Every Facebook interface word the reader knows, in every locale: what a diagnostics outline may keep verbatim. */
export function facebookVocabulary(): string[] {
  const words: string[] = [];
  for (const table of Object.values(UI_STRINGS)) {
    for (const value of Object.values(table)) {
      if (value && typeof value === 'object' && 'forms' in value && Array.isArray(value.forms)) words.push(...value.forms);
    }
    const time = table.time;
    words.push(...time.justNow.forms, ...time.yesterday.forms, ...time.minute, ...time.hour, ...time.day, ...time.week,
      ...time.month, ...time.year, ...time.at, ...time.ago);
  }
  return words;
}
