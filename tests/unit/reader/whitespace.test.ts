/**
 * normalizeLabel and textOf skip the rebuild of texts that have single plain spaces only: checked
 * here against the plain collapse over every string of up to five characters from a set of blanks
 * and letters, and on elements (leafText reads a lone text node as it is).
 */
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { normalizeLabel } from '../../../lib/facebook/ui-strings';
import { leafText, textOf } from '../../../lib/reader/dom-text';

const CHARS = [' ', 'a', '\t', '\n', '\u00a0', '\u202f', '\u2003', '\ufeff', '\u3000', 'b', '\u200b'];

function* strings(length: number, prefix = ''): Generator<string> {
  if (length === 0) {
    yield prefix;
    return;
  }
  for (const c of CHARS) yield* strings(length - 1, prefix + c);
}

describe('whitespace', () => {
  it('normalizeLabel collapses exactly as a plain replace of every blank run would', () => {
    let checked = 0;
    let changed = 0;
    for (let length = 0; length <= 5; length++) {
      for (const text of strings(length)) {
        const expected = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
        expect(normalizeLabel(text), JSON.stringify(text)).toBe(expected);
        checked++;
        if (expected !== text) changed++;
      }
    }
    expect(checked).toBeGreaterThan(170_000);
    expect(changed).toBeGreaterThan(100_000);
  });

  it('textOf collapses spaces within lines and trims them, with or without anything to collapse', () => {
    const { document } = parseHTML('<div id="a">Hei alle sammen</div><div id="b"> Hei\u00a0 alle <span>sammen</span>\t!<div>Ny\u202flinje  her </div></div>');
    expect(textOf(document.getElementById('a')!)).toBe('Hei alle sammen');
    expect(textOf(document.getElementById('b')!)).toBe('Hei alle sammen !\nNy linje her');
  });

  it('leafText reads a run\'s text, and refuses an element with children', () => {
    const { document } = parseHTML('<span id="one">Forfatter</span><span id="two">For<!-- x -->fatter</span><span id="empty"></span><span id="parent"><b>x</b></span>');
    expect(leafText(document.getElementById('one')!)).toBe('Forfatter');
    expect(leafText(document.getElementById('two')!)).toBe('Forfatter');
    expect(leafText(document.getElementById('empty')!)).toBe('');
    expect(leafText(document.getElementById('parent')!)).toBeNull();
  });
});
