/**
 * Runs the text classifiers over corpus items and counts true/false positives and negatives per
 * label and language. Shared by `npm run eval` and the regression test on the tuning part.
 */
import { analyzeText, isCitizenQuestion, detectLanguage, type TextLabel } from '../../lib/text';
import { CORPUS_LABELS, CORPUS_LANGS, type CorpusItem, type CorpusLang, type CorpusPost } from '../corpus/corpus-schema';

export interface Counts { tp: number; fp: number; fn: number; tn: number }
export type MetricKey = TextLabel | 'citizenQuestion';
export const METRIC_KEYS: readonly MetricKey[] = [...CORPUS_LABELS, 'citizenQuestion'];

export interface Mistake { id: string; key: MetricKey; expected: boolean; got: boolean; matched: string[]; text: string }

export interface EvalResult {
  /** key → lang|'all' → counts */
  counts: Record<MetricKey, Record<CorpusLang | 'all', Counts>>;
  langDetection: { correct: number; total: number; wrong: Array<{ id: string; expected: string; got: string }> };
  mistakes: Mistake[];
  posts: number;
  comments: number;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

function tally(c: Counts, expected: boolean, got: boolean): void {
  if (expected && got) c.tp++;
  else if (!expected && got) c.fp++;
  else if (expected && !got) c.fn++;
  else c.tn++;
}

export function precision(c: Counts): number | null {
  return c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp);
}
export function recall(c: Counts): number | null {
  return c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn);
}

/**
 * Classifies each item. The language is detected, not taken from the corpus, so detection errors
 * count against the labels as they would on a real page.
 */
export function evaluate(items: readonly CorpusItem[]): EvalResult {
  const counts = Object.fromEntries(
    METRIC_KEYS.map((k) => [k, Object.fromEntries([...CORPUS_LANGS, 'all'].map((l) => [l, zero()]))]),
  ) as EvalResult['counts'];
  const mistakes: Mistake[] = [];
  const langDetection: EvalResult['langDetection'] = { correct: 0, total: 0, wrong: [] };
  let posts = 0, comments = 0;
  for (const item of items) {
    const detected = detectLanguage(item.text);
    langDetection.total++;
    if (detected === item.lang) langDetection.correct++;
    else langDetection.wrong.push({ id: item.id, expected: item.lang, got: detected });
    if (item.kind === 'post') {
      posts++;
      const a = analyzeText(item.text, { mentions: item.mentions ?? [], hasPoll: item.hasPoll ?? false });
      for (const label of CORPUS_LABELS) {
        const expected = (item as CorpusPost).labels.includes(label);
        const got = a.labels[label].hit;
        tally(counts[label][item.lang], expected, got);
        tally(counts[label].all, expected, got);
        if (expected !== got) mistakes.push({ id: item.id, key: label, expected, got, matched: a.labels[label].matched, text: item.text });
      }
    } else {
      comments++;
      const r = isCitizenQuestion(item.text);
      tally(counts.citizenQuestion[item.lang], item.citizenQuestion, r.hit);
      tally(counts.citizenQuestion.all, item.citizenQuestion, r.hit);
      if (item.citizenQuestion !== r.hit) {
        mistakes.push({ id: item.id, key: 'citizenQuestion', expected: item.citizenQuestion, got: r.hit, matched: r.matched, text: item.text });
      }
    }
  }
  return { counts, langDetection, mistakes, posts, comments };
}

/** The targets of issue 4: P and R ≥ 0.9 for du-form and operational notices, ≥ 0.8 for the others. */
export const TARGETS: Record<MetricKey, number> = {
  duForm: 0.9, operational: 0.9, informal: 0.8, pride: 0.8, praise: 0.8, dialogue: 0.8, citizenQuestion: 0.8,
};
