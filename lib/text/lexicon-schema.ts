import { z } from '../validation/zod-mini';

/**
 * The shape of a per-language lexicon file (lib/text/lexicon/<lang>.json).
 *
 * A `terms` key is one of:
 *   - a word            «hei»            matched as a whole word, case-insensitive
 *   - a stem            «vannbrudd*»     a word starting with the stem (compounds, inflections, hashtags)
 *   - an ending         «*eres»          a word ending so (passive verbs), at least two letters
 *   - a word part       «*lekkasje*»     anywhere inside a word, at least four letters: the second half
 *                                        of a compound («hovedvannledningen», «avløpspumpestasjonen»)
 *   - a phrase          «stengt vei*»    words in a row (any spaces or punctuation between); the last may be a stem
 *   - a raw pattern     «re:jf\\.»       a regular expression (flags iu) for what is not words (§, jf., 08–15.30)
 * and its value is the weight added to the label's score (negative values count against it).
 * Each distinct term counts once per text, so long texts do not win by repetition.
 */
export const TermsSchema = z.record(z.string(), z.number());

/** Weights of the structural features computed in code (see text-features.ts for their meaning). */
export const FeatureWeightsSchema = z.partialRecord(
  z.enum([
    'emoji', 'exclamation', 'smiley', 'shortSentences', 'longSentences', 'duForm', 'greetingStart',
    'mentions', 'poll', 'opinionQuestion', 'readerQuestion', 'questionMark', 'questionWordStart', 'hashtag',
  ]),
  z.number(),
);

/**
 * Two word lists that count together when both occur in one sentence — a service and a
 * disruption («brua» + «stengt»), a place and a superlative («landets» + «eldste»). Entries are
 * words or stems («stenge*»). With a negatable label, a negated `b` word does not count.
 */
export const PairSchema = z.object({ a: z.array(z.string()).check(z.minLength(1)), b: z.array(z.string()).check(z.minLength(1)), weight: z.number() });

export const LabelLexiconSchema = z.object({
  threshold: z.number(),
  terms: z._default(TermsSchema, {}),
  pairs: z._default(z.array(PairSchema), []),
  features: z._default(FeatureWeightsSchema, {}),
  /** a term preceded (within the language's negation window) by a negation word does not count */
  negatable: z._default(z.boolean(), false),
});
export type LabelLexicon = z.infer<typeof LabelLexiconSchema>;

export const LanguageLexiconSchema = z.object({
  lang: z.enum(['nb', 'nn', 'da', 'sv', 'en']),
  detect: z.object({
    /** function words and spellings typical of the language: weight per distinct word */
    words: z.record(z.string(), z.number()),
    /** characters typical (positive) or impossible (negative) in the language: weight once if present */
    chars: z._default(z.record(z.string(), z.number()), {}),
    /** word endings typical of the language («-erne» in Danish): weight per word with the ending */
    suffixes: z._default(z.record(z.string(), z.number()), {}),
  }),
  negation: z.object({
    words: z.array(z.string()),
    /** «ikke lenger», «no longer»: an all-clear, not a negation — the term counts */
    breakers: z._default(z.array(z.string()), []),
    window: z.int().check(z.gte(1)).check(z.lte(6)),
  }),
  /** verbs that end a quotation («– …, sier ordføreren»): the quoted part does not address the reader */
  quoteAttributionVerbs: z.array(z.string()),
  duForm: z.object({
    threshold: z.number(),
    /** second-person pronouns, any case */
    pronouns: z.array(z.string()),
    /** pronouns that count only when written in lower case (nn «de» = you, capital «De» is formal) */
    lowercasePronouns: z._default(z.array(z.string()), []),
    /** pronouns that count only when capitalised (da «I» = you, «i» = in) … */
    capitalPronouns: z._default(z.array(z.string()), []),
    /** … and, at the start of a sentence, only when followed by one of these words («I kan …», not «I dag …») */
    capitalPronounNextWords: z._default(z.array(z.string()), []),
    /** imperatives addressed to the reader, counted at the start of a sentence (a word or a phrase) */
    imperatives: z.array(z.string()),
    /** words that address the reader wherever they stand (en «please») */
    addressWords: z._default(z.array(z.string()), []),
    /** fixed phrases whose pronoun does not address the reader (en «thank you to» a third party) */
    pronounExceptions: z._default(z.array(z.string()), []),
    /** words after which an imperative also counts («…, men kjør forsiktig») */
    imperativeAfter: z._default(z.array(z.string()), []),
    /** weights: a pronoun, an imperative */
    pronounWeight: z.number(),
    imperativeWeight: z.number(),
  }),
  /** greetings that open a post («Hei!», «God morgen») */
  greetings: z._default(z.array(z.string()), []),
  /** words that make a question an opinion question («Hva mener du?») */
  opinionWords: z._default(z.array(z.string()), []),
  /** question words that open a question («Når», «Hvorfor») */
  questionWords: z._default(z.array(z.string()), []),
  labels: z.object({
    informal: LabelLexiconSchema,
    pride: LabelLexiconSchema,
    praise: LabelLexiconSchema,
    operational: LabelLexiconSchema,
    dialogue: LabelLexiconSchema,
    citizenQuestion: LabelLexiconSchema,
  }),
  /** About/intro texts (H8/H9) */
  page: z.object({ purpose: LabelLexiconSchema, rules: LabelLexiconSchema, answeringTimes: LabelLexiconSchema }),
});
export type LanguageLexicon = z.infer<typeof LanguageLexiconSchema>;

export const DetectSettingsSchema = z.object({
  /** below this score the language is «unknown» */
  minScore: z.number(),
  /** when unknown, the lexicon used to analyse anyway */
  fallback: z.enum(['nb', 'nn', 'da', 'sv', 'en']),
  /** order that breaks ties */
  tieOrder: z.array(z.enum(['nb', 'nn', 'da', 'sv', 'en'])),
  /** languages close enough that detection often confuses them */
  closeGroups: z._default(z.array(z.array(z.enum(['nb', 'nn', 'da', 'sv', 'en']))), []),
  /** a close language scoring at least this share of the best is analysed too */
  ambiguityRatio: z._default(z.number().check(z.gte(0)).check(z.lte(1)), 1),
});
