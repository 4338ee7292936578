import type { InterfaceLocale } from '../lib/claims/report-schema';
import type { ReadStatus } from '../lib/snapshot/schema';
import { t } from '../lib/i18n/translate';
import { Notice } from './Notice';

/** What the reader could not do, in the user's words, with what to do next. Nothing to show for `ok`. */
export function ReadStatusNotice({ status, locale }: { status: ReadStatus; locale: InterfaceLocale }) {
  if (status === 'ok') return null;
  return (
    <div data-read-status={status}>
      <Notice
        tone={status === 'partial' ? 'info' : 'warning'}
        title={t(locale, `read.${status}.title`)}
        body={t(locale, `read.${status}`)}
        testId="read-status"
      />
    </div>
  );
}
