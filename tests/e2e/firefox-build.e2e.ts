import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIREFOX_DIR = resolve(import.meta.dirname, '../../.output/firefox-mv2');
const CHROME_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

interface LintMessage { code: string; file?: string; message: string }

describe('the Firefox build', () => {
  it('exists (npm test builds it with `wxt build -b firefox`)', () => {
    expect(existsSync(resolve(FIREFOX_DIR, 'manifest.json'))).toBe(true);
  });

  it('passes Mozilla’s addons-linter with no errors and no manifest warnings', () => {
    let out: string;
    try {
      out = execFileSync(resolve(import.meta.dirname, '../../node_modules/.bin/addons-linter'), ['--output', 'json', FIREFOX_DIR], { encoding: 'utf8' });
    } catch (error) {
      // the linter exits non-zero on errors; its JSON report is still on stdout
      out = (error as { stdout: string }).stdout;
    }
    const report = JSON.parse(out) as { errors: LintMessage[]; warnings: LintMessage[] };
    expect(report.errors).toEqual([]);
    // Warnings left are inside React (innerHTML support) and zod (its eval probe), not in our code or manifest.
    expect(report.warnings.filter((w) => w.file === 'manifest.json')).toEqual([]);
  });
});

describe('permissions', () => {
  it('asks for the fewest that work, in both builds: activeTab and facebook.com', () => {
    const chrome = JSON.parse(readFileSync(resolve(CHROME_DIR, 'manifest.json'), 'utf8'));
    expect(chrome.permissions ?? []).toEqual(['activeTab']);
    expect(chrome.host_permissions).toEqual(['*://*.facebook.com/*']);
    expect(chrome.content_scripts.map((c: { matches: string[] }) => c.matches)).toEqual([['*://*.facebook.com/*']]);
    expect(chrome.background).toBeUndefined();
    const firefox = JSON.parse(readFileSync(resolve(FIREFOX_DIR, 'manifest.json'), 'utf8'));
    expect(firefox.permissions).toEqual(['activeTab', '*://*.facebook.com/*']);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
