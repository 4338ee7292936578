/**
 * What the reader tells the user about a field it could not read fully: an interface-string key
 * (lib/i18n/<locale>/ui.ts, «coverage.note.<key>») shown in the user's language, and the English
 * text kept in the snapshot for logs and bug reports.
 */
export const COVERAGE_NOTES = {
  pageName: 'The page name was not found.',
  introMissing: 'The intro box was not found: scroll to the top of the page, or open the About tab («Om»).',
  noCategory: 'No category line («Side · …») in the intro.',
  noBio: 'The intro shows no description.',
  aboutUnrecognised: 'The About tab is open but its content was not recognised. Save the diagnostics file and report it.',
  aboutNotRead: 'Only the intro was read. Open the About tab («Om») and run the audit again to read the purpose and the rules for discussion.',
  hoursStateOnly: 'Only «open now/closed now» was read; the day-by-day hours are in the About tab.',
  noHours: 'No opening hours are shown in the intro.',
  noAnsweringTimes: 'No answering times stated.',
  answeringTimesInAbout: 'No answering times in the intro; the About tab may state them.',
  noHeader: 'The page header was not found, so it is unknown whether messaging is offered.',
  noFollowers: 'The follower count is not shown.',
  noPosts: 'No posts were found on the page. Scroll down to the posts, or check that this is the page’s timeline.',
  untimedPosts: '{missing} of {total} posts have no readable time.',
  cutPosts: '{cut} posts are cut at «Se mer».',
  noCounts: '{missing} posts show no reaction counts.',
  commentsClosed: 'Not all comments are open: switch the comment filter to «Alle kommentarer» and open «Vis flere kommentarer».',
  untimedComments: '{missing} comments have no readable time.',
  postCap: 'Stopped after {cap} posts.',
} as const;

export type CoverageNoteKey = keyof typeof COVERAGE_NOTES;

export interface CoverageNote {
  note: string;
  noteKey: string;
  noteParams?: Record<string, number | string>;
}

export function coverageNote(key: CoverageNoteKey, params?: Record<string, number | string>): CoverageNote {
  const note = COVERAGE_NOTES[key].replace(/\{(\w+)\}/g, (whole, name: string) => (params && name in params ? String(params[name]) : whole));
  return params ? { note, noteKey: `coverage.note.${key}`, noteParams: params } : { note, noteKey: `coverage.note.${key}` };
}
