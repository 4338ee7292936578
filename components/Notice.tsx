import type { ReactNode } from 'react';

/** A full-width message for a state in which there is nothing to judge (not Facebook, unreachable, …). */
export function Notice({
  tone, title, body, children, testId,
}: { tone: 'info' | 'warning' | 'error'; title: string; body: string; children?: ReactNode; testId?: string }) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-notice={tone} data-testid={testId}>
      <strong className="notice__title">{title}</strong>
      {body && <p className="notice__body">{body}</p>}
      {children}
    </div>
  );
}
