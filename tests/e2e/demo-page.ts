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
  const span = (Math.max(...times) - Math.min(...times)) / (7 * 86_400_000);
  return {
    /** posts within the default 4-week depth */
    posts: times.length,
    postsPerWeek: times.length / Math.max(span, 1),
    hasHours: Boolean(spec.hours),
  };
}
