/**
 * `npm run eval`: precision and recall of the text classifiers per label and language, for the
 * tuning and the held-out part of tests/corpus separately. Exits non-zero only when the corpus is
 * broken (invalid JSON or schema, duplicate ids/texts) — missing targets are reported, not fatal.
 * `--corpus <dir>` reads another corpus folder; `--tuning-only` skips the held-out part; `--batch <letter>` also reports one tuning batch alone; `--mistakes tuning` lists the tuning part's misclassified items (the held-out part's are never listed).
 */
import { loadCorpus, CORPUS_LANGS, type CorpusItem } from '../corpus/corpus-schema';
import { evaluate, precision, recall, METRIC_KEYS, TARGETS, type Counts, type EvalResult } from './corpus-metrics';
import { analyzeText } from '../../lib/text';

function fmt(v: number | null): string {
  return v === null ? '  – ' : v.toFixed(2);
}

function cell(c: Counts): string {
  const pos = c.tp + c.fn;
  return `${fmt(precision(c))}/${fmt(recall(c))} (${String(pos).padStart(2)})`;
}

function meets(c: Counts, target: number): string {
  const p = precision(c), r = recall(c);
  if (p === null || r === null) return 'n/a';
  return p >= target && r >= target ? 'ok' : 'MISS';
}

function report(name: string, items: CorpusItem[], r: EvalResult, listIds: boolean): void {
  console.log(`\n=== ${name}: ${items.length} items (${r.posts} posts, ${r.comments} comments)`);
  console.log('P/R (positives) per language; target is P and R ≥ the value shown, on the held-out part');
  const header = ['label'.padEnd(16), 'all'.padEnd(17), 'target', ...CORPUS_LANGS.map((l) => l.padEnd(17))].join(' ');
  console.log(header);
  for (const key of METRIC_KEYS) {
    const row = [
      key.padEnd(16),
      cell(r.counts[key].all).padEnd(17),
      `${TARGETS[key].toFixed(1)} ${meets(r.counts[key].all, TARGETS[key])}`.padEnd(6),
      ...CORPUS_LANGS.map((l) => cell(r.counts[key][l]).padEnd(17)),
    ];
    console.log(row.join(' '));
  }
  const ld = r.langDetection;
  // the held-out part's misses are not listed by id, so nobody tunes on them by accident
  const wrong = listIds && ld.wrong.length ? ` — wrong: ${ld.wrong.map((w) => `${w.id}→${w.got}`).join(', ')}` : '';
  console.log(`language detection: ${ld.correct}/${ld.total} correct${wrong}`);
}

/** «tuning-c-da.json» → «c»; the first files (no letter) are batch «a» */
function batchOf(file: string): string {
  return /^(?:tuning|heldout)-([a-z])-/.exec(file)?.[1] ?? 'a';
}

function benchmark(items: CorpusItem[]): void {
  const texts = items.filter((i) => i.kind === 'post').map((i) => i.text);
  const batch: string[] = [];
  while (batch.length < 1000) batch.push(...texts);
  batch.length = 1000;
  // best of five runs: the machine is shared, the best run is the code's own cost
  let ms = Infinity;
  for (let run = 0; run < 5; run++) {
    const t0 = performance.now();
    for (const t of batch) analyzeText(t);
    ms = Math.min(ms, performance.now() - t0);
  }
  console.log(`\nspeed: analyzeText over 1000 posts took ${ms.toFixed(1)} ms (best of 5)`);
}

function main(): void {
  let items: CorpusItem[];
  const dirIdx = process.argv.indexOf('--corpus');
  try {
    items = dirIdx >= 0 && process.argv[dirIdx + 1] ? loadCorpus(process.argv[dirIdx + 1]) : loadCorpus();
  } catch (e) {
    console.error(`broken corpus: ${(e as Error).message}`);
    process.exit(1);
  }
  const tuning = items.filter((i) => i.part === 'tuning');
  const heldout = items.filter((i) => i.part === 'heldout');
  const share = heldout.length / items.length;
  console.log(`corpus: ${items.length} items — tuning ${tuning.length}, held-out ${heldout.length} (${(share * 100).toFixed(0)} %)`);
  const rt = evaluate(tuning);
  report('tuning part', tuning, rt, true);
  // `--batch d`: one tuning batch alone (run before tuning on it, an out-of-sample estimate)
  const batchIdx = process.argv.indexOf('--batch');
  const wanted = batchIdx >= 0 ? process.argv[batchIdx + 1] : undefined;
  if (wanted) {
    const items = tuning.filter((i) => batchOf(i.file) === wanted);
    report(`tuning batch ${wanted}`, items, evaluate(items), false);
  }
  // while tuning, `--tuning-only` keeps even the held-out figures out of sight
  if (!process.argv.includes('--tuning-only')) {
    report('held-out part (never tuned on)', heldout, evaluate(heldout), false);
    // each held-out batch alone, so figures stay comparable with runs made before a batch was added
    for (const b of [...new Set(heldout.map((i) => batchOf(i.file)))].sort()) {
      const items = heldout.filter((i) => batchOf(i.file) === b);
      if (items.length < heldout.length) report(`held-out batch ${b}`, items, evaluate(items), false);
    }
  }
  benchmark(items);
  const showIdx = process.argv.indexOf('--mistakes');
  if (showIdx >= 0 && process.argv[showIdx + 1] === 'tuning') {
    console.log('\nmistakes on the tuning part:');
    for (const m of rt.mistakes) {
      console.log(`${m.id} ${m.key} expected=${m.expected} got=${m.got} [${m.matched.join('|')}] ${m.text.slice(0, 140)}`);
    }
  }
}

main();
