import type { PageSnapshot } from '../snapshot/schema';
import type { Evidence } from './types';
import { excerpt } from './judge-helpers';

/** The intro box was read: any of its parts is known (the bio, its items, the hours or the category). */
export function introWasRead(snapshot: PageSnapshot): boolean {
  const { page, coverage } = snapshot;
  return page.bio !== null || page.introItems.length > 0 || page.hours !== null || page.category !== null
    || coverage.bio?.found === true;
}

export function introTexts(snapshot: PageSnapshot): string[] {
  return [snapshot.page.bio ?? '', ...snapshot.page.introItems].filter((text) => text.trim() !== '');
}

export function aboutTexts(snapshot: PageSnapshot): string[] {
  return (snapshot.page.about?.texts ?? []).filter((text) => text.trim() !== '');
}

/** Evidence for page texts: the texts (intro first, then About) that contain one of the matched words. */
export function pageTextEvidence(snapshot: PageSnapshot, matched: string[], limit = 3): Evidence[] {
  const needles = matched.map((m) => m.toLowerCase()).filter(Boolean);
  const candidates: { kind: 'intro' | 'about'; text: string }[] = [
    ...introTexts(snapshot).map((text) => ({ kind: 'intro' as const, text })),
    ...aboutTexts(snapshot).map((text) => ({ kind: 'about' as const, text })),
    ...(snapshot.page.about?.links ?? []).map((link) => ({ kind: 'about' as const, text: `${link.text} ${link.href}` })),
  ];
  return candidates
    .map((c) => ({ ...c, found: needles.filter((n) => c.text.toLowerCase().includes(n)) }))
    .filter((c) => c.found.length > 0)
    .slice(0, limit)
    .map((c) => ({ kind: c.kind, excerpt: excerpt(c.text), matched: c.found.slice(0, 10) }));
}
