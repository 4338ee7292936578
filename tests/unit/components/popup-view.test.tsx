// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupView, type PopupScreen, type PopupViewProps } from '../../../components/PopupView';
import { claimViews } from '../../../lib/present/claim-view';
import { claimTexts } from '../../../lib/present/claim-texts';
import type { InterfaceLocale } from '../../../lib/claims/report-schema';
import type { ReadStatus } from '../../../lib/snapshot/schema';
import { sampleReport } from '../store/sample-report';

afterEach(cleanup);

function props(screenState: PopupScreen, over: Partial<PopupViewProps> = {}): PopupViewProps {
  return {
    locale: 'nb',
    screen: screenState,
    depth: { kind: 'weeks', weeks: 4 },
    onDepth: vi.fn(),
    onStart: vi.fn(),
    onCancel: vi.fn(),
    expanded: new Set(),
    onToggle: vi.fn(),
    onHighlight: vi.fn(),
    highlight: null,
    ...over,
  };
}

function doneScreen(locale: InterfaceLocale = 'nb', readStatus: ReadStatus = 'ok'): PopupScreen {
  const report = sampleReport({ readStatus });
  return {
    kind: 'done',
    readStatus,
    pageName: report.page.name,
    window: report.window,
    views: claimViews(report, locale, { texts: claimTexts }),
    saved: 'saved',
    saveError: null,
    reportHref: '/report.html?audit=7',
  };
}

describe('PopupView states', () => {
  it('checking the tab', () => {
    render(<PopupView {...props({ kind: 'checking' })} />);
    expect(screen.getByText('Ser på fanen …')).toBeTruthy();
    expect(screen.queryByTestId('start')).toBeNull();
  });

  it('not a Facebook page: an explanation, no start button', () => {
    render(<PopupView {...props({ kind: 'not-facebook' })} />);
    expect(screen.getByRole('status').textContent).toContain('Dette er ikke en Facebook-side');
    expect(screen.queryByTestId('start')).toBeNull();
  });

  it('content script unreachable: an alert', () => {
    render(<PopupView {...props({ kind: 'unreachable' })} />);
    expect(screen.getByRole('alert').textContent).toContain('Får ikke kontakt med siden');
  });

  it('ready: depth defaults to the given 4 weeks and start calls back', () => {
    const p = props({ kind: 'ready' });
    render(<PopupView {...p} />);
    const select = screen.getByTestId('depth') as HTMLSelectElement;
    expect(select.selectedOptions[0].textContent).toBe('4 uker');
    fireEvent.change(select, { target: { value: 'w8' } });
    expect(p.onDepth).toHaveBeenCalledWith({ kind: 'weeks', weeks: 8 });
    fireEvent.click(screen.getByTestId('start'));
    expect(p.onStart).toHaveBeenCalledOnce();
  });

  it('ready: shows the page\'s last audit with a link to its report', () => {
    render(<PopupView {...props({ kind: 'ready', last: { auditedAt: '2026-03-05T09:30:00Z', pass: 7, href: '/report.html?audit=3' } })} />);
    const last = screen.getByTestId('last-audit');
    expect(last.textContent).toContain('7 av 10 bra');
    expect(last.querySelector('a')!.getAttribute('href')).toBe('/report.html?audit=3');
  });

  it('a depth set in the options that is not a standard choice is still shown', () => {
    render(<PopupView {...props({ kind: 'ready' }, { depth: { kind: 'weeks', weeks: 6 } })} />);
    expect((screen.getByTestId('depth') as HTMLSelectElement).selectedOptions[0].textContent).toBe('6 uker');
  });

  it('collecting: progress with posts found, oldest date, a determinate bar, and cancel', () => {
    const p = props({ kind: 'collecting', postsFound: 12, oldest: '2026-02-20T10:00:00Z', fraction: 0.5, cancelling: false });
    render(<PopupView {...p} />);
    expect(screen.getByTestId('progress-text').textContent).toBe('12 innlegg funnet · eldste 20. feb. 2026');
    expect((screen.getByTestId('progress').querySelector('progress') as HTMLProgressElement).value).toBe(50);
    fireEvent.click(screen.getByTestId('cancel'));
    expect(p.onCancel).toHaveBeenCalledOnce();
  });

  it('collecting before any progress: an indeterminate bar', () => {
    render(<PopupView {...props({ kind: 'collecting', postsFound: null, oldest: null, fraction: null, cancelling: true })} />);
    expect(screen.getByTestId('progress').querySelector('progress')!.hasAttribute('value')).toBe(false);
    expect(screen.getByText('Avbryter …')).toBeTruthy();
    expect((screen.getByTestId('cancel') as HTMLButtonElement).disabled).toBe(true);
  });

  it('failed: the message as an alert and a way to try again', () => {
    render(<PopupView {...props({ kind: 'failed', message: 'Tidsgrensen ble nådd' })} />);
    expect(screen.getByRole('alert').textContent).toContain('Tidsgrensen ble nådd');
    expect(screen.getByTestId('start').textContent).toBe('Sjekk på nytt');
  });

  it('done: ten badges, the overall count, the window, and the report link', () => {
    render(<PopupView {...props(doneScreen())} />);
    const rows = document.querySelectorAll('[data-claim]');
    expect([...rows].map((r) => r.getAttribute('data-claim'))).toEqual(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'H7', 'H8', 'H9', 'H10']);
    expect(document.querySelector('[data-claim=H1]')!.getAttribute('data-status')).toBe('pass');
    expect(document.querySelector('[data-claim=H2] .badge__label')!.textContent).toBe('Kan bli bedre');
    expect(document.querySelector('[data-claim=H1] .claim__title')!.textContent).toBe('Oppdaterer ofte');
    expect(document.querySelector('[data-claim=H1] .claim__summary')!.textContent).toBe('Sammendrag for H1');
    // sample statuses: pass on H1, H5, H6, H7, H9
    expect(screen.getByTestId('overall').textContent).toBe('5 av 10 påstander er bra');
    expect(screen.getByTestId('window').textContent).toContain('3 innlegg');
    expect(screen.getByTestId('open-report').getAttribute('href')).toBe('/report.html?audit=7');
    expect(screen.getByTestId('saved').textContent).toBe('Lagret i historikken');
    // details are closed until asked for
    expect(screen.queryByTestId('details-H1')).toBeNull();
  });

  it('a claim opens to its figure against the threshold, the report wording and the evidence; evidence can be shown on the page', () => {
    const p = props(doneScreen(), { expanded: new Set(['H1', 'H7'] as const) });
    render(<PopupView {...p} />);
    const h1 = screen.getByTestId('details-H1');
    expect(within(h1).getByText('Innlegg per uke')).toBeTruthy();
    expect(h1.querySelector('.metrics__value')!.textContent).toBe('2,6 per uke');
    expect(h1.querySelector('.metrics__threshold')!.textContent).toContain('Bra: over 4');
    expect(h1.querySelector('.claim__wording')!.textContent).toContain('oppdaterer ofte');

    const h7 = screen.getByTestId('details-H7');
    const evidence = h7.querySelector('.evidence__button') as HTMLButtonElement;
    expect(evidence.querySelector('mark')!.textContent).toBe('Vannbrudd');
    fireEvent.click(evidence);
    expect(p.onHighlight).toHaveBeenCalledWith(expect.objectContaining({ postId: 'p1' }));
  });

  it('toggling a claim calls back with its id', () => {
    const p = props(doneScreen());
    render(<PopupView {...p} />);
    const toggle = document.querySelector('[data-claim=H3] .claim__toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(p.onToggle).toHaveBeenCalledWith('H3');
  });

  it('says whether the highlighted post was found on the page', () => {
    render(<PopupView {...props(doneScreen(), { highlight: { key: 'H7-0', outcome: 'missing' } })} />);
    expect(screen.getByTestId('highlight-status').textContent).toContain('Fant ikke innlegget');
  });

  it.each([
    ['login-wall', 'Facebook ber deg logge inn'],
    ['unsupported-layout', 'Visningen støttes ikke'],
    ['not-a-page', 'Ikke en side for en organisasjon'],
    ['empty', 'Ingenting lastet ennå'],
  ] as const)('%s: a clear state instead of ten unknown badges', (status, title) => {
    const s = { ...(doneScreen('nb', status) as Extract<PopupScreen, { kind: 'done' }>), saved: 'skipped' as const, reportHref: null };
    render(<PopupView {...props(s)} />);
    expect(screen.getByTestId('read-status').textContent).toContain(title);
    expect(document.querySelector(`[data-read-status=${status}]`)).not.toBeNull();
    expect(document.querySelectorAll('[data-claim]')).toHaveLength(0);
    expect(screen.getByTestId('overall').textContent).toBe('Ingenting å vurdere');
    expect(screen.queryByTestId('open-report')).toBeNull();
    expect(screen.getByTestId('saved').textContent).toContain('Ikke lagret');
  });

  it('partial read: the verdicts with a note on what is missing', () => {
    render(<PopupView {...props(doneScreen('nb', 'partial'))} />);
    expect(screen.getByTestId('read-status').textContent).toContain('Noe mangler');
    expect(document.querySelectorAll('[data-claim]')).toHaveLength(10);
  });

  it('a page not read fully offers a diagnostics file, and says when it is saved or failed', () => {
    const onDiagnostics = vi.fn();
    const { rerender } = render(<PopupView {...props(doneScreen('nb', 'partial'), { onDiagnostics, diagnostics: 'idle' })} />);
    fireEvent.click(screen.getByTestId('diagnostics'));
    expect(onDiagnostics).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('diagnostics-status')).toBeNull();
    rerender(<PopupView {...props(doneScreen('nb', 'partial'), { onDiagnostics, diagnostics: 'pending' })} />);
    expect((screen.getByTestId('diagnostics') as HTMLButtonElement).disabled).toBe(true);
    rerender(<PopupView {...props(doneScreen('nb', 'partial'), { onDiagnostics, diagnostics: 'saved' })} />);
    expect(screen.getByTestId('diagnostics-status').textContent).toContain('Diagnosefilen er lagret');
    rerender(<PopupView {...props(doneScreen('nb', 'partial'), { onDiagnostics, diagnostics: 'failed' })} />);
    expect(screen.getByTestId('diagnostics-status').textContent).toContain('Fikk ikke laget diagnosefilen');
  });

  it('a page read fully, or a login wall, offers no diagnostics file', () => {
    const onDiagnostics = vi.fn();
    const { rerender } = render(<PopupView {...props(doneScreen('nb', 'ok'), { onDiagnostics })} />);
    expect(screen.queryByTestId('diagnostics')).toBeNull();
    rerender(<PopupView {...props(doneScreen('nb', 'login-wall'), { onDiagnostics })} />);
    expect(screen.queryByTestId('diagnostics')).toBeNull();
  });

  it('a failed save is said, with the reason', () => {
    const s = { ...(doneScreen() as Extract<PopupScreen, { kind: 'done' }>), saved: 'failed' as const, saveError: 'QuotaExceeded', reportHref: null };
    render(<PopupView {...props(s)} />);
    expect(screen.getByTestId('saved').textContent).toBe('Kunne ikke lagre sjekken: QuotaExceeded');
  });

  it('speaks English when the locale is en', () => {
    render(<PopupView {...props(doneScreen('en'), { locale: 'en' })} />);
    expect(screen.getByTestId('overall').textContent).toBe('5 of 10 claims pass');
    expect(document.querySelector('[data-claim=H1] .badge__label')!.textContent).toBe('Pass');
    expect(screen.getByTestId('start').textContent).toBe('Check again');
  });

  it('never renders text read from the page as HTML', () => {
    const s = doneScreen() as Extract<PopupScreen, { kind: 'done' }>;
    s.views[6].evidence[0].parts = [{ text: '<img src=x onerror=alert(1)>', match: false }];
    render(<PopupView {...props(s, { expanded: new Set(['H7'] as const) })} />);
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('details-H7').textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
