import type { InterfaceLocale } from '../lib/claims/report-schema';
import type { CollectionBound } from '../lib/snapshot/schema';
import { t } from '../lib/i18n/translate';

export const DEPTH_CHOICES: CollectionBound[] = [
  { kind: 'weeks', weeks: 2 },
  { kind: 'weeks', weeks: 4 },
  { kind: 'weeks', weeks: 8 },
  { kind: 'weeks', weeks: 12 },
  { kind: 'weeks', weeks: 26 },
  { kind: 'posts', posts: 50 },
  { kind: 'posts', posts: 100 },
];

export function depthKey(bound: CollectionBound): string {
  return bound.kind === 'weeks' ? `w${bound.weeks}` : `p${bound.posts}`;
}

export function depthLabel(locale: InterfaceLocale, bound: CollectionBound): string {
  return bound.kind === 'weeks' ? t(locale, 'popup.depth.weeks', { n: bound.weeks }) : t(locale, 'popup.depth.posts', { n: bound.posts });
}

/** The choices, with `current` added when it is not one of them (a depth set in the options). */
export function depthChoices(current: CollectionBound): CollectionBound[] {
  return DEPTH_CHOICES.some((d) => depthKey(d) === depthKey(current)) ? DEPTH_CHOICES : [...DEPTH_CHOICES, current];
}

/** How far back an audit reads. */
export function DepthSelect({
  locale, value, onChange, testId = 'depth', label,
}: { locale: InterfaceLocale; value: CollectionBound; onChange: (bound: CollectionBound) => void; testId?: string; label?: string }) {
  const choices = depthChoices(value);
  return (
    <label className="field">
      <span className="field__label">{label ?? t(locale, 'popup.depth')}</span>
      <select
        value={depthKey(value)}
        data-testid={testId}
        onChange={(e) => onChange(choices.find((d) => depthKey(d) === e.target.value) ?? value)}
      >
        {choices.map((bound) => (
          <option key={depthKey(bound)} value={depthKey(bound)}>{depthLabel(locale, bound)}</option>
        ))}
      </select>
    </label>
  );
}
