import { useT } from '../shared/i18n';
import type { StreamStatus } from './hall-stream';
import { messages } from './messages';

/** A small dot with a word: green when live, amber while (re)connecting. */
export function ConnectionBadge({ status }: { status: StreamStatus }) {
  const t = useT(messages);
  return (
    <span className={`yz-fl-conn yz-fl-conn-${status}`} role="status" aria-live="polite">
      <span className="yz-fl-conn-dot" aria-hidden />
      {t(`conn.${status}`)}
    </span>
  );
}
