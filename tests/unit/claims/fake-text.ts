import type { LabelResult, TextAnalysis, TextLabel, TextLang } from '../../../lib/text/index';

/**
 * A stand-in for lib/text in the judge's unit tests: labels are set by markers in the text
 * («[duForm]», «[purpose]» …), so each test controls exactly what the analyser reports and the
 * tests check the judging, not the language analysis (which has its own tests and corpus).
 */
const LABELS: TextLabel[] = ['duForm', 'informal', 'pride', 'praise', 'operational', 'dialogue'];
export const TEXT_LABELS = LABELS;

export const calls = { analyzeText: 0 };

function marker(texts: string[], name: string): LabelResult {
  const hit = texts.some((text) => text.includes(`[${name}]`));
  return { hit, score: hit ? 1 : 0, matched: hit ? [name] : [] };
}

export function detectLanguage(): TextLang {
  return 'nb';
}

export function analyzeText(text: string, opts: { hasPoll?: boolean } = {}): TextAnalysis {
  calls.analyzeText += 1;
  const labels = Object.fromEntries(LABELS.map((label) => [label, marker([text], label)])) as Record<TextLabel, LabelResult>;
  if (opts.hasPoll) labels.dialogue = { hit: true, score: 1, matched: ['poll'] };
  return { lang: 'nb', labels };
}

export function isCitizenQuestion(text: string): LabelResult {
  const hit = text.includes('?');
  return { hit, score: hit ? 1 : 0, matched: hit ? ['?'] : [] };
}

export function citizenQuestionEvidence(text: string): string[] | null {
  const r = isCitizenQuestion(text);
  return r.hit ? r.matched : null;
}

export function analyzePageTexts(texts: string[], links: { text: string; href: string }[] = []) {
  const all = [...texts, ...links.map((link) => link.text)];
  return { purpose: marker(all, 'purpose'), rules: marker(all, 'rules'), answeringTimes: marker(all, 'hours') };
}
