/**
 * ABSENCE_PROBES let queryFirst answer «none» with one search: a probe must match whenever any
 * alternative of its hook does, or a present hook would be missed.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { ABSENCE_PROBES, SELECTORS, queryFirst, type SelectorName } from '../../../lib/facebook/selectors';
import { buildFacebookPage } from '../../fixtures/builder/build-page';
import { fjordvikSpec } from '../../fixtures/demo/fjordvik';

const NOW = new Date('2026-03-04T10:00:00Z');
const REAL = resolve(import.meta.dirname, '../../fixtures/real');
const pages: [string, string][] = [
  ...(['nb', 'nn', 'da', 'sv', 'en'] as const).flatMap((uiLocale): [string, string][] => [
    [`timeline ${uiLocale}`, buildFacebookPage(fjordvikSpec(NOW), { now: NOW, uiLocale })],
    [`about tab ${uiLocale}`, buildFacebookPage(fjordvikSpec(NOW), { now: NOW, uiLocale, aboutTab: true })],
  ]),
  ...readdirSync(REAL).filter((f) => f.endsWith('.html')).map((f): [string, string] => [f, readFileSync(resolve(REAL, f), 'utf8')]),
];

describe('absence probes', () => {
  const names = Object.keys(ABSENCE_PROBES) as SelectorName[];

  it('exist for the hooks that are usually absent', () => {
    expect(names).toContain('aboutSection');
  });

  it.each(pages)('match whenever an alternative does, and queryFirst finds the same element: %s', (_name, html) => {
    const { document } = parseHTML(html);
    for (const name of names) {
      const first = SELECTORS[name].map((s) => document.querySelector(s)).find((e) => e) ?? null;
      if (first) expect(document.querySelector(ABSENCE_PROBES[name]!), name).not.toBeNull();
      expect(queryFirst(document, name), name).toBe(first);
    }
  });

  it('are asked on pages where the hook is present and where it is not', () => {
    const present = pages.filter(([, html]) => parseHTML(html).document.querySelector(ABSENCE_PROBES.aboutSection!));
    expect(present.length).toBeGreaterThanOrEqual(5);
    expect(pages.length - present.length).toBeGreaterThanOrEqual(5);
  });
});
