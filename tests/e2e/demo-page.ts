import { buildFacebookPage } from '../fixtures/builder/build-page';
import { fjordvikSpec, FJORDVIK_URL } from '../fixtures/demo/fjordvik';

/** The bundled demo: «Fjordvik kommune» as a logged-in Norwegian viewer sees it, dated relative to `now`. */
export const DEMO_URL = FJORDVIK_URL;

export function buildDemoPage(now: Date): string {
  return buildFacebookPage(fjordvikSpec(now), { now, uiLocale: 'nb', loggedIn: true });
}

/** Facts about the demo, counted from its data (not from the extension), for tests to compare against. */
export function demoSpecFacts(now: Date) {
  const spec = fjordvikSpec(now);
  const fourWeeksAgo = now.getTime() - 28 * 86_400_000;
  const times = spec.posts.map((p) => Date.parse(p.at)).filter((t) => t >= fourWeeksAgo);
  const spanDays = (Math.max(...times) - Math.min(...times)) / 86_400_000;
  const postsPerWeek = times.length / (spanDays / 7);
  return {
    /** posts within the default 4-week depth (pinned ones included: they are on the page too) */
    posts: times.length,
    postsPerWeek,
    /** H1 by the thresholds of shared/claims.md: > 4 a week pass, ≥ 2 could improve */
    expectedH1: postsPerWeek > 4 ? 'pass' : postsPerWeek >= 2 ? 'could-improve' : 'poor',
    hasHours: Boolean(spec.hours),
  };
}
