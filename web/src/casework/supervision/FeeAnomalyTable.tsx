import { Button, Checkbox, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CaseStatusTag } from '../lib/tags';
import { useCwT } from '../lib/use-casework';
import type { FeeAnomaly } from '../types';

const CARD_STATUS_COLOURS = { open: 'red', answered: 'blue', closed: 'default' } as const;

/**
 * 收费异常: finished fee cases the unified fee window has no payment for, with the card already issued
 * on each (if any) and a 发出督办卡 button for supervisors while the case has no card that is still open.
 */
export function FeeAnomalyTable(props: {
  anomalies: FeeAnomaly[];
  loading: boolean;
  onIssue?: (a: FeeAnomaly) => void;
}) {
  const t = useCwT();
  const [onlyOpen, setOnlyOpen] = useState(false);
  const rows = onlyOpen ? props.anomalies.filter((a) => !a.card) : props.anomalies;
  return (
    <>
      <Typography.Paragraph type="secondary">{t('fees.intro')}</Typography.Paragraph>
      <Checkbox checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} style={{ marginBottom: 12 }}>
        {t('fees.onlyOpen')}
      </Checkbox>
      <Table<FeeAnomaly>
        rowKey="caseId"
        size="middle"
        loading={props.loading}
        dataSource={rows}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('fees.none') }}
        scroll={{ x: 1100 }}
        columns={[
          {
            title: t('col.caseNumber'),
            key: 'n',
            width: 170,
            render: (_v, a) => <Link to={`/desk/cases/${encodeURIComponent(a.caseId)}`}>{a.caseNumber}</Link>,
          },
          { title: t('col.item'), dataIndex: 'itemName', ellipsis: true },
          { title: t('col.department'), dataIndex: 'departmentName', width: 160 },
          { title: t('col.status'), key: 's', width: 100, render: (_v, a) => <CaseStatusTag status={a.status} /> },
          {
            title: t('col.decidedOn'),
            key: 'd',
            width: 110,
            render: (_v, a) => a.deliveredOn ?? a.decidedOn ?? '—',
          },
          { title: t('fees.problem'), dataIndex: 'problemLabel' },
          {
            title: t('fees.card'),
            key: 'c',
            width: 170,
            render: (_v, a) =>
              a.card ? (
                <Tag color={CARD_STATUS_COLOURS[a.card.status]}>
                  {t('fees.carded', { color: t(`card.${a.card.color}`), status: t(`cardStatus.${a.card.status}`) })}
                </Tag>
              ) : (
                '—'
              ),
          },
          ...(props.onIssue
            ? [
                {
                  title: t('common.actions'),
                  key: 'a',
                  width: 120,
                  render: (_v: unknown, a: FeeAnomaly) =>
                    !a.card || a.card.status === 'closed' ? (
                      <Button size="small" onClick={() => props.onIssue?.(a)}>
                        {t('fees.issue')}
                      </Button>
                    ) : null,
                },
              ]
            : []),
        ]}
      />
    </>
  );
}
