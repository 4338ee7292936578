/**
 * Facebook interface strings, per viewer locale. Confidence follows ../../../shared/facebook-ui-strings.md:
 * 'seen' (✔) is matched exactly; 'partial' (≈) and 'inferred' (?) are matched loosely (case-insensitive
 * prefix), and the reader prefers language-independent hooks over all of them.
 */
export type Confidence = 'seen' | 'partial' | 'inferred';

export interface UiString {
  forms: string[];
  confidence: Confidence;
}

/** A label with a number in it, such as «12 kommentarer». `pattern` has one capture group for the number. */
export interface UiPattern {
  pattern: RegExp;
  confidence: Confidence;
}

export type FacebookLocale = 'nb' | 'nn' | 'da' | 'sv' | 'en';

export interface UiStrings {
  locale: FacebookLocale;
  /** the <html lang> values Facebook uses for this interface language */
  htmlLang: string[];

  // expanding (safe to press)
  seeMore: UiString;
  viewMoreComments: UiString;
  /** «Vis 3 svar», «Vis flere svar» */
  viewReplies: UiPattern;
  mostRelevant: UiString;
  allComments: UiString;
  newest: UiString;

  // actions that must never be pressed (deny-list; see lib/reader/deny-list.ts)
  like: UiString;
  comment: UiString;
  share: UiString;
  reply: UiString;
  follow: UiString;
  sendMessage: UiString;

  // page header / intro
  intro: UiString;
  /** «Side · Kommune»: the word before the middle dot */
  pagePrefix: UiString;
  followers: UiPattern;
  likes: UiPattern;
  openNow: UiString;
  closedNow: UiString;
  alwaysOpen: UiString;
  /** «Svarer vanligvis innen en dag» */
  replySpeed: UiString;
  about: UiString;

  // posts and comments
  /** prefix of a comment's aria-label: «Kommentar fra NAME …» */
  commentBy: UiString;
  /** prefix of a reply's aria-label: «Svar fra A på B sin kommentar …» */
  replyBy: UiString;
  authorBadge: UiString;
  pinned: UiString;
  reactionsToolbar: UiString;
  commentCount: UiPattern;
  shareCount: UiPattern;

  // login wall
  logIn: UiString;
  loginWall: UiString;

  // times
  time: {
    justNow: UiString;
    yesterday: UiString;
    /** unit words after a number: «2 t», «5 min», «1 u» */
    minute: string[];
    hour: string[];
    day: string[];
    week: string[];
    month: string[];
    year: string[];
    /** the word between date and time: «kl.», «at» */
    at: string[];
    /** long aria form «for 3 timer siden» is matched by the units above plus these words */
    ago: string[];
    confidence: Confidence;
  };
}
