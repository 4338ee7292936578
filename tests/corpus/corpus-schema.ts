/**
 * The labelled text corpus (tests/corpus/*.json), validated with zod on load. A file holds items of
 * one language and one part: «tuning» (the lexicons may be tuned on it) or «heldout» (never tuned on).
 * Posts list the labels that are true (all others are false); comments say whether they are a
 * citizen question that expects an answer from the page (H2).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

export const CORPUS_LABELS = ['duForm', 'informal', 'pride', 'praise', 'operational', 'dialogue'] as const;
export type CorpusLabel = (typeof CORPUS_LABELS)[number];
export const CORPUS_LANGS = ['nb', 'nn', 'da', 'sv', 'en'] as const;
export type CorpusLang = (typeof CORPUS_LANGS)[number];

const Base = {
  id: z.string().regex(/^(nb|nn|da|sv|en)-[a-z]+-\d+$/),
  topic: z.string().min(2),
  text: z.string().min(3).max(2000),
  note: z.string().optional(),
};

export const CorpusPostSchema = z.strictObject({
  ...Base,
  kind: z.literal('post'),
  mentions: z.array(z.string()).optional(),
  hasPoll: z.boolean().optional(),
  labels: z.array(z.enum(CORPUS_LABELS)).refine((l) => new Set(l).size === l.length, 'a label is listed twice'),
});

export const CorpusCommentSchema = z.strictObject({
  ...Base,
  kind: z.literal('comment'),
  citizenQuestion: z.boolean(),
});

export const CorpusFileSchema = z.strictObject({
  part: z.enum(['tuning', 'heldout']),
  lang: z.enum(CORPUS_LANGS),
  items: z.array(z.discriminatedUnion('kind', [CorpusPostSchema, CorpusCommentSchema])).min(1),
});

export type CorpusPart = 'tuning' | 'heldout';
export type CorpusPost = z.infer<typeof CorpusPostSchema> & { lang: CorpusLang; part: CorpusPart; file: string };
export type CorpusComment = z.infer<typeof CorpusCommentSchema> & { lang: CorpusLang; part: CorpusPart; file: string };
export type CorpusItem = CorpusPost | CorpusComment;

export const CORPUS_DIR = new URL('.', import.meta.url).pathname;

/** Loads and validates every corpus file; throws with the file name and the problems on a broken corpus. */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusItem[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  if (files.length === 0) throw new Error(`no corpus files in ${dir}`);
  const items: CorpusItem[] = [];
  const ids = new Set<string>();
  const texts = new Map<string, string>();
  for (const file of files) {
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (e) {
      throw new Error(`${file}: not valid JSON: ${(e as Error).message}`);
    }
    const parsed = CorpusFileSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
    const { part, lang } = parsed.data;
    for (const item of parsed.data.items) {
      if (!item.id.startsWith(`${lang}-`)) throw new Error(`${file}: id ${item.id} does not start with ${lang}-`);
      if (ids.has(item.id)) throw new Error(`${file}: duplicate id ${item.id}`);
      ids.add(item.id);
      const key = item.text.trim().toLowerCase();
      const dup = texts.get(key);
      if (dup) throw new Error(`${file}: ${item.id} repeats the text of ${dup}`);
      texts.set(key, item.id);
      items.push({ ...item, lang, part, file } as CorpusItem);
    }
  }
  return items;
}
