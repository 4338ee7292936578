import { useCallback, useEffect, useMemo, useState } from 'react';
import { browser } from 'wxt/browser';
import { PopupView, type HighlightFeedback, type PopupScreen } from '../../components/PopupView';
import { claimViews, isBlockingReadStatus, type EvidenceView } from '../../lib/present/claim-view';
import { claimTexts } from '../../lib/present/claim-texts';
import type { ClaimId } from '../../lib/claims/types';
import type { CollectionBound } from '../../lib/snapshot/schema';
import { diagnosticsOfTab, progressFraction, useAudit, type AuditState } from './use-audit';
import { sharedDb, useSettings } from './use-settings';
import { listAudits } from '../../lib/store/db';
import { pageKeyFromUrl } from '../../lib/store/page-key';

type LastAudit = { auditedAt: string; pass: number; href: string } | null;

function screenOf(state: AuditState, locale: Parameters<typeof claimViews>[1], last: LastAudit): PopupScreen {
  switch (state.kind) {
    case 'checking':
    case 'not-facebook':
      return { kind: state.kind };
    case 'ready':
      return { kind: 'ready', last };
    case 'unreachable':
      return { kind: 'unreachable' };
    case 'failed':
      return { kind: 'failed', message: state.message };
    case 'collecting':
      return {
        kind: 'collecting',
        postsFound: state.progress?.postsFound ?? null,
        oldest: state.progress?.oldest ?? null,
        fraction: progressFraction(state.bound, state.progress, Date.now()),
        cancelling: state.cancelling,
      };
    case 'done':
      return {
        kind: 'done',
        readStatus: state.report.readStatus,
        pageName: state.report.page.name,
        window: state.report.window,
        views: claimViews(state.report, locale, { texts: claimTexts }),
        saved: state.saveError ? 'failed' : state.savedId !== null ? 'saved' : 'skipped',
        saveError: state.saveError,
        reportHref: state.savedId !== null ? `/report.html?audit=${state.savedId}` : null,
      };
  }
}

export function App() {
  const { settings, locale, loaded } = useSettings();
  const { state, start, cancel, highlight } = useAudit(locale, settings.thresholds);
  const [depth, setDepth] = useState<CollectionBound | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<ClaimId>>(new Set());
  const [feedback, setFeedback] = useState<HighlightFeedback>(null);
  const [diagnostics, setDiagnostics] = useState<'idle' | 'pending' | 'saved' | 'failed'>('idle');

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const chosenDepth = depth ?? settings.defaultDepth;
  const tabId = 'tabId' in state ? state.tabId : null;
  const [last, setLast] = useState<LastAudit>(null);
  const readyUrl = state.kind === 'ready' ? state.url : null;
  // Not startable before the settings are read: the audit must use the user's thresholds and depth.
  const screen = useMemo(
    () => (state.kind === 'ready' && !loaded ? ({ kind: 'checking' } as const) : screenOf(state, locale, last)),
    [state, locale, last, loaded],
  );

  // The page's latest stored audit, so a weekly check starts from last week's result.
  useEffect(() => {
    if (!readyUrl) return;
    let live = true;
    listAudits(sharedDb(), pageKeyFromUrl(readyUrl))
      .then(({ audits }) => {
        const latest = audits[audits.length - 1];
        if (live && latest?.id !== undefined)
          setLast({ auditedAt: latest.auditedAt, pass: latest.report.claims.filter((c) => c.status === 'pass').length, href: `/report.html?audit=${latest.id}` });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [readyUrl]);

  const onToggle = useCallback((id: ClaimId) => {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  const onHighlight = useCallback(
    (item: EvidenceView) => {
      if (tabId === null || !item.postId) return;
      setFeedback({ key: item.key, outcome: 'pending' });
      highlight(tabId, item.postId, item.commentId ?? undefined).then((outcome) =>
        setFeedback((f) => (f?.key === item.key ? { key: item.key, outcome } : f)),
      );
    },
    [tabId, highlight],
  );

  const onDiagnostics = useCallback(() => {
    if (tabId === null) return;
    setDiagnostics('pending');
    diagnosticsOfTab(tabId).then((structure) => {
      if (structure === null) return setDiagnostics('failed');
      // saved by the user, as a file on their machine: nothing is sent anywhere
      const url = URL.createObjectURL(new Blob([structure], { type: 'text/plain;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `kommunesjekk-diagnose-${new Date().toISOString().slice(0, 10)}.txt`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setDiagnostics('saved');
    });
  }, [tabId]);

  return (
    <PopupView
      locale={locale}
      screen={screen}
      depth={chosenDepth}
      onDepth={setDepth}
      onStart={() => {
        if (tabId === null) return;
        setExpanded(new Set());
        setFeedback(null);
        setDiagnostics('idle');
        start(tabId, chosenDepth);
      }}
      onCancel={cancel}
      expanded={expanded}
      onToggle={onToggle}
      onHighlight={onHighlight}
      highlight={state.kind === 'done' && !isBlockingReadStatus(state.report.readStatus) ? feedback : null}
      onOpenOptions={() => void browser.runtime.openOptionsPage?.()}
      onDiagnostics={onDiagnostics}
      diagnostics={diagnostics}
    />
  );
}
