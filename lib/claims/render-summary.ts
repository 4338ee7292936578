import { t } from '../i18n/translate';
import type { InterfaceLocale } from './report-schema';
import type { Message } from './types';

// Rendering a verdict's words, apart from the judge: the popup and report show summaries without
// loading the ten claims and their word lists.

/** The one-sentence summary of a verdict in a language; a verdict resting on coarse times says so. */
export function renderSummary(locale: InterfaceLocale, message: Message, coarseTimes = false): string {
  const sentence = t(locale, message.key, message.params);
  return coarseTimes ? `${sentence} ${t(locale, 'claim.coarseTimes')}` : sentence;
}

/** An evidence note is an i18n key, optionally with an hour count after a colon («evidence.answeredAfter:17»). */
export function renderEvidenceNote(locale: InterfaceLocale, note: string): string {
  const [key, hours] = note.split(':');
  return hours === undefined ? t(locale, key) : t(locale, key, { hours: Number(hours) });
}
