/**
 * Splits a text once into the pieces every judgement needs: words (with their offsets, case and
 * whether they stand at a sentence start, inside a quotation, in a hashtag or a mention),
 * sentences, and counts of emoji, exclamation marks and smileys. Pure and allocation-light.
 */

export interface Token {
  start: number;
  end: number;
  raw: string;
  lower: string;
  sentenceStart: boolean;
  /** inside a quotation («…», "…", or «– …, sier X») — not the page speaking to the reader */
  quoted: boolean;
  hashtag: boolean;
  mention: boolean;
  /** index of the sentence the token belongs to */
  sentence: number;
}

export interface Sentence {
  firstToken: number;
  /** one past the last token */
  endToken: number;
  question: boolean;
}

export interface PreparedText {
  /** the text with URLs blanked out (same length, so offsets stay valid) */
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  emoji: string[];
  exclamations: number;
  smileys: number;
  questionMarks: number;
  hashtags: number;
  avgWordsPerSentence: number;
}

const URL_RE = /\b(?:https?:\/\/|www\.)\S+/giu;
const TOKEN_RE = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const EMOJI_RE = /\p{Extended_Pictographic}/gu;
const SMILEY_RE = /(?:^|\s)[:;=]-?[)D(P]/gu;
/** a gap between two words that surely ends a sentence: ! ? … a line break, a bullet or an emoji */
const STRONG_GAP_RE = /[!?…\n•·▶►➡]|\p{Extended_Pictographic}/u;
const WEAK_GAP_RE = /[.:]/;
const DIGIT_RE = /^\p{N}/u;
const LOWER_RE = /^\p{Ll}/u;

/** «.» and «:» end a sentence unless between numbers (kl. 08.30) or before a lower-case word (jf. pbl.) */
function isSentenceGap(gap: string, prevRaw: string, nextRaw: string): boolean {
  if (STRONG_GAP_RE.test(gap)) return true;
  if (!WEAK_GAP_RE.test(gap)) return false;
  if (DIGIT_RE.test(nextRaw) && DIGIT_RE.test(prevRaw)) return false;
  return !LOWER_RE.test(nextRaw);
}
/** quotations in guillemets or typographic/straight double quotes */
const QUOTE_RE = /«[^»]{0,600}»|“[^”]{0,600}”|„[^“”]{0,600}[“”]|"[^"\n]{0,600}"/gu;
/** a dash quotation: a line or sentence starting with a dash, up to the quote's closing comma */
const DASH_QUOTE_RE = /(?:^|[\n.!?]\s*)[–—-]\s+([^\n]{1,600}?),\s+(\p{L}+)/gu;

function blankUrls(text: string): string {
  return text.replace(URL_RE, (m) => ' '.repeat(m.length));
}

/** Character ranges that are quotations; attribution verbs end dash quotations («…, sier ordføreren»). */
function quotedRanges(text: string, attributionVerbs: ReadonlySet<string>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(QUOTE_RE)) ranges.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(DASH_QUOTE_RE)) {
    const verb = m[2]!.toLowerCase();
    if (attributionVerbs.has(verb)) {
      const quoteStart = m.index + m[0].indexOf(m[1]!);
      ranges.push([quoteStart, quoteStart + m[1]!.length]);
    }
  }
  return ranges;
}

export function prepareText(input: string, attributionVerbs: ReadonlySet<string>): PreparedText {
  const text = blankUrls(input);
  const quotes = quotedRanges(text, attributionVerbs);
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  let prevEnd = 0;
  let sentence = -1;
  let sentenceFirst = 0;
  const closeSentence = (endToken: number, questionUpTo: number) => {
    if (sentence < 0) return;
    const gapStart = tokens[endToken - 1]?.end ?? 0;
    // the sentence is a question when a «?» follows its last word before the next word
    const q = text.slice(gapStart, questionUpTo).includes('?');
    sentences.push({ firstToken: sentenceFirst, endToken, question: q });
  };
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    const prev = tokens[tokens.length - 1];
    const isStart = !prev || isSentenceGap(gap, prev.raw, m[0]);
    if (isStart) {
      closeSentence(tokens.length, start);
      sentence++;
      sentenceFirst = tokens.length;
    }
    const before = start > 0 ? text[start - 1] : '';
    let quoted = false;
    for (const [a, b] of quotes) if (start >= a && start < b) { quoted = true; break; }
    tokens.push({
      start,
      end: start + m[0].length,
      raw: m[0],
      lower: m[0].toLowerCase(),
      sentenceStart: isStart,
      quoted,
      hashtag: before === '#',
      mention: before === '@',
      sentence,
    });
    prevEnd = start + m[0].length;
  }
  closeSentence(tokens.length, text.length);

  const emoji = text.match(EMOJI_RE) ?? [];
  let exclamations = 0, questionMarks = 0, hashtags = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 33) exclamations++;
    else if (c === 63) questionMarks++;
    else if (c === 35) hashtags++;
  }
  const smileys = text.match(SMILEY_RE)?.length ?? 0;
  const wordSentences = sentences.filter((s) => s.endToken - s.firstToken > 0).length;
  return {
    text,
    tokens,
    sentences,
    emoji,
    exclamations,
    smileys,
    questionMarks,
    hashtags,
    avgWordsPerSentence: wordSentences ? tokens.length / wordSentences : 0,
  };
}
