import { describe, expect, it } from 'vitest';
import { normalizeUrl, paramOf, postUrl, sameUrl, startPermalinkRead, storyIdOf } from '../../../lib/reader/permalink';

/** The general algorithm (URL + URLSearchParams), which the reader's quick path must agree with. */
function reference(href: string, base = 'https://www.facebook.com/'): string | null {
  try {
    const url = new URL(href.replace(/\\\//g, '/'), base);
    const kept = new URLSearchParams();
    for (const key of ['story_fbid', 'id', 'fbid', 'v', 'comment_id', 'reply_comment_id', 'set']) {
      const value = url.searchParams.get(key);
      if (value !== null) kept.set(key, value);
    }
    const query = kept.toString();
    return `${url.origin}${url.pathname.replace(/\/$/, '')}${query ? `?${query}` : ''}`;
  } catch {
    return null;
  }
}

const HREFS = [
  'https://www.facebook.com/fjordvik/posts/pfbid0abc123?comment_id=123&__cft__[0]=AZX&__tn__=R]-R',
  '/fjordvik/posts/pfbid0abc?comment_id=1&reply_comment_id=2',
  '/fjordvik/posts/pfbid0abc/?reply_comment_id=2&comment_id=1#top',
  '/permalink.php?story_fbid=987654321&id=12345&__tn__=%2CO*F',
  '/permalink.php?id=12345&story_fbid=987654321&story_fbid=111',
  '/photo/?fbid=555&set=a.123.456',
  '/watch/?v=42&ref=sharing',
  '?comment_id=7',
  '/x/posts/1?comment_id=a%20b',
  '/x/posts/1?comment_id=a+b',
  '/x/posts/1?comment%5Fid=9',
  '/x/posts/1?comment_id',
  '/x/posts/1?comment_id=&id=3',
  '/x/posts/1?&&comment_id=5&&',
  '/x/posts/1?comment_id=5=6',
  '/x/posts/1?comment_id=1#?reply_comment_id=2',
  'https:\\/\\/www.facebook.com\\/x\\/posts\\/1?comment_id=3',
  '/x/po sts/ø?comment_id=1',
  '/x/posts/1?comm\tent_id=4',
  'https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org&h=AT0',
  'https://www.facebook.com:443/x/?id=1',
  'http://[invalid/?id=1',
  'mailto:post@kommune.no?subject=hei&id=2',
  '/x/posts/1?ID=2&id=3',
  '/a/./b?id=1', '/a/../b?id=1', '/a/%2e%2E/b?id=1', '/a/%2E/b?id=1', '/a/.?id=1', '/a/..?id=1', '/a/.b/c..?id=1',
  '/a b?id=1', "/a'b?id=1", '/a"b?id=1', '/a%zz/b?id=1', '/a%41/b?id=1', '/a/b/?id=1', '//evil.example/x?id=1',
  'https://www.facebook.com?id=1', 'https://www.facebook.com/?id=1', 'https://WWW.facebook.com/x?id=1', 'https://www.facebook.com//x//?id=1',
  '/æøå/posts?id=1', '/x/posts/1?comment_id=1#frag?x', 'x/posts/1?id=1', './x?id=1', '../x?id=1',
  // read pair by pair in place: empty and repeated pairs, «%» / «+» in a later key or only in a value
  '/x#a?id=1', '/x/posts/1?', '/x/posts/1?&', '/x/posts/1?id=1&id=2&comment_id=3&comment_id=4', '/x/posts/1?ref=a%20b&id=5',
  '/x/posts/1?id=5&ref+x=1', '/x/posts/1?id=5&re%66=1', '/x/posts/1?id=a%2Bb', '/x/posts/1?v=1.2*3-4_5', '/x/posts/1?v=1~2',
  '/x/posts/1?ids=1&i=2&id=3', '/x/posts/1?set=a.1&fbid=2&story_fbid=3&v=4&reply_comment_id=5&comment_id=6&id=7',
];

describe('permalinks', () => {
  it('normalises every kind of link exactly as URL and URLSearchParams do', () => {
    startPermalinkRead();
    for (const href of HREFS) expect(normalizeUrl(href), href).toBe(reference(href));
  });

  it('reads a parameter of the normalised link, decoded', () => {
    startPermalinkRead();
    for (const href of HREFS) {
      const n = reference(href);
      // a normalised non-web link («nullpost@…?id=2» from mailto:) is not a URL to read from
      if (n && !URL.canParse(n)) continue;
      for (const name of ['comment_id', 'reply_comment_id', 'story_fbid', 'id', 'fbid', 'v', 'set', 'ref']) {
        expect(paramOf(href, name), `${name} of ${href}`).toBe(n ? new URL(n).searchParams.get(name) : null);
      }
    }
    expect(paramOf('/x/posts/1?comment_id=a%20b', 'comment_id')).toBe('a b');
    expect(paramOf('/x/posts/1?comment_id=123&__cft__[0]=AZX', 'comment_id')).toBe('123');
  });

  it('gives the comment-free URL and the story id that URL objects give, for every kind of link', () => {
    startPermalinkRead();
    const refPostUrl = (n: string) => {
      const url = new URL(n);
      url.searchParams.delete('comment_id');
      url.searchParams.delete('reply_comment_id');
      return url.toString().replace(/\?$/, '');
    };
    const refStoryId = (n: string) => {
      const url = new URL(n);
      const pf = /pfbid0\w+/.exec(url.pathname + url.search);
      if (pf) return pf[0];
      const fbid = url.searchParams.get('story_fbid') ?? url.searchParams.get('fbid') ?? url.searchParams.get('v');
      if (fbid) return fbid;
      return /\/(?:posts|videos|photos|reel)\/(?:[^/]+\/)?(\d{5,})/.exec(url.pathname)?.[1] ?? null;
    };
    const more = [
      '/fjordvik/posts/pfbid02xYz?comment_id=1', '/fjordvik/videos/1234567/?comment_id=5', '/fjordvik/photos/a.1/9876543/?id=3',
      '/reel/55555?v=7', '/x/posts/pfbid0a?story_fbid=9&comment_id=2&reply_comment_id=3', '/x/posts/1?v=', '/x/posts/1?fbid=8&v=9',
    ];
    let plain = 0;
    for (const href of [...HREFS, ...more]) {
      const n = reference(href);
      if (!n || !URL.canParse(n)) continue;
      if (n.startsWith('https://www.facebook.com/')) plain++;
      expect(postUrl(href), `postUrl ${href}`).toBe(refPostUrl(n));
      expect(storyIdOf(href), `storyIdOf ${href}`).toBe(refStoryId(n));
    }
    expect(plain).toBeGreaterThan(30);
  });

  it('says two links are the same URL exactly when their normalised forms are equal', () => {
    startPermalinkRead();
    const targets = ['https://www.facebook.com/fjordvikkommune', 'https://www.facebook.com/fjordvikkommune/', '/profile.php?id=12345', 'https://www.facebook.com/people/Fjordvik-kommune/100064/', 'https://www.facebook.com/', 'https://www.facebook.com/fjordvik kommune', 'http://[invalid/'];
    const hrefs = [
      ...HREFS, ...targets,
      '/fjordvikkommune?comment_id=1&__cft__[0]=AZ', '/fjordvik\tkommune', '/fjordvik\nkommune?id=1', '/x/../fjordvikkommune', '/Fjordvikkommune', 'fjordvikkommune',
      'https://www.facebook.com/fjordvikkommune/?__tn__=R', '/fjordvik%6Bommune', '/fjordvik%20kommune', 'https:\\/\\/www.facebook.com\\/fjordvikkommune', 'https://WWW.FACEBOOK.COM/fjordvikkommune',
      '/profile.php?id=12345&comment_id=9', '/profile.php?id=54321', '/people/Fjordvik-kommune/100064?__tn__=x', '/kari.nordmann?comment_id=5',
    ];
    let same = 0;
    for (const target of targets) {
      for (const href of hrefs) {
        const expected = normalizeUrl(href) === normalizeUrl(target);
        if (expected) same++;
        expect(sameUrl(href, target), `${href} vs ${target}`).toBe(expected);
      }
    }
    expect(same).toBeGreaterThan(15);
  });

  it('reduces a post link to its id and its comment-free URL', () => {
    startPermalinkRead();
    expect(storyIdOf('/fjordvik/posts/pfbid0abc123?comment_id=1')).toBe('pfbid0abc123');
    expect(storyIdOf('/permalink.php?story_fbid=987654321&id=12345')).toBe('987654321');
    expect(storyIdOf('/fjordvik/posts/1234567890')).toBe('1234567890');
    expect(storyIdOf('/fjordvik/about')).toBeNull();
    expect(postUrl('/fjordvik/posts/pfbid0abc?comment_id=1&reply_comment_id=2')).toBe('https://www.facebook.com/fjordvik/posts/pfbid0abc');
  });
});
