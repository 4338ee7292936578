import { mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { runAuditCli } from '../../../lib/cli/audit-cli';
import { extractMhtmlPage, looksLikeMhtml } from '../../../lib/cli/mhtml';
import { AuditReportSchema, type AuditReport } from '../../../lib/claims/report-schema';
import { readPage } from '../../../lib/reader/read-page';
import { buildFacebookPage } from '../../fixtures/builder/build-page';
import { fjordvikSpec, FJORDVIK_URL } from '../../fixtures/demo/fjordvik';
import { rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const NOW = new Date('2026-11-22T12:00:00Z');
const AT = ['--at', NOW.toISOString()];
const dir = mkdtempSync(join(tmpdir(), 'kommunesjekk-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const REAL = join(__dirname, '../../fixtures/real');

function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const demoHtml = (options: Partial<Parameters<typeof buildFacebookPage>[1]> = {}) =>
  buildFacebookPage(fjordvikSpec(NOW), { now: NOW, uiLocale: 'nb', collapseComments: false, ...options });
// a browser's «Webpage, Complete» records the address it was saved from
const savedPage = (html: string) => html.replace(/^(<!doctype html>)?/i, `$1\n<!-- saved from url=(0039)${FJORDVIK_URL} -->\n`);

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runAuditCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: {} });
  return { code, stdout, stderr };
}

async function jsonReports(...argv: string[]): Promise<{ code: number; stderr: string; reports: AuditReport[] }> {
  const { code, stdout, stderr } = await cli('--format', 'json', ...argv);
  const reports = (JSON.parse(stdout) as unknown[]).map((r) => AuditReportSchema.parse(r));
  return { code, stderr, reports };
}

const statuses = (report: AuditReport) => Object.fromEntries(report.claims.map((c) => [c.id, c.status]));

/** Quoted-printable as Chrome writes it in MHTML: `=XX` for `=` and non-ASCII bytes, soft line breaks. */
function quotedPrintable(text: string): string {
  const tokens = [...Buffer.from(text, 'utf8')].map((b) => (b === 61 || b > 126 ? `=${b.toString(16).toUpperCase().padStart(2, '0')}` : String.fromCharCode(b)));
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (line.length + token.length > 75) {
      lines.push(line);
      line = '';
    }
    line += token;
  }
  lines.push(line);
  return lines.join('=\r\n');
}

describe('npm run audit on the demo page', () => {
  const demo = write('fjordvik.html', savedPage(demoHtml()));

  it('gives ten verdicts with the expected statuses', async () => {
    const { code, reports } = await jsonReports(...AT, demo);
    expect(code).toBe(0);
    expect(reports).toHaveLength(1);
    const [report] = reports;
    expect(report.page).toEqual({ name: 'Fjordvik kommune', url: FJORDVIK_URL });
    expect(report.auditedAt).toBe(NOW.toISOString());
    expect(report.window!.posts).toBeGreaterThanOrEqual(30);
    expect(report.claims.map((c) => c.id)).toEqual(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7', 'H8', 'H9', 'H10']);
    // 31 posts over 67 days ≈ 3.2 a week; a water outage 3 hours ago; hours in the intro; About tab not open
    expect(statuses(report)).toMatchObject({ H1: 'could-improve', H7: 'pass', H8: 'unknown', H9: 'pass', H10: 'pass' });
    expect(Object.values(statuses(report))).not.toContain('poor');
    expect(report.claims.every((c) => c.summary.length > 0 && c.evidence.every((e) => e.excerpt.length <= 300))).toBe(true);
  });

  it('judges H8 once the About tab is the saved page', async () => {
    const about = write('fjordvik-about.html', savedPage(demoHtml({ aboutTab: true })));
    const { reports } = await jsonReports(...AT, about);
    const h8 = reports[0].claims.find((c) => c.id === 'H8')!;
    // judged now that the About text was read; the rules («Regler for kommentarer …») are found
    expect(['pass', 'could-improve']).toContain(h8.status);
    expect(h8.metrics.find((m) => m.key === 'rulesStated')?.value).toBe(1);
    expect(h8.evidence.some((e) => e.kind === 'about' && e.excerpt.startsWith('Regler for kommentarer'))).toBe(true);
  });

  it('does not call unanswered what it could not see: a page saved with comments collapsed', async () => {
    const collapsed = write('fjordvik-collapsed.html', savedPage(demoHtml({ collapseComments: true })));
    const { reports } = await jsonReports(...AT, collapsed);
    const h2 = reports[0].claims.find((c) => c.id === 'H2')!;
    expect(h2.status).toBe('unknown');
    expect(h2.message.key).toBe('claim.H2.unknown.hiddenReplies');
  });

  it('prints a readable table with badges, the window and where the time came from', async () => {
    const { code, stdout } = await cli(...AT, '--locale', 'nb', demo);
    expect(code).toBe(0);
    expect(stdout).toContain('Fjordvik kommune — https://www.facebook.com/fjordvikkommune');
    expect(stdout).toContain('(given with --at)');
    expect(stdout).toMatch(/window: \d{4}-\d\d-\d\d – 2026-11-22/);
    expect(stdout).toMatch(/H1 {2}◐ Kan bli bedre +Oppdaterer ofte +\d+,\d innlegg i uken/);
    expect(stdout).toMatch(/H9 {2}✔ Bra +Tydelig på når de er tilgjengelige/);
  });

  it('defaults --at to the file modification time and says so', async () => {
    const copy = write('fjordvik-mtime.html', savedPage(demoHtml()));
    utimesSync(copy, NOW, NOW);
    const { stdout } = await cli('--locale', 'en', copy);
    expect(stdout).toContain(`judged at ${NOW.toISOString()} (the file's modification time`);
    const later = new Date(NOW.getTime() + 86_400_000);
    utimesSync(copy, later, later);
    const { reports, stderr } = await jsonReports(copy);
    expect(reports[0].auditedAt).toBe(later.toISOString());
    expect(stderr).toContain("the file's modification time");
  });

  it('writes one CSV row per input, one column per claim', async () => {
    const { code, stdout } = await cli(...AT, '--format', 'csv', demo, demo);
    expect(code).toBe(0);
    const [header, ...rows] = stdout.trim().split('\n');
    expect(header).toBe('file,page,url,auditedAt,atSource,readStatus,windowFrom,windowTo,windowDays,posts,H1,H2,H3,H4,H5,H6,H7,H8,H9,H10,pass,error');
    expect(rows).toHaveLength(2);
    const cells = rows[0].split(',');
    expect(cells.slice(10, 20)).toEqual(Object.values(statuses((await jsonReports(...AT, demo)).reports[0])));
  });

  it('reads the same page saved as MHTML', async () => {
    const html = demoHtml();
    const mhtml = [
      'From: <Saved by Blink>',
      `Snapshot-Content-Location: ${FJORDVIK_URL}`,
      'Subject: Fjordvik kommune | Facebook',
      'MIME-Version: 1.0',
      'Content-Type: multipart/related;',
      '\ttype="text/html";',
      '\tboundary="----MultipartBoundary--abc123----"',
      '',
      '',
      '------MultipartBoundary--abc123----',
      'Content-Type: text/html',
      'Content-ID: <frame-1@mhtml.blink>',
      'Content-Transfer-Encoding: quoted-printable',
      `Content-Location: ${FJORDVIK_URL}`,
      '',
      quotedPrintable(html),
      '------MultipartBoundary--abc123----',
      'Content-Type: text/css',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      'body { color: red; }',
      '------MultipartBoundary--abc123------',
      '',
    ].join('\r\n');
    expect(looksLikeMhtml(mhtml)).toBe(true);
    expect(extractMhtmlPage(mhtml)).toEqual({ html, url: FJORDVIK_URL });
    const path = write('fjordvik.mhtml', mhtml);
    const [fromMhtml, fromHtml] = [(await jsonReports(...AT, path)).reports[0], (await jsonReports(...AT, demo)).reports[0]];
    expect(fromMhtml.page.url).toBe(FJORDVIK_URL);
    expect(statuses(fromMhtml)).toEqual(statuses(fromHtml));
  });

  it('re-judges a snapshot JSON, and a report JSON (also an array, as --format json writes)', async () => {
    const snapshot = readPage(parseHTML(demoHtml()).document as unknown as Document, { url: FJORDVIK_URL, now: NOW });
    const snapshotFile = write('snapshot.json', JSON.stringify(snapshot));
    const fromSnapshot = (await jsonReports(snapshotFile)).reports[0];
    expect(fromSnapshot.auditedAt).toBe(NOW.toISOString()); // the snapshot's own capture time
    const fromHtml = (await jsonReports(...AT, demo)).reports[0];
    expect(statuses(fromSnapshot)).toEqual(statuses(fromHtml));

    const reportsFile = write('reports.json', JSON.stringify([fromHtml, { ...fromHtml, snapshot: undefined }]));
    const again = await jsonReports(reportsFile);
    expect(again.code).toBe(0);
    expect(again.reports.map(statuses)).toEqual([statuses(fromHtml), statuses(fromHtml)]);
    expect(again.reports[1].snapshot).toBeUndefined();
  });

  it('re-judges a report with its own thresholds, under --threshold overrides', async () => {
    const strict = (await jsonReports(...AT, '--threshold', 'H5.passPercent=95', demo)).reports[0];
    expect(statuses(strict).H5).toBe('could-improve');
    const file = write('strict-report.json', JSON.stringify(strict));
    const again = (await jsonReports(file)).reports[0];
    expect(again.settings.thresholds.H5.passPercent).toBe(95);
    expect(statuses(again).H5).toBe('could-improve');
    const relaxed = (await jsonReports('--threshold', 'H5.passPercent=10', file)).reports[0];
    expect(statuses(relaxed).H5).toBe('pass');
  });

  it('applies --threshold overrides and rejects bad ones', async () => {
    const { reports } = await jsonReports(...AT, '--threshold', 'H1.passPostsPerWeek=3', demo);
    expect(statuses(reports[0]).H1).toBe('pass');
    expect(reports[0].settings.thresholds.H1.passPostsPerWeek).toBe(3);
    const bad = await cli('--threshold', 'H1.nonsense=3', demo);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('nonsense');
  });
});

describe('npm run audit on files it cannot judge', () => {
  it('names each real capture it cannot read and why, audits the rest, and exits non-zero', async () => {
    const demo = write('ok.html', savedPage(demoHtml()));
    const classic = join(REAL, 'classic-desktop-2017-restaurant.html');
    const mobile = join(REAL, 'm-facebook-2021-page-feed.html');
    const { code, stderr, reports } = await jsonReports(...AT, '--locale', 'en', classic, demo, mobile);
    expect(code).toBe(1);
    expect(stderr).toContain(`${classic}: not a readable Facebook page (unsupported-layout)`);
    expect(stderr).toContain(`${mobile}: not a readable Facebook page (unsupported-layout)`);
    expect(reports.map((r) => r.readStatus)).toEqual(['unsupported-layout', 'ok', 'unsupported-layout']);
    for (const report of [reports[0], reports[2]]) {
      expect(report.claims.every((c) => c.status === 'unknown' && /not supported/.test(c.summary))).toBe(true);
    }
    expect(statuses(reports[1]).H9).toBe('pass');
  });

  it('never rates the logged-out 2024 Comet capture (Polish interface) poor', async () => {
    const { reports } = await jsonReports(...AT, join(REAL, 'comet-ssr-2024-restaurant.html'));
    expect(Object.values(statuses(reports[0]))).not.toContain('poor');
  });

  it('reports missing files, non-pages and bad JSON by name, and still audits the others', async () => {
    const text = write('notes.txt', 'just some notes');
    const badJson = write('bad.json', '{"format": "kommunesjekk-report"');
    const otherJson = write('other.json', '{"hello": 1}');
    const demo = write('ok2.html', savedPage(demoHtml()));
    const { code, stdout, stderr } = await cli(...AT, '--locale', 'en', join(dir, 'missing.html'), text, badJson, otherJson, demo);
    expect(code).toBe(1);
    expect(stderr).toContain(`${join(dir, 'missing.html')}: no such file`);
    expect(stderr).toContain(`${text}: neither an HTML page`);
    expect(stderr).toContain(`${badJson}: invalid JSON`);
    expect(stderr).toContain(`${otherJson}: a JSON file that is neither a Kommunesjekk report nor a page snapshot`);
    expect(stdout).toContain('Fjordvik kommune —');
    expect(stdout.match(/ERROR:/g)).toHaveLength(4);
  });

  it('says what is wrong in a broken snapshot file, in English', async () => {
    const broken = write('broken-snapshot.json', JSON.stringify({ snapshotVersion: 1, readerVersion: '0', url: 'https://www.facebook.com/x', capturedAt: 'yesterday' }));
    const { code, stderr } = await cli(...AT, broken);
    expect(code).toBe(1);
    expect(stderr).toMatch(/not a valid page snapshot: capturedAt Invalid ISO datetime/);
  });

  it('says how to use it when called wrongly', async () => {
    for (const argv of [[], ['--format', 'xml', 'a.html'], ['--at', 'yesterday', 'a.html'], ['--locale', 'de', 'a.html']]) {
      const { code, stderr } = await cli(...argv);
      expect(code).toBe(2);
      expect(stderr).toContain('Usage: npm run audit');
    }
    expect((await cli('--help')).stdout).toContain('--format table|json|csv');
  });
});

describe('the npm script', () => {
  it('runs the CLI as a process: output on stdout, errors on stderr, exit code 1', () => {
    const mobile = join(REAL, 'm-facebook-2021-page-feed.html');
    const demo = write('process.html', savedPage(demoHtml()));
    const run = spawnSync(process.execPath, ['--import', 'tsx', join(__dirname, '../../../lib/cli/run-audit.ts'), ...AT, '--format', 'csv', demo, mobile], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout.trim().split('\n')).toHaveLength(3);
    expect(run.stderr).toContain(`${mobile}: not a readable Facebook page (unsupported-layout)`);
    expect(JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')).scripts.audit).toBe('tsx lib/cli/run-audit.ts');
  }, 60_000);
});

describe('the real captures copied for these tests', () => {
  it('are the shared ones, unchanged', () => {
    expect(readFileSync(join(REAL, 'm-facebook-2021-page-feed.html')).length).toBe(153460);
    expect(readFileSync(join(REAL, 'classic-desktop-2017-restaurant.html')).length).toBe(1320316);
  });
});
