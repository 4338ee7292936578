import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { readPage } from '../reader/read-page';
import { WALK_ENGINE } from '../reader/walk-engine';
import { PageSnapshotSchema, type CollectionBound, type PageSnapshot } from '../snapshot/schema';
import { AuditReportSchema, type AuditReport } from '../claims/report-schema';
import { extractMhtmlPage, looksLikeMhtml } from './mhtml';
import { withoutUnreadClasses } from './unread-classes';
import '../validation/zod-english';

/** A file the CLI could not turn into something to judge; the message names the reason. */
export class InputError extends Error {}

export type InputKind = 'html' | 'mhtml' | 'snapshot' | 'report';
/** Where the judging time came from, so the output can state it. */
export type AtSource = 'option' | 'file-mtime' | 'snapshot' | 'report';

export interface LoadedInput {
  file: string;
  kind: InputKind;
  at: Date;
  atSource: AtSource;
  /** what to judge; null for a report without its snapshot (printed as it is) */
  snapshot: PageSnapshot | null;
  report: AuditReport | null;
}

export interface LoadOptions {
  at?: Date;
  url?: string;
  bound?: CollectionBound;
}

/** The page address a browser records in a saved page: «saved from url=», canonical link, og:url. */
export function savedPageUrl(html: string, doc: Document): string | null {
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html.slice(0, 2000))?.[1];
  if (saved) return saved;
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (canonical && /^https?:/.test(canonical)) return canonical;
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  return og && /^https?:/.test(og) ? og : null;
}

function readHtml(file: string, html: string, kind: InputKind, urlHint: string | null, at: Date, opts: LoadOptions): PageSnapshot {
  // the generated class names are almost half of a saved page, and the reader reads none of them
  const { document } = parseHTML(withoutUnreadClasses(html));
  const doc = document as unknown as Document;
  const url = opts.url ?? urlHint ?? savedPageUrl(html, doc) ?? pathToFileURL(resolve(file)).href;
  try {
    // linkedom's selector engine is JavaScript: one compiled walk per post is faster than its querySelectorAll
    return readPage(doc, { url, now: at, bound: opts.bound, selectorEngine: WALK_ENGINE });
  } catch (error) {
    throw new InputError(`the ${kind === 'mhtml' ? 'MHTML' : 'HTML'} page could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function fromJson(file: string, value: unknown, opts: LoadOptions): LoadedInput {
  const format = (value as { format?: unknown } | null)?.format;
  if (format === 'kommunesjekk-report') {
    const parsed = AuditReportSchema.safeParse(value);
    if (!parsed.success) throw new InputError(`not a valid Kommunesjekk report: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    const report = parsed.data;
    return {
      file, kind: 'report',
      at: opts.at ?? new Date(report.auditedAt),
      atSource: opts.at ? 'option' : 'report',
      snapshot: report.snapshot ?? null,
      report,
    };
  }
  if (value && typeof value === 'object' && 'snapshotVersion' in value) {
    const parsed = PageSnapshotSchema.safeParse(value);
    if (!parsed.success) throw new InputError(`not a valid page snapshot: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
    return {
      file, kind: 'snapshot',
      at: opts.at ?? new Date(parsed.data.capturedAt),
      atSource: opts.at ? 'option' : 'snapshot',
      snapshot: parsed.data,
      report: null,
    };
  }
  throw new InputError('a JSON file that is neither a Kommunesjekk report nor a page snapshot');
}

/**
 * Loads one input: a saved Facebook page (HTML or MHTML), a snapshot JSON or a report JSON
 * (an array of reports, as `--format json` writes, gives one input per report).
 */
export async function loadInput(file: string, opts: LoadOptions = {}): Promise<LoadedInput[]> {
  let text: string;
  let mtime: Date;
  try {
    [text, mtime] = await Promise.all([readFile(file, 'utf8'), stat(file).then((s) => s.mtime)]);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a directory, not a file' : `cannot be read (${code ?? String(error)})`);
  }
  const start = text.trimStart().slice(0, 1);
  if (start === '{' || start === '[') {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputError(`invalid JSON: ${(error as Error).message}`);
    }
    const items = Array.isArray(value) ? value : [value];
    if (items.length === 0) throw new InputError('an empty JSON array');
    return items.map((item) => fromJson(file, item, opts));
  }
  const at = opts.at ?? mtime;
  const atSource: AtSource = opts.at ? 'option' : 'file-mtime';
  if (looksLikeMhtml(text)) {
    const page = extractMhtmlPage(text);
    if (!page) throw new InputError('an MHTML file without an HTML part');
    return [{ file, kind: 'mhtml', at, atSource, snapshot: readHtml(file, page.html, 'mhtml', page.url, at, opts), report: null }];
  }
  if (!/<(?:!doctype\s+html|html|head|body|div)\b/i.test(text.slice(0, 100_000))) {
    throw new InputError('neither an HTML page, an MHTML file nor a Kommunesjekk JSON file');
  }
  return [{ file, kind: 'html', at, atSource, snapshot: readHtml(file, text, 'html', null, at, opts), report: null }];
}
