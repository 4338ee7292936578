/**
 * `npm run bench:ab -- <git ref>`: the reader and the judge of <ref> (default HEAD) against the
 * working tree, on the benchmark page in Chromium, alternated in ONE page so that both see the
 * same machine load. For checking a speed change before keeping it: node and Chromium can
 * disagree (a change that was faster in node made the judge 60 % slower in Chromium).
 * Prints the 10th percentile and the median of each, in ms. RUNS=<n> sets the number of runs.
 */
import { execSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { buildFacebookPage } from '../fixtures/builder/build-page';
import { largeSpec } from './large-page';
import { CHROMIUM } from '../e2e/harness';
import { ensureChromium } from '../e2e/ensure-chromium';

const ROOT = resolve(import.meta.dirname, '../..');
const ref = process.argv[2] ?? 'HEAD';
const runs = Number(process.env.RUNS ?? 30);
const URL_ = 'https://www.facebook.com/fjordvikkommune';
const NOW = new Date();

async function bundle(root: string, name: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'tests/bench/ab-entry.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'chrome120', minify: true,
    banner: { js: `globalThis.__abName=${JSON.stringify(name)};` }, logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

async function main() {
  ensureChromium();
  const commit = execSync(`git -C ${ROOT} rev-parse ${ref}`).toString().trim();
  const other = join(mkdtempSync(join(tmpdir(), 'kommunesjekk-ab-')), 'tree');
  execSync(`git -C ${ROOT} worktree add --detach ${other} ${commit}`, { stdio: 'ignore' });
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(other, 'node_modules'));
    copyFileSync(join(ROOT, 'tests/bench/ab-entry.ts'), join(other, 'tests/bench/ab-entry.ts'));
    const [a, b] = [await bundle(other, '__A'), await bundle(ROOT, '__B')];
    const html = buildFacebookPage(largeSpec(NOW, 500, 4), { now: NOW, uiLocale: 'nb', loggedIn: true, collapseComments: false });
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    try {
      const page = await browser.newPage();
      await page.route('**/*', (route) => (route.request().url().startsWith(URL_) ? route.fulfill({ contentType: 'text/html', body: html }) : route.abort()));
      await page.goto(URL_);
      await page.addScriptTag({ content: a });
      await page.addScriptTag({ content: b });
      // a string, not a function: the runner's transpiler would add helpers the page does not have
      const result = (await page.evaluate(`(() => {
        const A = __A(${JSON.stringify(URL_)}, ${JSON.stringify(NOW.toISOString())}), B = __B(${JSON.stringify(URL_)}, ${JSON.stringify(NOW.toISOString())});
        const t = { A: { read: [], judge: [] }, B: { read: [], judge: [] } };
        for (let i = 0; i < ${runs} + 3; i++) {
          const order = i % 2 ? [['A', A], ['B', B]] : [['B', B], ['A', A]];
          for (const [name, v] of order) { const r = v.read(), j = v.judge(); if (i >= 3) { t[name].read.push(r); t[name].judge.push(j); } }
        }
        const q = (v, p) => [...v].sort((x, y) => x - y)[Math.floor(v.length * p)].toFixed(1);
        const sum = (x) => ({ read: [q(x.read, 0.1), q(x.read, 0.5)], judge: [q(x.judge, 0.1), q(x.judge, 0.5)] });
        return { A: sum(t.A), B: sum(t.B) };
      })()`)) as Record<'A' | 'B', { read: string[]; judge: string[] }>;
      console.log(`\n${runs} alternated runs, ms (10th percentile / median)`);
      console.log(`  ${ref.padEnd(14)} reader ${result.A.read.join(' / ')}   judge ${result.A.judge.join(' / ')}`);
      console.log(`  ${'working tree'.padEnd(14)} reader ${result.B.read.join(' / ')}   judge ${result.B.judge.join(' / ')}\n`);
    } finally {
      await browser.close();
    }
  } finally {
    execSync(`git -C ${ROOT} worktree remove --force ${other}`, { stdio: 'ignore' });
    rmSync(resolve(other, '..'), { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
