/**
 * parseFast against zod itself: on real reads and on thousands of broken copies of them, it must
 * accept exactly what zod accepts unchanged, return zod's result (or throw zod's error) otherwise.
 */
import { describe, expect, it } from 'vitest';
import { isDeepStrictEqual } from 'node:util';
import { parseHTML } from 'linkedom';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildFacebookPage } from '../../fixtures/builder/build-page';
import { fjordvikSpec, FJORDVIK_URL } from '../../fixtures/demo/fjordvik';
import { readPage } from '../../../lib/reader/read-page';
import { PageSnapshotSchema, type PageSnapshot } from '../../../lib/snapshot/schema';
import { checkerOf, parseFast } from '../../../lib/validation/parse-fast';
import { z } from '../../../lib/validation/zod-mini';

const now = new Date('2026-11-22T12:00:00Z');
const REAL = join(import.meta.dirname, '../../fixtures/real');

function snapshots(): PageSnapshot[] {
  const spec = fjordvikSpec(now);
  const pages = [
    buildFacebookPage(spec, { now, uiLocale: 'nb', collapseComments: false }),
    buildFacebookPage(spec, { now, uiLocale: 'en', loggedIn: false }),
    buildFacebookPage(spec, { now, uiLocale: 'da', aboutTab: true }),
    ...readdirSync(REAL).filter((f) => f.endsWith('.html')).map((f) => readFileSync(join(REAL, f), 'utf8')),
    '<html><body><p>not a page</p></body></html>',
  ];
  return pages.map((html) => readPage(parseHTML(html).document, { url: FJORDVIK_URL, now }));
}

/** Equal, and with every object's keys in the same order (the same JSON text, undefined values included). */
function sameInOrder(a: unknown, b: unknown): boolean {
  if (!isDeepStrictEqual(a, b)) return false;
  if (a === null || typeof a !== 'object') return true;
  if (Array.isArray(a)) return a.every((x, i) => sameInOrder(x, (b as unknown[])[i]));
  const keys = Object.keys(a);
  return keys.join('\u0000') === Object.keys(b as object).join('\u0000') && keys.every((k) => sameInOrder((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** What the checker must answer: zod accepts the value and returns it unchanged. */
function zodKeepsAsIs(schema: z.ZodMiniType, value: unknown): boolean {
  const result = schema.safeParse(value);
  return result.success && sameInOrder(result.data, value);
}

type Path = (string | number)[];

/** The path of every place in a value, objects and arrays alike. */
function paths(value: unknown, at: Path = [], out: Path[] = []): Path[] {
  if (value && typeof value === 'object') {
    for (const key of Array.isArray(value) ? [...value.keys()] : Object.keys(value)) {
      out.push([...at, key]);
      paths((value as Record<string, unknown>)[key], [...at, key], out);
    }
  }
  return out;
}

/** A copy of `value`, and in it the object or array that holds the place `path`. */
function copyAt(value: unknown, path: Path): [unknown, Record<string | number, unknown>] {
  const copy = structuredClone(value);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  return [copy, parent];
}

const BAD_VALUES: unknown[] = [
  undefined, null, '', 'x', 0, -1, 1.5, NaN, Infinity, Number.MAX_SAFE_INTEGER + 2, true, [], {}, ['x'], { a: 1 },
  '2026-13-40T99:00:00Z', '2026-11-22T12:00:00', '2026-11-22T12:00:00+01:00', 'x'.repeat(201), 'day', 'dom', 'comet', 'ok', 1,
];

/** Copies of `snap`, each broken in one place: a value replaced, a key removed or added, keys reordered. */
function* mutants(snap: unknown, count: number): Generator<unknown> {
  const all = paths(snap);
  const every = Math.max(1, Math.floor(all.length / count));
  for (let i = 0; i < all.length; i += every) {
    const path = all[i];
    const key = path[path.length - 1];
    for (const bad of BAD_VALUES) {
      const [copy, parent] = copyAt(snap, path);
      parent[key] = bad;
      yield copy;
    }
    if (typeof key === 'string') {
      const [removed, p1] = copyAt(snap, path);
      delete p1[key];
      yield removed;
      const [extra, p2] = copyAt(snap, path);
      p2.unexpected = 1;
      yield extra;
      // the same keys, this one moved to the end
      const [moved, p3] = copyAt(snap, path);
      const value = p3[key];
      delete p3[key];
      p3[key] = value;
      yield moved;
    }
  }
}

describe('parseFast', () => {
  const reads = snapshots();

  it('accepts the reader’s own snapshots, and returns them as they are', () => {
    expect(reads.length).toBeGreaterThan(5);
    for (const snap of reads) {
      expect(zodKeepsAsIs(PageSnapshotSchema, snap)).toBe(true);
      expect(checkerOf(PageSnapshotSchema)(snap)).toBe(true);
      expect(parseFast(PageSnapshotSchema, snap)).toBe(snap);
    }
  });

  it('agrees with zod on thousands of broken snapshots', () => {
    const check = checkerOf(PageSnapshotSchema);
    let tried = 0;
    let rejected = 0;
    const disagreements: string[] = [];
    for (const snap of reads) {
      // small copies: the big demo snapshot is cut to its first posts, so that each copy is cheap
      const small = { ...snap, posts: snap.posts.slice(0, 3) };
      for (const mutant of mutants(small, 60)) {
        tried++;
        const expected = zodKeepsAsIs(PageSnapshotSchema, mutant);
        if (!expected) rejected++;
        if (check(mutant) !== expected) disagreements.push(JSON.stringify(mutant).slice(0, 200));
      }
    }
    expect(disagreements).toEqual([]);
    expect(tried).toBeGreaterThan(3000);
    // most breaks are real errors, so both answers occur
    expect(rejected).toBeGreaterThan(tried / 2);
    expect(tried - rejected).toBeGreaterThan(50);
  });

  it('returns zod’s result for what it does not accept as it is, and throws zod’s error', () => {
    const snap = structuredClone(reads[0]) as PageSnapshot & { extra?: number };
    snap.extra = 1;
    const parsed = parseFast(PageSnapshotSchema, snap);
    expect(parsed).not.toBe(snap);
    expect('extra' in parsed).toBe(false);
    expect(sameInOrder(parsed, PageSnapshotSchema.parse(snap))).toBe(true);

    const broken = structuredClone(reads[0]);
    (broken.posts[0] as { text: unknown }).text = 5;
    expect(() => parseFast(PageSnapshotSchema, broken)).toThrowError(/posts.*0.*text|expected string/s);
    let zodMessage = '';
    try {
      PageSnapshotSchema.parse(broken);
    } catch (error) {
      zodMessage = (error as Error).message;
    }
    expect(() => parseFast(PageSnapshotSchema, broken)).toThrowError(zodMessage);
  });

  it('checks a schema that holds itself through a getter', () => {
    interface Tree {
      name: string;
      children: Tree[];
    }
    const TreeSchema: z.ZodMiniType<Tree> = z.object({
      name: z.string(),
      get children() {
        return z.array(TreeSchema);
      },
    });
    const good: Tree = { name: 'a', children: [{ name: 'b', children: [] }] };
    const bad = { name: 'a', children: [{ name: 'b', children: [{ name: 3, children: [] }] }] };
    expect(checkerOf(TreeSchema)(good)).toBe(true);
    expect(parseFast(TreeSchema, good)).toBe(good);
    expect(checkerOf(TreeSchema)(bad)).toBe(false);
    expect(zodKeepsAsIs(TreeSchema, bad)).toBe(false);
  });

  it('leaves to zod what would change the value: defaults, trimming, coercion, loose objects', () => {
    const cases: [z.ZodMiniType, unknown][] = [
      [z.object({ a: z._default(z.string(), 'd') }), {}],
      [z.object({ a: z.optional(z._default(z.string(), 'd')) }), {}],
      [z.string().check(z.trim()), ' x '],
      [z.string().check(z.toLowerCase()), 'ABC'],
      [z.coerce.number(), '5'],
      [z.looseObject({ a: z.string() }), { a: 'x', b: 1 }],
      [z.strictObject({ a: z.string() }), { a: 'x' }],
      [z.array(z.string()).check(z.maxLength(1)), ['a', 'b']],
      [z.union([z.string(), z.number()]), 3],
      [z.record(z.string(), z.number()), { a: 1 }],
    ];
    for (const [schema, value] of cases) {
      expect(checkerOf(schema)(value), JSON.stringify(value)).toBe(zodKeepsAsIs(schema, value));
      const safe = schema.safeParse(value);
      if (safe.success) expect(parseFast(schema, value)).toEqual(safe.data);
      else expect(() => parseFast(schema, value)).toThrow();
    }
  });
});
