import { Empty } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../shared/i18n';
import { KIND_KEYS, promisedText, statutoryText, visitsTagClass, visitsText } from './format';
import { messages } from './messages';
import type { PublicItemRow } from './types';

/** One item in a list: name (link to the guide), department, kind, time limits, visits, online. */
export function ItemRow({ item }: { item: PublicItemRow }) {
  const t = useT(messages);
  return (
    <li className="yz-item-row">
      <Link to={`/items/${item.id}`} className="yz-item-name">
        {item.name}
      </Link>
      <div className="yz-item-meta">
        <span className="yz-item-dept">{item.department}</span>
        <span className={`yz-tag yz-tag-${item.kind}`}>{t(KIND_KEYS[item.kind])}</span>
        <span>
          {t('time.promised')}
          {t('colon')}
          {promisedText(t, item.kind, item.promisedDays)}
        </span>
        <span>
          {t('time.statutory')}
          {t('colon')}
          {statutoryText(t, item.statutoryDays)}
        </span>
        <span className={visitsTagClass(item.visits)}>{visitsText(t, item.visits)}</span>
        {item.online ? <span className="yz-tag yz-tag-online">{t('online.yes')}</span> : null}
      </div>
    </li>
  );
}

/** A list of items with its count; an empty list says so. */
export function ItemList({ items, emptyText }: { items: PublicItemRow[]; emptyText: string }) {
  const t = useT(messages);
  if (items.length === 0) return <Empty description={emptyText} />;
  return (
    <>
      <p className="yz-count" aria-live="polite">
        {t('count.found', { n: items.length })}
      </p>
      <ul className="yz-item-list">
        {items.map((i) => (
          <ItemRow key={i.id} item={i} />
        ))}
      </ul>
    </>
  );
}
