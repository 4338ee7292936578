import { parseArgs } from 'node:util';
import { judgeSnapshot } from '../claims/run-claims';
import { InterfaceLocaleSchema, type AuditReport, type InterfaceLocale } from '../claims/report-schema';
import { CLAIM_IDS, type ClaimId } from '../claims/types';
import { mergeThresholds, type ThresholdOverrides } from '../claims/thresholds';
import { localeFromBrowser } from '../i18n/translate';
import type { ReadStatus } from '../snapshot/schema';
import { InputError, loadInput } from './load-input';
import { formatCsv, formatJson, formatTable, type AuditOutcome } from './format-output';

export const USAGE = `Usage: npm run audit -- [options] <input>...

Audits saved Facebook pages against the ten claims of the KS report, without a browser.

Inputs: a page saved from the browser (HTML, "Webpage, Complete"; or MHTML, "Single File"),
        or a snapshot / report JSON exported by Kommunesjekk (also an array of reports).

Options:
  --at <ISO date-time>     when the page was saved; relative times («3 d») count from it
                           (default: the file's modification time; for JSON, its own time)
  --format table|json|csv  output format (default: table)
  --locale nb|nn|da|sv|en  language of the verdicts (default: from $LANG, else nb)
  --url <address>          the page's address, when the saved file does not record it
  --threshold H1.passPostsPerWeek=5
                           override a threshold (repeatable)
  -h, --help               show this help

Exit code: 0 when every input was audited, 1 when an input could not be read or is not a
readable Facebook page (the others are still audited), 2 for a usage error.`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env?: Record<string, string | undefined>;
}

class UsageError extends Error {}

/** Statuses the reader gives a file that is not a readable Facebook page. */
const UNREADABLE: ReadonlySet<ReadStatus> = new Set(['unsupported-layout', 'login-wall', 'not-a-page', 'empty']);

function parseThresholds(entries: string[]): ThresholdOverrides {
  const overrides: Record<string, Record<string, number>> = {};
  for (const entry of entries) {
    const match = /^(H\d+)\.(\w+)=(.+)$/.exec(entry.trim());
    if (!match || !CLAIM_IDS.includes(match[1] as ClaimId) || !Number.isFinite(Number(match[3]))) {
      throw new UsageError(`--threshold ${entry}: expected e.g. H1.passPostsPerWeek=5`);
    }
    (overrides[match[1]] ??= {})[match[2]] = Number(match[3]);
  }
  try {
    mergeThresholds(overrides);
  } catch (error) {
    const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
    throw new UsageError(`--threshold: ${issue ? `${issue.path.join('.')}: ${issue.message}` : String(error)}`);
  }
  return overrides as ThresholdOverrides;
}

/** A report's thresholds (only those this version knows) with the command line's overrides on top. */
export function withOverrides(saved: Record<string, Record<string, number>>, overrides: ThresholdOverrides): ThresholdOverrides {
  const known = mergeThresholds({});
  const merged: Record<string, Record<string, number>> = {};
  for (const id of CLAIM_IDS) {
    const own = Object.fromEntries(Object.entries(saved[id] ?? {}).filter(([key, value]) => key in known[id] && Number.isFinite(value) && value >= 0));
    merged[id] = { ...own, ...(overrides[id] ?? {}) } as Record<string, number>;
  }
  return merged as ThresholdOverrides;
}

function parseOptions(argv: string[], env: Record<string, string | undefined>) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        at: { type: 'string' },
        format: { type: 'string', default: 'table' },
        locale: { type: 'string' },
        url: { type: 'string' },
        threshold: { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { help: true as const };
  if (!['table', 'json', 'csv'].includes(values.format!)) throw new UsageError(`--format ${values.format}: use table, json or csv`);
  let at: Date | undefined;
  if (values.at !== undefined) {
    at = new Date(values.at);
    if (Number.isNaN(at.getTime())) throw new UsageError(`--at ${values.at}: not a date-time (use e.g. 2026-03-13T12:00:00+01:00)`);
  }
  let locale: InterfaceLocale;
  if (values.locale !== undefined) {
    const checked = InterfaceLocaleSchema.safeParse(values.locale);
    if (!checked.success) throw new UsageError(`--locale ${values.locale}: use nb, nn, da, sv or en`);
    locale = checked.data;
  } else {
    locale = localeFromBrowser((env.LC_ALL || env.LANG || '').replace('_', '-'));
  }
  if (positionals.length === 0) throw new UsageError('no input files given');
  return {
    help: false as const,
    inputs: positionals,
    at,
    format: values.format as 'table' | 'json' | 'csv',
    locale,
    url: values.url,
    thresholds: parseThresholds(values.threshold as string[]),
  };
}

/** Runs the CLI; returns the exit code. Output goes through `io` so tests can capture it. */
export async function runAuditCli(argv: string[], io: CliIo): Promise<number> {
  let options: ReturnType<typeof parseOptions>;
  try {
    options = parseOptions(argv, io.env ?? {});
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`error: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help) {
    io.stdout(`${USAGE}\n`);
    return 0;
  }

  const outcomes: AuditOutcome[] = [];
  for (const file of options.inputs) {
    try {
      for (const input of await loadInput(file, { at: options.at, url: options.url })) {
        // A report is judged again with its own settings, under the command line's overrides.
        const report: AuditReport = input.snapshot
          ? judgeSnapshot(input.snapshot, {
            now: input.at,
            locale: options.locale,
            thresholds: input.report ? withOverrides(input.report.settings.thresholds, options.thresholds) : options.thresholds,
            ...(input.report ? { bound: input.report.settings.bound } : {}),
          })
          : input.report!;
        const status = report.readStatus;
        const problem = UNREADABLE.has(status)
          ? `not a readable Facebook page (${status}): ${input.snapshot?.statusDetail ?? report.claims[0].summary}`
          : null;
        outcomes.push({ file, kind: input.kind, at: input.at, atSource: input.atSource, report, problem });
      }
    } catch (error) {
      if (!(error instanceof InputError)) {
        outcomes.push({ file, error: `unexpected failure: ${error instanceof Error ? error.message : String(error)}` });
      } else {
        outcomes.push({ file, error: error.message });
      }
    }
  }

  for (const outcome of outcomes) {
    if ('error' in outcome) io.stderr(`${outcome.file}: ${outcome.error}\n`);
    else if (outcome.problem) io.stderr(`${outcome.file}: ${outcome.problem}\n`);
    else if (options.format !== 'table' && outcome.atSource === 'file-mtime') {
      io.stderr(`${outcome.file}: judged at ${outcome.report.auditedAt}, the file's modification time (use --at to set when the page was saved)\n`);
    }
  }
  io.stdout(options.format === 'json' ? formatJson(outcomes) : options.format === 'csv' ? formatCsv(outcomes) : formatTable(outcomes, options.locale));
  return outcomes.some((o) => 'error' in o || o.problem) ? 1 : 0;
}
