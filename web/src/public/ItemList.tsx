import { Empty, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useT } from '../shared/i18n';
import { KIND_COLORS, KIND_KEYS, promisedText, statutoryText, visitsText } from './format';
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
        <Tag color={KIND_COLORS[item.kind]}>{t(KIND_KEYS[item.kind])}</Tag>
        <span>
          {t('time.promised')}：{promisedText(t, item.kind, item.promisedDays)}
        </span>
        <span>
          {t('time.statutory')}：{statutoryText(t, item.statutoryDays)}
        </span>
        <Tag color={item.visits === 0 ? 'green' : item.visits === 1 ? 'cyan' : 'default'}>
          {visitsText(t, item.visits)}
        </Tag>
        {item.online ? <Tag color="geekblue">{t('online.yes')}</Tag> : null}
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
