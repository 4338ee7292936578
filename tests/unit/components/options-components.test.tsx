// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ThresholdEditor } from '../../../components/ThresholdEditor';
import { DataManager } from '../../../components/DataManager';
import { ImportExport } from '../../../components/ImportExport';
import { DepthSelect } from '../../../components/DepthSelect';
import { defaultThresholds } from '../../../lib/claims/thresholds';

afterEach(cleanup);

describe('ThresholdEditor', () => {
  const defaults = defaultThresholds();

  it('shows each claim’s thresholds with their defaults; a changed one is marked and can be reset', () => {
    const onChange = vi.fn();
    const onReset = vi.fn();
    render(<ThresholdEditor locale="nb" defaults={defaults} values={{ H1: { passPostsPerWeek: 5 } }} onChange={onChange} onReset={onReset} />);
    const field = document.querySelector('[data-threshold="H1.passPostsPerWeek"]') as HTMLInputElement;
    expect(field.value).toBe('5');
    expect(field.closest('.field--changed')).not.toBeNull();
    expect((document.querySelector('[data-threshold="H1.couldImprovePostsPerWeek"]') as HTMLInputElement).value).toBe(String(defaults.H1.couldImprovePostsPerWeek));
    expect(field.closest('label')!.textContent).toContain('«Bra» over (innlegg per uke)');
    // claims without thresholds (H8, H9) have no fieldset
    expect(document.querySelector('[data-threshold-claim=H8]')).toBeNull();

    fireEvent.change(field, { target: { value: '6' } });
    expect(onChange).not.toHaveBeenCalled(); // not while typing
    fireEvent.blur(field);
    expect(onChange).toHaveBeenCalledWith('H1', 'passPostsPerWeek', 6);

    fireEvent.click(screen.getByTestId('reset-H1'));
    expect(onReset).toHaveBeenCalledWith('H1');
    fireEvent.click(screen.getByTestId('reset-all'));
    expect(onReset).toHaveBeenCalledWith(null);
  });

  it('an emptied field goes back to the default; nothing to reset when nothing changed', () => {
    const onChange = vi.fn();
    render(<ThresholdEditor locale="nb" defaults={defaults} values={{}} onChange={onChange} onReset={vi.fn()} />);
    const field = document.querySelector('[data-threshold="H3.passPercent"]') as HTMLInputElement;
    fireEvent.change(field, { target: { value: '' } });
    fireEvent.blur(field);
    expect(onChange).toHaveBeenCalledWith('H3', 'passPercent', null);
    expect((screen.getByTestId('reset-all') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByTestId('reset-H3')).toBeNull();
  });
});

describe('DataManager', () => {
  it('lists audits per page and deletes one audit, one page, or everything', () => {
    const calls = { audit: vi.fn(), page: vi.fn(), all: vi.fn() };
    render(
      <DataManager
        locale="nb"
        pages={[{ pageKey: 'k', name: 'Fjordvik kommune', audits: [{ id: 3, auditedAt: '2026-03-12T10:00:00Z', pass: 6 }, { id: 2, auditedAt: '2026-03-05T10:00:00Z', pass: 4 }] }]}
        onDeleteAudit={calls.audit}
        onDeletePage={calls.page}
        onDeleteAll={calls.all}
      />,
    );
    expect(screen.getByText('Fjordvik kommune')).toBeTruthy();
    expect(document.querySelectorAll('[data-audit-id]')).toHaveLength(2);
    fireEvent.click(document.querySelector('[data-audit-id="2"] button')!);
    expect(calls.audit).toHaveBeenCalledWith(2);
    fireEvent.click(screen.getByTestId('delete-page'));
    expect(calls.page).toHaveBeenCalledWith('k');
    fireEvent.click(screen.getByTestId('delete-all'));
    expect(calls.all).toHaveBeenCalledOnce();
  });

  it('says when nothing is stored', () => {
    render(<DataManager locale="nb" pages={[]} onDeleteAudit={vi.fn()} onDeletePage={vi.fn()} onDeleteAll={vi.fn()} />);
    expect(screen.getByTestId('no-data').textContent).toBe('Ingen sjekker lagret.');
  });
});

describe('ImportExport', () => {
  it('passes the chosen file on and shows the outcome or the error', () => {
    const onImport = vi.fn();
    const onExport = vi.fn();
    const { rerender } = render(<ImportExport locale="nb" onExport={onExport} onImport={onImport} result={null} />);
    const file = new File(['{}'], 'backup.json', { type: 'application/json' });
    fireEvent.change(screen.getByTestId('import-file'), { target: { files: [file] } });
    expect(onImport).toHaveBeenCalledWith(file);
    fireEvent.click(screen.getByTestId('export-all'));
    expect(onExport).toHaveBeenCalledOnce();

    rerender(<ImportExport locale="nb" onExport={onExport} onImport={onImport} result={{ kind: 'ok', added: 2, skipped: 1 }} />);
    expect(screen.getByTestId('import-result').textContent).toBe('Nye sjekker importert: 2. Fantes fra før: 1.');
    rerender(<ImportExport locale="nb" onExport={onExport} onImport={onImport} result={{ kind: 'error', message: 'Filen er ikke gyldig JSON' }} />);
    expect(screen.getByRole('alert').textContent).toBe('Filen er ikke gyldig JSON');
  });
});

describe('DepthSelect', () => {
  it('offers weeks and post counts and reports the chosen bound', () => {
    const onChange = vi.fn();
    render(<DepthSelect locale="en" value={{ kind: 'weeks', weeks: 4 }} onChange={onChange} />);
    const select = screen.getByTestId('depth') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toContain('50 posts');
    fireEvent.change(select, { target: { value: 'p100' } });
    expect(onChange).toHaveBeenCalledWith({ kind: 'posts', posts: 100 });
  });
});
