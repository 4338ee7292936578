/**
 * Reads the server data Comet embeds in `<script type="application/json" data-sjs>` blocks:
 * stories with their exact `creation_time`, permalink and message text (see the 2024 capture).
 * Undocumented like the DOM: anything unexpected is skipped, never thrown.
 */
import type { HookQuery } from './doc-query';

export interface StructuredStory {
  postId: string | null;
  url: string | null;
  creationTime: number | null;
  text: string | null;
}

export interface StructuredData {
  stories: StructuredStory[];
  /** every JSON object with a string `text` inside an intro/profile tile renderer, for the intro */
  introTexts: string[];
  blocks: number;
}

type Json = unknown;

function isObject(v: Json): v is Record<string, Json> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Finds the first value in a subtree satisfying `pick` (depth-first, bounded). */
function findIn<T>(root: Json, pick: (o: Record<string, Json>) => T | undefined, depth = 0): T | undefined {
  if (depth > 60) return undefined;
  if (Array.isArray(root)) {
    for (const v of root) {
      const r = findIn(v, pick, depth + 1);
      if (r !== undefined) return r;
    }
    return undefined;
  }
  if (!isObject(root)) return undefined;
  const here = pick(root);
  if (here !== undefined) return here;
  for (const v of Object.values(root)) {
    const r = findIn(v, pick, depth + 1);
    if (r !== undefined) return r;
  }
  return undefined;
}

export function readStructuredData(query: HookQuery): StructuredData {
  const elements = query.allFirst('structuredData');
  const stories: StructuredStory[] = [];
  const seen = new Set<string>();
  const introTexts: string[] = [];
  let blocks = 0;

  const visit = (node: Json, depth: number, inIntro: boolean) => {
    if (depth > 80) return;
    if (Array.isArray(node)) {
      for (const v of node) visit(v, depth + 1, inIntro);
      return;
    }
    if (!isObject(node)) return;
    const typename = typeof node.__typename === 'string' ? node.__typename : '';
    if (typename === 'Story' && (typeof node.post_id === 'string' || typeof node.id === 'string')) {
      const timed = findIn(node, (o) => (typeof o.creation_time === 'number' ? { t: o.creation_time as number, url: typeof o.url === 'string' ? (o.url as string) : null } : undefined));
      const text = findIn(node, (o) => (isObject(o.message) && typeof o.message.text === 'string' ? (o.message.text as string) : undefined));
      const url = timed?.url ?? findIn(node, (o) => (typeof o.url === 'string' && /facebook\.com/.test(o.url as string) ? (o.url as string) : undefined)) ?? null;
      const postId = typeof node.post_id === 'string' ? node.post_id : null;
      const key = postId ?? url ?? String(node.id);
      if (!seen.has(key) && (timed || text)) {
        seen.add(key);
        stories.push({ postId, url, creationTime: timed?.t ?? null, text: text ?? null });
      }
      // a shared post's own story sits inside: do not count it as the page's post
      return;
    }
    const intro = inIntro || /ProfileTile|IntroBio|ProfileStatus|ContextItem/.test(typename);
    if (intro && typeof node.text === 'string' && node.text.trim()) introTexts.push(node.text.trim());
    for (const v of Object.values(node)) visit(v, depth + 1, intro);
  };

  for (const script of elements) {
    const raw = script.textContent ?? '';
    if (!raw.trim().startsWith('{') && !raw.trim().startsWith('[')) continue;
    try {
      visit(JSON.parse(raw), 0, false);
      blocks++;
    } catch {
      // a block that is not JSON is skipped
    }
  }
  return { stories, introTexts: [...new Set(introTexts)], blocks };
}
