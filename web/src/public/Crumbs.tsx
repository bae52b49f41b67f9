import { Link } from 'react-router-dom';
import { useT } from '../shared/i18n';
import { messages } from './messages';

export interface Crumb {
  label: string;
  to?: string;
}

/** Breadcrumb trail as a labelled nav; the last entry is the current page. */
export function Crumbs({ items }: { items: Crumb[] }) {
  const t = useT(messages);
  return (
    <nav aria-label={t('crumbs')} className="yz-crumbs no-print">
      <ol>
        {items.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered; names may repeat
          <li key={`${i}-${c.label}`}>
            {c.to && i < items.length - 1 ? (
              <Link to={c.to}>{c.label}</Link>
            ) : (
              <span aria-current={i === items.length - 1 ? 'page' : undefined}>{c.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
