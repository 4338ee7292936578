/**
 * The CLI cuts the class attributes the reader never reads before it parses a saved page
 * (lib/cli/unread-classes.ts). The page must parse into the same tree less those attributes, and
 * read into the same snapshot, on built pages, the real captures and markup chosen to mislead.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { READ_CLASSES, classNamesIn, withoutUnreadClasses } from '../../../lib/cli/unread-classes';
import { SELECTORS } from '../../../lib/facebook/selectors';
import { readPage } from '../../../lib/reader/read-page';
import { WALK_ENGINE } from '../../../lib/reader/walk-engine';
import { buildGroup, buildLoginWall, buildNewsFeed, buildPersonProfile } from '../../fixtures/builder/other-pages';
import { FJORDVIK_URL } from '../../fixtures/demo/fjordvik';
import { samplePages } from '../../fixtures/sample-pages';
import { withQueriesRecorded } from '../../bench/record-queries';

const NOW = new Date('2026-03-04T10:00:00Z');

/** markup where a tokenizer that guessed would cut the wrong thing */
const TRICKY = `<!DOCTYPE html><html lang="nb"><head><title>a class="t" title</title>
<script>var s = '<div class="in-script">';</script><style>.x[class="in-style"] {}</style></head>
<body class="page">
<!-- <div class="in-comment"> -->
<div role="main" class="x1 x2"><p>Skriv class="in-text" i teksten</p>
<div title='a class="in-value"' class="gone">one</div>
<div role="x"class="glued">two</div>
<div/class="after-slash">three</div>
<div class="first" class="userContentWrapper">four</div>
<div class="userContentWrapper x9">five</div>
<div class=unquoted data-x="1">six</div>
<div class>seven</div>
<div CLASS="upper">eight</div>
<div class="a&amp;b">nine</div>
<svg class="icon" role="img"><title>ikon</title></svg>
<textarea class="ta"> class="in-textarea" </textarea>
<div class="last"/>
</div></body></html>`;

const pages: [string, string][] = [
  ...samplePages(NOW),
  ['login wall', buildLoginWall('nb')],
  ['news feed', buildNewsFeed('da')],
  ['group', buildGroup('sv')],
  ['person', buildPersonProfile('en')],
  ['tricky', TRICKY],
];

/** The page's tree with every class attribute taken out, and the class attribute of each element in document order. */
function parsed(html: string): { tree: string; classes: (string | null)[] } {
  const { document } = parseHTML(html);
  const elements = Array.from(document.querySelectorAll('*'));
  // linkedom's getAttribute('class') says '' for an element without one
  const classes = elements.map((el) => (el.hasAttribute('class') ? el.getAttribute('class') : null));
  for (const el of elements) el.removeAttribute('class');
  return { tree: document.toString(), classes };
}

describe('the class attributes the CLI does not parse', () => {
  it('are found by the tokenizer linkedom parses with (one htmlparser2, not a second copy)', () => {
    const ours = createRequire(import.meta.url).resolve('htmlparser2');
    const linkedoms = createRequire(createRequire(import.meta.url).resolve('linkedom')).resolve('htmlparser2');
    expect(ours).toBe(linkedoms);
  });

  it('keep the classes the reader asks for: those its selectors name, and only those', () => {
    expect(READ_CLASSES).toEqual(expect.arrayContaining(['userContentWrapper', 'story_body_container']));
    for (const name of READ_CLASSES) expect(Object.values(SELECTORS).flat().some((s) => s.includes(`.${name}`)), name).toBe(true);
    expect(classNamesIn(['a[href*="fbcdn.net"]', "[title='x.y']", 'div.a > span.b-c:not(.d_e)', '#m.x'])).toEqual(['a', 'b-c', 'd_e', 'x']);
  });

  it('are class attributes only: text, comments, scripts and other values that say class="…" stay', () => {
    const out = withoutUnreadClasses(TRICKY);
    for (const kept of ['in-script', 'in-style', 'in-comment', 'in-text', 'in-value', 'in-textarea', 'a class="t" title']) expect(out).toContain(kept);
    // kept where cutting could change how the rest of the tag reads, or the value is not plain
    for (const kept of ['"x"class="glued"', '/class="after-slash"', 'CLASS="upper"', 'class="a&amp;b"', 'class="userContentWrapper x9"']) expect(out).toContain(kept);
    for (const gone of ['class="page"', 'class="x1 x2"', 'class="gone"', 'class="first"', 'class=unquoted', 'class="icon"', 'class="ta"', 'class="last"']) expect(out).not.toContain(gone);
    expect(out).toContain('<div  data-x="1">six</div>');
    expect(out).toContain('<div >seven</div>');
    // the second class of a tag is ignored by the parser whatever it holds, so it goes too
    expect(out).not.toContain('class="userContentWrapper">four');
  });

  it('leave a page without class attributes as it was (the same string)', () => {
    const html = '<html><body><div role="main"><p>Hei</p></div></body></html>';
    expect(withoutUnreadClasses(html)).toBe(html);
  });

  describe.each(pages)('%s', (_name, html) => {
    const cut = withoutUnreadClasses(html);

    it('parses into the same tree, less class attributes that name no class the reader asks for', () => {
      const whole = parsed(html);
      const lean = parsed(cut);
      expect(lean.tree).toBe(whole.tree);
      expect(lean.classes).toHaveLength(whole.classes.length);
      whole.classes.forEach((value, i) => {
        if (lean.classes[i] === value) return;
        expect(lean.classes[i], `element ${i}`).toBeNull();
        expect(READ_CLASSES.filter((name) => value!.includes(name)), `element ${i}: ${value}`).toEqual([]);
      });
      // most of them go
      const before = whole.classes.filter((c) => c !== null).length;
      if (before > 20) expect(lean.classes.filter((c) => c !== null).length).toBeLessThan(before / 2);
    });

    it('reads into the same snapshot', () => {
      const read = (source: string) => readPage(parseHTML(source).document as unknown as Document, { url: FJORDVIK_URL, now: NOW, selectorEngine: WALK_ENGINE });
      expect(read(cut)).toEqual(read(html));
    });
  });

  it('are cut from a Facebook page: the saved page gets much smaller', () => {
    const html = pages.find(([name]) => name === 'large')![1];
    expect(withoutUnreadClasses(html).length).toBeLessThan(html.length * 0.75);
  });
});

describe('every class a reader selector names', () => {
  it('is among the kept ones: the reader asks the DOM for no other class on any test page', () => {
    const asked = new Set<string>();
    for (const [, html] of pages) {
      const window = parseHTML(html);
      // the DOM's own selector engine: every selector goes through these methods
      withQueriesRecorded([window.Element.prototype, window.Document.prototype], (_target, _method, selector) => asked.add(selector), () =>
        readPage(window.document as unknown as Document, { url: FJORDVIK_URL, now: NOW }));
    }
    expect(asked.size).toBeGreaterThan(20);
    expect(classNamesIn(asked).filter((name) => !READ_CLASSES.includes(name))).toEqual([]);
  });
});
