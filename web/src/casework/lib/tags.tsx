import { Tag, Typography } from 'antd';
import type { CaseStatus, Colour } from '../types';
import { useCwT } from './use-casework';

const TAG_COLOURS: Record<Colour, string> = { green: 'success', yellow: 'warning', red: 'error' };

/** 绿灯 / 黄灯 / 红灯 with a dot, so the colour is not the only cue. */
export function ColourTag({ colour }: { colour: Colour | null | undefined }) {
  const t = useCwT();
  if (!colour) return null;
  return (
    <Tag color={TAG_COLOURS[colour]} className={`yz-cw-light yz-cw-light-${colour}`}>
      <span className="yz-cw-dot" aria-hidden />
      {t(`colour.${colour}`)}
    </Tag>
  );
}

/** "3 个工作日" / "今日到期" / "超期 2 个工作日". */
export function DaysLeft({ n, paused }: { n: number | null | undefined; paused?: boolean }) {
  const t = useCwT();
  if (paused) return <Typography.Text type="secondary">{t('daysLeft.paused')}</Typography.Text>;
  if (n === null || n === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  if (n > 0) return <span>{t('daysLeft.n', { n })}</span>;
  if (n === 0) return <Typography.Text type="warning">{t('daysLeft.today')}</Typography.Text>;
  return <Typography.Text type="danger">{t('daysLeft.overdue', { n: -n })}</Typography.Text>;
}

const STATUS_COLOURS: Partial<Record<CaseStatus, string>> = {
  in_review: 'processing',
  accepted: 'blue',
  suspended: 'orange',
  escalated: 'purple',
  decided: 'green',
  delivered: 'cyan',
  rejected: 'red',
  withdrawn: 'default',
};

export function CaseStatusTag({ status }: { status: CaseStatus | undefined }) {
  const t = useCwT();
  if (!status) return null;
  return <Tag color={STATUS_COLOURS[status] ?? 'default'}>{t(`status.${status}`)}</Tag>;
}
