// Bundled by run-bench.ts into the benchmark page: the same reader and judge the extension runs.
import { readPage } from '../../lib/reader/read-page';
import { judgeSnapshot } from '../../lib/claims/run-claims';
import type { PageSnapshot } from '../../lib/snapshot/schema';
import { withQueriesRecorded, type QueryMethod } from './record-queries';
import { nestLikeComet } from './comet-nesting';

/** Reads and judges the page; the time of each stage goes into `split` (for the report, not the ratio). */
function readAndJudge(url: string, nowIso: string, split?: { read: number[]; judge: number[] }): number {
  const now = new Date(nowIso);
  const t0 = performance.now();
  const snapshot = readPage(document, { url, now });
  const t1 = performance.now();
  const report = judgeSnapshot(snapshot, { now, locale: 'nb' });
  split?.read.push(t1 - t0);
  split?.judge.push(performance.now() - t1);
  return report.claims.length + snapshot.posts.length;
}

/** The baseline: one plain walk of the same DOM, reading every element's text. */
function baselineWalk(): number {
  let total = 0;
  for (const element of Array.from(document.querySelectorAll('*'))) total += (element.textContent ?? '').length;
  return total;
}

type QueryCall = [target: Document | Element, method: QueryMethod, selector: string];

/** Every selector query one read makes (the DOM's own, on which node and with which selector), recorded by wrapping the methods for that read; and what it read. */
function recordQueries(url: string, nowIso: string): { calls: QueryCall[]; snapshot: PageSnapshot } {
  const calls: QueryCall[] = [];
  const snapshot = withQueriesRecorded([Document.prototype, Element.prototype], (target, method, selector) => calls.push([target, method, selector]), () =>
    readPage(document, { url, now: new Date(nowIso) }));
  return { calls, snapshot };
}

/** The recorded queries asked again, alone: the part of a read that is the browser's selector matching. */
function replayQueries(calls: QueryCall[]): number {
  let n = 0;
  for (const [target, method, selector] of calls) {
    const result = (target as unknown as Record<string, (s: string) => unknown>)[method](selector);
    if (result) n++;
  }
  return n;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

/** Alternates the two so that both see the same state of the page; medians after a warm-up. */
function run(url: string, nowIso: string, runs: number) {
  readAndJudge(url, nowIso);
  baselineWalk();
  const reader: number[] = [];
  const baseline: number[] = [];
  const split = { read: [] as number[], judge: [] as number[] };
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    baselineWalk();
    baseline.push(performance.now() - t0);
    t0 = performance.now();
    readAndJudge(url, nowIso, split);
    reader.push(performance.now() - t0);
  }
  // the reader's DOM queries alone, each right after a walk as the reader's are
  const { calls, snapshot } = recordQueries(url, nowIso);
  const queries: number[] = [];
  for (let i = 0; i < Math.max(5, Math.ceil(runs / 2)); i++) {
    baselineWalk();
    const t0 = performance.now();
    replayQueries(calls);
    queries.push(performance.now() - t0);
  }
  // the same, back to back with no walk in between: what running right after a walk (its ~40 MB of
  // strings, its pass over every element) costs the reader and the judge, through caches and GC
  const backToBack: number[] = [];
  for (let i = 0; i < Math.max(5, Math.ceil(runs / 2)); i++) {
    const t0 = performance.now();
    readAndJudge(url, nowIso);
    backToBack.push(performance.now() - t0);
  }
  // the walk's own time moves from run to run (±10 %): the spread of the per-run ratios shows how much
  const ratios = reader.map((r, i) => r / baseline[i]).sort((a, b) => a - b);
  return {
    reader: median(reader),
    baseline: median(baseline),
    ratioLow: ratios[Math.floor(ratios.length / 4)],
    ratioHigh: ratios[Math.ceil((ratios.length * 3) / 4) - 1],
    read: median(split.read),
    judge: median(split.judge),
    queries: median(queries),
    backToBack: median(backToBack),
    queryCalls: calls.length,
    // what was read, for checking that two shapes of the page read alike
    snapshot: JSON.stringify(snapshot),
    elements: document.querySelectorAll('*').length,
    articles: document.querySelectorAll('[role=article]').length,
  };
}

(window as unknown as { __bench: unknown }).__bench = { run, nest: (levels: number) => nestLikeComet(document, levels) };
