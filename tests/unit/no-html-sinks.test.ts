/**
 * Text read from the page is only ever rendered as text (React escapes it). This keeps it so: no
 * source file of the extension uses a DOM API or React prop that parses a string as HTML.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SINKS = /\binnerHTML\b|\bouterHTML\b|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|createContextualFragment|\bsrcdoc\b|new\s+Function\s*\(|\beval\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('no HTML sinks in the extension', () => {
  const files = ['entrypoints', 'components', 'lib'].flatMap((dir) => sources(join(ROOT, dir)));

  it('reads the source files it checks', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith('entrypoints/content.ts'))).toBe(true);
  });

  it.each(['entrypoints', 'components', 'lib'])('none in %s/', (dir) => {
    const offending = files.filter((f) => f.startsWith(join(ROOT, dir))).filter((f) => SINKS.test(readFileSync(f, 'utf8')));
    expect(offending.map((f) => f.slice(ROOT.length + 1))).toEqual([]);
  });

  it('would see one', () => {
    expect(SINKS.test('el.innerHTML = text')).toBe(true);
    expect(SINKS.test('<div dangerouslySetInnerHTML={{ __html: t }} />')).toBe(true);
    expect(SINKS.test('el.textContent = text')).toBe(false);
  });
});
