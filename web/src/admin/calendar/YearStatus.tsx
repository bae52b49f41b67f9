import { Descriptions, Tag } from 'antd';
import { formatTime } from '../lib/dates';
import { useAdminT } from '../lib/use-admin';
import type { CalendarYearSummary } from './types';

/** 正式 / 暂定 as a tag. */
export function YearStatusTag({ status }: { status: CalendarYearSummary['status'] }) {
  const t = useAdminT();
  return <Tag color={status === 'official' ? 'green' : 'orange'}>{t(`calendar.status.${status}`)}</Tag>;
}

/** Where the year in force comes from: this hall, a higher hall (which one), or the shipped calendar. */
export function originText(t: ReturnType<typeof useAdminT>, y: CalendarYearSummary): string {
  if (y.origin === 'own') return t('calendar.origin.own');
  if (y.origin === 'inherited') return t('calendar.origin.inherited', { hall: y.definedBy?.hallName ?? '' });
  return t('calendar.origin.builtin');
}

/** The year's status line: official or provisional, where it comes from, who confirmed it, how many days. */
export function YearStatus({ y }: { y: CalendarYearSummary }) {
  const t = useAdminT();
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} className="yz-cal-status">
      <Descriptions.Item label={t('calendar.statusLabel')}>
        <YearStatusTag status={y.status} />
      </Descriptions.Item>
      <Descriptions.Item label={t('calendar.originLabel')}>{originText(t, y)}</Descriptions.Item>
      <Descriptions.Item label={t('calendar.source')}>{y.source || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('calendar.confirmedBy')}>
        {y.confirmedBy ? `${y.confirmedBy.name} ${formatTime(y.confirmedAt)}` : '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('calendar.updatedAt')}>{formatTime(y.updatedAt) || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('calendar.counts')}>
        {t('calendar.countsValue', { h: y.holidayCount, m: y.makeupCount })}
      </Descriptions.Item>
    </Descriptions>
  );
}
