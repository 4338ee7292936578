// Bundled twice by ab-in-chromium.ts, from two versions of the code: times one read and one judge.
import { readPage } from '../../lib/reader/read-page';
import { judgeSnapshot } from '../../lib/claims/run-claims';

function version(url: string, nowIso: string) {
  const now = new Date(nowIso);
  let snapshot = readPage(document, { url, now });
  return {
    read(): number {
      const t0 = performance.now();
      snapshot = readPage(document, { url, now });
      return performance.now() - t0;
    },
    /** on a fresh copy: the judge keeps what it worked out per snapshot object */
    judge(): number {
      const copy = structuredClone(snapshot);
      const t0 = performance.now();
      judgeSnapshot(copy, { now, locale: 'nb' });
      return performance.now() - t0;
    },
  };
}

(globalThis as unknown as Record<string, unknown>)[(globalThis as unknown as { __abName: string }).__abName] = version;
