import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import {
  AUDIT_PORT, classifyTabUrl, parseFromContent, type Progress, type ToContent,
} from '../../lib/messaging/protocol';
import type { CollectionBound } from '../../lib/snapshot/schema';
import type { AuditReport, InterfaceLocale } from '../../lib/claims/report-schema';
import { judgeSnapshot } from '../../lib/claims/run-claims';
import { KommunesjekkDb, saveAudit } from '../../lib/store/db';

export type AuditState =
  | { kind: 'checking' }
  | { kind: 'not-facebook' }
  | { kind: 'ready'; tabId: number; url: string }
  | { kind: 'collecting'; tabId: number; progress: Progress | null }
  | { kind: 'done'; tabId: number; report: AuditReport; savedId: number | null; saveError: string | null }
  | { kind: 'unreachable'; detail: string }
  | { kind: 'failed'; tabId: number; message: string };

const TIME_LIMIT_MS = 90_000;

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

export function useAudit(locale: InterfaceLocale) {
  const [state, setState] = useState<AuditState>({ kind: 'checking' });
  const portRef = useRef<ReturnType<typeof browser.tabs.connect> | null>(null);
  const dbRef = useRef<KommunesjekkDb | null>(null);

  useEffect(() => {
    let live = true;
    resolveTab().then(
      (tab) => {
        if (!live) return;
        if (!tab || classifyTabUrl(tab.url) === 'not-facebook') setState({ kind: 'not-facebook' });
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
      setState({ kind: 'collecting', tabId, progress: null });
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
        if (message.type === 'progress') setState({ kind: 'collecting', tabId, progress: message.progress });
        else if (message.type === 'error') setState({ kind: 'failed', tabId, message: message.message });
        else if (message.type === 'done') {
          port.disconnect();
          portRef.current = null;
          // A cancelled collection is abandoned, not judged on half the page.
          if (message.snapshot.collection.stoppedBecause === 'cancelled') {
            setState({ kind: 'ready', tabId, url: message.snapshot.url });
            return;
          }
          const report = judgeSnapshot(message.snapshot, { now: new Date(), locale, bound });
          let savedId: number | null = null;
          let saveError: string | null = null;
          try {
            dbRef.current ??= new KommunesjekkDb();
            savedId = await saveAudit(dbRef.current, report);
          } catch (error) {
            saveError = String(error);
          }
          setState({ kind: 'done', tabId, report, savedId, saveError });
        }
      });
      const startMessage: ToContent = { type: 'start', bound, timeLimitMs: TIME_LIMIT_MS };
      port.postMessage(startMessage);
    },
    [locale],
  );

  const cancel = useCallback(() => {
    portRef.current?.postMessage({ type: 'cancel' } satisfies ToContent);
  }, []);

  return { state, start, cancel };
}
