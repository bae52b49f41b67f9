import { Empty, Switch, Table } from 'antd';
import { useState } from 'react';
import { useAdminT } from '../lib/use-admin';
import { type DiffRow, diffValues } from './diff';

/** Before/after of one audit record as a field table; changed fields highlighted. */
export function DiffViewer({ before, after }: { before: unknown; after: unknown }) {
  const t = useAdminT();
  const [onlyChanged, setOnlyChanged] = useState(true);
  const rows = diffValues(before, after);
  const shown = onlyChanged && rows.some((r) => r.change !== 'same') ? rows.filter((r) => r.change !== 'same') : rows;
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('audit.noData')} />;
  return (
    <div className="yz-diff">
      <div className="yz-diff-toggle">
        <Switch size="small" checked={onlyChanged} onChange={setOnlyChanged} aria-label={t('audit.onlyChanged')} />
        <span>{t('audit.onlyChanged')}</span>
      </div>
      <Table<DiffRow>
        size="small"
        rowKey="path"
        pagination={false}
        dataSource={shown}
        rowClassName={(r) => `yz-diff-${r.change}`}
        columns={[
          { title: t('audit.field'), dataIndex: 'path', width: '22%' },
          {
            title: t('audit.before'),
            dataIndex: 'before',
            width: '39%',
            render: (v?: string) => <pre className="yz-diff-value">{v ?? '—'}</pre>,
          },
          {
            title: t('audit.after'),
            dataIndex: 'after',
            width: '39%',
            render: (v?: string) => <pre className="yz-diff-value">{v ?? '—'}</pre>,
          },
        ]}
      />
    </div>
  );
}
