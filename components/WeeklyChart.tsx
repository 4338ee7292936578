import type { InterfaceLocale } from '../lib/claims/report-schema';
import { formatNumber } from '../lib/present/labels';
import { t } from '../lib/i18n/translate';
import { formatDayMonth } from '../lib/i18n/format-date';

export interface ChartPoint {
  weekStart: string;
  value: number | null;
  /** shown on hover and to screen readers */
  detail?: string;
}

/** The axis maximum: the next 1, 2, 2.5 or 5 × 10^k at or above `value`, so the ticks are round numbers. */
export function niceCeiling(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= value) ?? 10;
  return step * power;
}

/**
 * Bars per week in plain SVG (no chart library). A null value is drawn as a dashed stub, so
 * «nothing measured» never looks like «zero». An optional reference line marks a threshold.
 */
export function WeeklyChart({
  title, points, locale, unit, reference, testId,
}: {
  title: string;
  points: ChartPoint[];
  locale: InterfaceLocale;
  unit: string;
  reference?: { value: number; label: string };
  testId?: string;
}) {
  if (!points.length) {
    return (
      <figure className="chart" data-testid={testId}>
        <figcaption>{title}</figcaption>
        <p className="muted">{t(locale, 'history.chart.empty')}</p>
      </figure>
    );
  }
  const width = 640;
  const height = 180;
  const pad = { left: 36, right: 8, top: 12, bottom: 22 };
  const max = niceCeiling(Math.max(1, reference?.value ?? 0, ...points.map((p) => p.value ?? 0)) * 1.05);
  const innerW = width - pad.left - pad.right;
  const innerH = height - pad.top - pad.bottom;
  const step = innerW / points.length;
  const barW = Math.max(2, Math.min(36, step * 0.7));
  const y = (v: number) => pad.top + innerH - (v / max) * innerH;
  const ticks = [0, max / 2, max];
  const labelEvery = Math.ceil(points.length / 10);
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption>{title}</figcaption>
      <svg viewBox={`0 0 ${width} ${height}`} className="chart__svg" role="img" aria-label={title}>
        {ticks.map((v, i) => (
          <g key={i}>
            <line x1={pad.left} x2={width - pad.right} y1={y(v)} y2={y(v)} className="chart__grid" />
            <text x={pad.left - 4} y={y(v) + 4} className="chart__axis" textAnchor="end">{formatNumber(locale, v, 1)}</text>
          </g>
        ))}
        {points.map((p, i) => {
          const x = pad.left + i * step + (step - barW) / 2;
          const label = `${formatDayMonth(p.weekStart)}: ${p.value === null ? '–' : `${formatNumber(locale, p.value)} ${unit}`}${p.detail ? ` (${p.detail})` : ''}`;
          return (
            <g key={p.weekStart} data-week={p.weekStart} data-value={p.value ?? ''}>
              {p.value === null ? (
                <rect x={x} y={y(0) - 3} width={barW} height={3} className="chart__bar chart__bar--none"><title>{label}</title></rect>
              ) : (
                <rect x={x} y={y(p.value)} width={barW} height={Math.max(0, y(0) - y(p.value))} className="chart__bar"><title>{label}</title></rect>
              )}
              {i % labelEvery === 0 && (
                <text x={x + barW / 2} y={height - pad.bottom + 14} className="chart__axis" textAnchor="middle">
                  {formatDayMonth(p.weekStart)}
                </text>
              )}
            </g>
          );
        })}
        {reference && (
          <g>
            <line x1={pad.left} x2={width - pad.right} y1={y(reference.value)} y2={y(reference.value)} className="chart__reference" />
            <text x={width - pad.right} y={y(reference.value) - 4} className="chart__axis chart__reference-label" textAnchor="end">{reference.label}</text>
          </g>
        )}
      </svg>
    </figure>
  );
}
