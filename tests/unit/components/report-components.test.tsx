// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReportView, type ReportViewProps } from '../../../components/ReportView';
import { CompareView } from '../../../components/CompareView';
import { OverrideEditor } from '../../../components/OverrideEditor';
import { WeeklyChart, niceCeiling } from '../../../components/WeeklyChart';
import { reportModel } from '../../../lib/present/report-model';
import { compareRows, sortCompareRows } from '../../../lib/present/compare';
import { sampleReport } from '../store/sample-report';

afterEach(cleanup);

function reportProps(over: Partial<ReportViewProps> = {}): ReportViewProps {
  const older = sampleReport({ now: new Date('2026-03-05T10:00:00Z'), statuses: Array(10).fill('poor') });
  const report = sampleReport();
  const overrides = [{ claimId: 'H8' as const, status: 'pass' as const, note: 'Reglene står i et festet innlegg', createdAt: '2026-03-12T12:00:00Z' }];
  const model = reportModel(
    report,
    overrides,
    [
      { id: 1, auditedAt: older.auditedAt, report: older },
      { id: 2, auditedAt: report.auditedAt, report, overrides },
    ],
    'nb',
  );
  return {
    locale: 'nb',
    auditId: 2,
    report,
    ...model,
    onSaveOverride: vi.fn(),
    onClearOverride: vi.fn(),
    onExportJson: vi.fn(),
    onExportCsv: vi.fn(),
    onPrint: vi.fn(),
    onDelete: vi.fn(),
    onOpenAudit: vi.fn(),
    ...over,
  };
}

describe('ReportView', () => {
  it('shows every claim open, with the KS wording and advice, and the basis of the audit', () => {
    render(<ReportView {...reportProps()} />);
    expect(screen.getByTestId('report-page-name').textContent).toBe('Fjordvik kommune');
    expect(document.querySelectorAll('[data-claim]')).toHaveLength(10);
    expect(document.querySelectorAll('.claim__details')).toHaveLength(10);
    expect(document.querySelectorAll('.claim__advice li').length).toBeGreaterThanOrEqual(10);
    expect(screen.getByTestId('details-H1').querySelector('.claim__wording')!.textContent).toContain('oppdaterer ofte');
    expect(screen.getByTestId('report-window').textContent).toContain('3 innlegg');
    expect(screen.getByTestId('coverage').textContent).toContain('Innlegg');
    // the sample's H1 thresholds (pass 4 …) use other keys than the defaults: no «own thresholds» line
    expect(screen.queryByTestId('changed-thresholds')).toBeNull();
  });

  it('shows the overridden status and, beside it, the measured one with the note', () => {
    render(<ReportView {...reportProps()} />);
    const h8 = document.querySelector('[data-claim=H8]')!;
    expect(h8.getAttribute('data-status')).toBe('pass');
    expect(h8.getAttribute('data-measured')).toBe('poor');
    const info = within(h8 as HTMLElement).getByTestId('override-info');
    expect(info.textContent).toContain('Målt:');
    expect(info.textContent).toContain('Dårlig');
    expect(info.textContent).toContain('Reglene står i et festet innlegg');
    // the overall count follows the override: 5 measured passes + H8
    expect(screen.getByTestId('overall').textContent).toBe('6 av 10 påstander er bra');
  });

  it('shows the history: one column per audit, statuses per claim, and both charts', () => {
    const props = reportProps();
    render(<ReportView {...props} />);
    expect(screen.getByTestId('history-count').textContent).toBe('2 sjekker av siden');
    const h1 = document.querySelector('[data-history-claim=H1]')!;
    expect([...h1.querySelectorAll('td')].map((td) => td.getAttribute('data-status'))).toEqual(['poor', 'pass']);
    // the older audit's column opens it
    fireEvent.click(screen.getByTestId('history-table').querySelector('thead button')!);
    expect(props.onOpenAudit).toHaveBeenCalledWith(1);
    expect(screen.getByTestId('chart-posts').querySelectorAll('[data-week]').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByTestId('chart-replies').querySelector('svg')).not.toBeNull();
  });

  it('the toolbar calls export, print and delete', () => {
    const props = reportProps();
    render(<ReportView {...props} />);
    fireEvent.click(screen.getByTestId('export-json'));
    fireEvent.click(screen.getByTestId('export-csv'));
    fireEvent.click(screen.getByTestId('print'));
    fireEvent.click(screen.getByTestId('delete-audit'));
    for (const fn of [props.onExportJson, props.onExportCsv, props.onPrint, props.onDelete]) expect(fn).toHaveBeenCalledOnce();
  });

  it('evidence can be shown on the page; without an open tab the report says what to do', () => {
    const onHighlight = vi.fn();
    const { rerender } = render(<ReportView {...reportProps({ onHighlight })} />);
    fireEvent.click(screen.getByTestId('details-H7').querySelector('.evidence__button')!);
    expect(onHighlight).toHaveBeenCalledWith(expect.objectContaining({ postId: 'p1' }));
    rerender(<ReportView {...reportProps({ onHighlight, highlight: { key: 'H7-0', outcome: 'no-tab' } })} />);
    expect(screen.getByTestId('highlight-status').textContent).toContain('Åpne siden på Facebook i en fane');
  });

  it('a login wall is said at the top of the report', () => {
    const report = sampleReport({ readStatus: 'login-wall' });
    render(<ReportView {...reportProps({ report })} />);
    expect(screen.getByTestId('read-status').textContent).toContain('Facebook ber deg logge inn');
  });
});

describe('OverrideEditor', () => {
  it('saves a chosen status with a note', () => {
    const onSave = vi.fn();
    render(<OverrideEditor claimId="H8" locale="nb" current={null} onSave={onSave} onClear={vi.fn()} />);
    fireEvent.click(screen.getByTestId('override-open-H8'));
    fireEvent.change(screen.getByTestId('override-status'), { target: { value: 'could-improve' } });
    fireEvent.change(screen.getByTestId('override-note'), { target: { value: 'Reglene står i et festet innlegg' } });
    fireEvent.submit(screen.getByTestId('override-form-H8'));
    expect(onSave).toHaveBeenCalledWith('could-improve', 'Reglene står i et festet innlegg');
    expect(screen.queryByTestId('override-form-H8')).toBeNull();
  });

  it('offers to remove an existing override', () => {
    const onClear = vi.fn();
    render(<OverrideEditor claimId="H8" locale="nb" current={{ status: 'pass', note: 'x' }} onSave={vi.fn()} onClear={onClear} />);
    expect(screen.getByTestId('override-open-H8').textContent).toBe('Endre overstyringen');
    fireEvent.click(screen.getByTestId('override-clear-H8'));
    expect(onClear).toHaveBeenCalledOnce();
  });
});

describe('CompareView', () => {
  const fjordvik = { id: 1, pageKey: 'f', auditedAt: '2026-03-12T10:00:00Z', report: sampleReport() };
  const strandby = {
    id: 2,
    pageKey: 's',
    auditedAt: '2026-03-11T10:00:00Z',
    report: sampleReport({ name: 'Strandby kommune', url: 'https://www.facebook.com/strandby', statuses: ['poor', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'pass', 'unknown'] }),
  };
  const pages = [fjordvik, strandby].map((a) => ({ pageKey: a.pageKey, name: a.report.page.name!, auditedAt: a.auditedAt }));

  it('shows claims × pages and sorts by the clicked column', () => {
    const onSort = vi.fn();
    const rows = sortCompareRows(compareRows([fjordvik, strandby]), 'pass');
    render(<CompareView locale="nb" pages={pages} selected={new Set(['f', 's'])} onToggle={vi.fn()} onSelectAll={vi.fn()} rows={rows} sortKey="pass" descending={false} onSort={onSort} />);
    const order = [...document.querySelectorAll('[data-compare-page]')].map((r) => r.getAttribute('data-compare-page'));
    expect(order).toEqual(['Strandby kommune', 'Fjordvik kommune']); // 8 pass before 5
    expect(document.querySelector('[data-compare-page="Fjordvik kommune"] [data-claim-cell=H1]')!.getAttribute('data-status')).toBe('pass');
    fireEvent.click(document.querySelector('th[data-sort-key=H1] button')!);
    expect(onSort).toHaveBeenCalledWith('H1');
  });

  it('says when nothing is stored, and when no page is chosen', () => {
    const { unmount } = render(<CompareView locale="nb" pages={[]} selected={new Set()} onToggle={vi.fn()} onSelectAll={vi.fn()} rows={[]} sortKey="pass" descending={false} onSort={vi.fn()} />);
    expect(screen.getByText('Ingen sjekker lagret ennå.')).toBeTruthy();
    unmount();
    const onToggle = vi.fn();
    render(<CompareView locale="nb" pages={pages} selected={new Set()} onToggle={onToggle} onSelectAll={vi.fn()} rows={[]} sortKey="pass" descending={false} onSort={vi.fn()} />);
    expect(screen.getByText('Velg minst én side.')).toBeTruthy();
    fireEvent.click(document.querySelector('[data-pick-page="Strandby kommune"]')!);
    expect(onToggle).toHaveBeenCalledWith('s');
  });
});

describe('WeeklyChart', () => {
  it('draws a bar per week, a stub for a week without a value, and the reference line', () => {
    render(
      <WeeklyChart
        title="Innlegg per uke"
        locale="nb"
        unit="innlegg"
        reference={{ value: 4, label: 'Bra: over 4' }}
        points={[
          { weekStart: '2026-03-02T00:00:00.000Z', value: 5 },
          { weekStart: '2026-03-09T00:00:00.000Z', value: null },
          { weekStart: '2026-03-16T00:00:00.000Z', value: 0 },
        ]}
        testId="chart"
      />,
    );
    const chart = screen.getByTestId('chart');
    expect(chart.querySelectorAll('[data-week]')).toHaveLength(3);
    expect(chart.querySelectorAll('.chart__bar--none')).toHaveLength(1);
    expect(chart.querySelector('.chart__reference')).not.toBeNull();
    const [five, , zero] = [...chart.querySelectorAll('[data-week] rect')].map((r) => Number(r.getAttribute('height')));
    expect(five).toBeGreaterThan(0);
    expect(zero).toBe(0);
  });

  it('says so when there is nothing to draw', () => {
    render(<WeeklyChart title="Svartid" locale="nb" unit="timer" points={[]} testId="chart" />);
    expect(screen.getByTestId('chart').textContent).toContain('Ingen daterte data');
  });

  it('rounds the axis up to a round number', () => {
    expect(niceCeiling(4.2)).toBe(5);
    expect(niceCeiling(185)).toBe(200);
    expect(niceCeiling(21)).toBe(25);
    expect(niceCeiling(1)).toBe(1);
  });
});
