import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  AUDIT_PORT, classifyTabUrl, parseFromContent, type FromContent, type Progress, type ToContent,
} from '../../lib/messaging/protocol';
import type { CollectionBound } from '../../lib/snapshot/schema';
import type { AuditReport, InterfaceLocale } from '../../lib/claims/report-schema';
import type { Settings } from '../../lib/store/settings';
import { saveAudit } from '../../lib/store/db';
import { isBlockingReadStatus } from '../../lib/present/claim-view';
import { sharedDb } from './use-settings';

export type AuditState =
  | { kind: 'checking' }
  | { kind: 'not-facebook' }
  | { kind: 'ready'; tabId: number; url: string }
  | { kind: 'collecting'; tabId: number; bound: CollectionBound; startedAt: number; progress: Progress | null; cancelling: boolean }
  | { kind: 'done'; tabId: number; report: AuditReport; savedId: number | null; saveError: string | null }
  | { kind: 'unreachable'; detail: string }
  | { kind: 'failed'; tabId: number; message: string };

export type HighlightOutcome = 'found' | 'missing' | 'failed';

const TIME_LIMIT_MS = 90_000;
const HIGHLIGHT_TIMEOUT_MS = 5_000;

/**
 * The judge (ten claims, their word lists in five languages) is loaded when an audit starts, while
 * the page is being read, not when the popup opens: the popup shows itself sooner and lighter.
 */
function loadJudge() {
  return Promise.all([import('../../lib/claims/run-claims'), import('../../lib/claims/thresholds')]).then(
    ([runner, thresholds]) => ({ judgeSnapshot: runner.judgeSnapshot, ThresholdOverridesSchema: thresholds.ThresholdOverridesSchema }),
  );
}

/** The tab to audit: `?tab=ID` when the popup is opened as a page (tests, the report page), else the active tab. */
async function resolveTab(): Promise<{ id: number; url: string | undefined } | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) {
    const tab = await browser.tabs.get(fromQuery);
    return { id: fromQuery, url: tab.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ? { id: tab.id, url: tab.url } : null;
}

/** How far the collection has come, 0…1, or null while it cannot be told (no date read yet). */
export function progressFraction(bound: CollectionBound, progress: Progress | null, now: number): number | null {
  if (!progress) return null;
  if (bound.kind === 'posts') return Math.min(1, progress.postsFound / bound.posts);
  if (!progress.oldest) return null;
  const reached = now - Date.parse(progress.oldest);
  return Number.isFinite(reached) ? Math.min(1, Math.max(0, reached / (bound.weeks * 7 * 86_400_000))) : null;
}

/** Asks the content script in a tab to scroll to a post (or comment) and outline it. */
/** One request to the content script of a tab and its one answer, over a short-lived port; null when none came. */
function askTab<T>(tabId: number, request: ToContent, accept: (message: FromContent) => T | undefined): Promise<T | null> {
  return new Promise((resolve) => {
    let port: ReturnType<typeof browser.tabs.connect>;
    try {
      port = browser.tabs.connect(tabId, { name: AUDIT_PORT });
    } catch {
      resolve(null);
      return;
    }
    let settled = false;
    const finish = (value: T | null) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      try {
        port.disconnect();
      } catch {
        // already gone
      }
      resolve(value);
    };
    const timer = setTimeout(() => finish(null), HIGHLIGHT_TIMEOUT_MS);
    port.onDisconnect.addListener(() => finish(null));
    port.onMessage.addListener((raw: unknown) => {
      const message = parseFromContent(raw);
      const value = message ? accept(message) : undefined;
      if (value !== undefined) finish(value);
    });
    port.postMessage(request);
  });
}

export async function highlightInTab(tabId: number, postId: string, commentId?: string): Promise<HighlightOutcome> {
  const request: ToContent = commentId ? { type: 'highlight', postId, commentId } : { type: 'highlight', postId };
  const found = await askTab(tabId, request, (m) => (m.type === 'highlighted' ? m.found : undefined));
  return found === null ? 'failed' : found ? 'found' : 'missing';
}

/** The sanitized outline of the tab's page (no text of the page or of people), for a bug report. */
export function diagnosticsOfTab(tabId: number): Promise<string | null> {
  return askTab(tabId, { type: 'diagnostics' }, (m) => (m.type === 'diagnostics' ? m.structure : undefined));
}

export function useAudit(locale: InterfaceLocale, thresholds: Settings['thresholds']) {
  const [state, setState] = useState<AuditState>({ kind: 'checking' });
  const portRef = useRef<ReturnType<typeof browser.tabs.connect> | null>(null);

  useEffect(() => {
    let live = true;
    resolveTab().then(
      (tab) => {
        if (!live) return;
        // Without access to a tab's site the URL is hidden from us: that is never a Facebook tab.
        if (!tab || classifyTabUrl(tab.url) !== 'facebook') setState({ kind: 'not-facebook' });
        else setState({ kind: 'ready', tabId: tab.id, url: tab.url ?? '' });
      },
      (error: unknown) => live && setState({ kind: 'unreachable', detail: String(error) }),
    );
    return () => {
      live = false;
      portRef.current?.disconnect();
    };
  }, []);

  const start = useCallback(
    (tabId: number, bound: CollectionBound) => {
      setState({ kind: 'collecting', tabId, bound, startedAt: Date.now(), progress: null, cancelling: false });
      const judge = loadJudge();
      judge.catch(() => undefined); // a failed load is reported when the judge is needed
      let port: ReturnType<typeof browser.tabs.connect>;
      try {
        port = browser.tabs.connect(tabId, { name: AUDIT_PORT });
      } catch (error) {
        setState({ kind: 'unreachable', detail: String(error) });
        return;
      }
      portRef.current = port;
      let answered = false;
      port.onDisconnect.addListener(() => {
        // No content script on the tab (opened before install, or not a page it runs on).
        if (!answered) setState({ kind: 'unreachable', detail: browser.runtime.lastError?.message ?? 'disconnected' });
      });
      port.onMessage.addListener(async (raw: unknown) => {
        answered = true;
        const message = parseFromContent(raw);
        if (!message) {
          setState({ kind: 'failed', tabId, message: 'invalid-message' });
          return;
        }
        if (message.type === 'progress') {
          setState((s) => (s.kind === 'collecting' ? { ...s, progress: message.progress } : s));
        } else if (message.type === 'error') setState({ kind: 'failed', tabId, message: message.message });
        else if (message.type === 'done') {
          port.disconnect();
          portRef.current = null;
          // A cancelled collection is abandoned, not judged on half the page.
          if (message.snapshot.collection.stoppedBecause === 'cancelled') {
            setState({ kind: 'ready', tabId, url: message.snapshot.url });
            return;
          }
          // Stored thresholds that no longer fit the claims (a renamed key) fall back to the defaults
          // rather than failing the audit; the report records the thresholds it used.
          let loaded: Awaited<typeof judge>;
          try {
            loaded = await judge;
          } catch (error) {
            setState({ kind: 'failed', tabId, message: String(error) });
            return;
          }
          const { judgeSnapshot, ThresholdOverridesSchema } = loaded;
          const valid = ThresholdOverridesSchema.safeParse(thresholds).success;
          const report = judgeSnapshot(message.snapshot, { now: new Date(), locale, bound, thresholds: valid ? thresholds : {} });
          let savedId: number | null = null;
          let saveError: string | null = null;
          // A login wall or an empty page is not an audit of the page: shown, not kept in its history.
          if (!isBlockingReadStatus(report.readStatus)) {
            try {
              savedId = await saveAudit(sharedDb(), report);
            } catch (error) {
              saveError = String(error);
            }
          }
          setState({ kind: 'done', tabId, report, savedId, saveError });
        }
      });
      const startMessage: ToContent = { type: 'start', bound, timeLimitMs: TIME_LIMIT_MS };
      port.postMessage(startMessage);
    },
    [locale, thresholds],
  );

  const cancel = useCallback(() => {
    setState((s) => (s.kind === 'collecting' ? { ...s, cancelling: true } : s));
    portRef.current?.postMessage({ type: 'cancel' } satisfies ToContent);
  }, []);

  const highlight = useCallback(highlightInTab, []);

  return { state, start, cancel, highlight };
}
