import type { InterfaceLocale } from '../lib/claims/report-schema';
import type { MetricView } from '../lib/present/claim-view';
import { t } from '../lib/i18n/translate';

/** A small bar: the value against the two thresholds (ticks), so «how far from Bra» reads at a glance. */
function Gauge({ gauge }: { gauge: NonNullable<MetricView['gauge']> }) {
  const max = Math.max(gauge.value, gauge.pass, gauge.couldImprove) * 1.15 || 1;
  const x = (v: number) => `${Math.min(100, (v / max) * 100).toFixed(1)}%`;
  return (
    <svg className="gauge" width="100%" height="10" role="presentation" aria-hidden="true">
      <rect x="0" y="3" width="100%" height="4" rx="2" className="gauge__track" />
      <rect x="0" y="3" width={x(gauge.value)} height="4" rx="2" className="gauge__value" />
      <line x1={x(gauge.couldImprove)} x2={x(gauge.couldImprove)} y1="0" y2="10" className="gauge__tick gauge__tick--improve" />
      <line x1={x(gauge.pass)} x2={x(gauge.pass)} y1="0" y2="10" className="gauge__tick gauge__tick--pass" />
    </svg>
  );
}

/** The figures a verdict rests on, each with its threshold. */
export function MetricTable({ metrics, locale }: { metrics: MetricView[]; locale: InterfaceLocale }) {
  if (!metrics.length) return null;
  return (
    <table className="metrics">
      <caption className="visually-hidden">{t(locale, 'claim.metrics')}</caption>
      <tbody>
        {metrics.map((m) => (
          <tr key={m.key} data-metric={m.key}>
            <th scope="row">{m.label}</th>
            <td className="metrics__value">{m.value}</td>
            <td className="metrics__threshold">
              {m.threshold && <span>{m.threshold}</span>}
              {m.gauge && <Gauge gauge={m.gauge} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
