// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CoverageList } from '../../../components/CoverageList';
import { COVERAGE_NOTES, coverageNote, type CoverageNoteKey } from '../../../lib/reader/coverage-notes';
import { t } from '../../../lib/i18n/translate';

afterEach(cleanup);

describe('coverage notes in the user’s language', () => {
  it('every note the reader can give has a string in every interface language, with the same parameters', () => {
    for (const key of Object.keys(COVERAGE_NOTES) as CoverageNoteKey[]) {
      const params = [...COVERAGE_NOTES[key].matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      for (const locale of ['nb', 'nn', 'da', 'sv', 'en'] as const) {
        const text = t(locale, `coverage.note.${key}`);
        expect(text, `${locale} ${key}`).not.toBe(`coverage.note.${key}`);
        expect([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort(), `${locale} ${key}`).toEqual(params);
      }
    }
  });

  it('shows the reader’s advice in Norwegian, with its figures', () => {
    render(
      <CoverageList
        locale="nb"
        coverage={{
          about: { found: false, source: null, count: 0, ...coverageNote('aboutNotRead') },
          postTimes: { found: true, source: 'dom', count: 12, ...coverageNote('untimedPosts', { missing: 3, total: 15 }) },
        }}
      />,
    );
    expect(screen.getByTestId('coverage-note-about').textContent).toContain('Åpne fanen «Om»');
    expect(screen.getByTestId('coverage-note-postTimes').textContent).toContain('3 av 15 innlegg har ingen lesbar tid');
  });

  it('keeps the English text for logs', () => {
    expect(coverageNote('untimedPosts', { missing: 3, total: 15 }).note).toBe('3 of 15 posts have no readable time.');
  });
});
