import { Alert, Drawer, Spin, Table } from 'antd';
import { LoadError } from '../lib/Page';
import { useAdminT } from '../lib/use-admin';
import { useLoad } from '../lib/use-load';
import type { WindowAssignments as Assignments, HallWindow } from '../types';

/** How often staffing changed at a window; three or more changes in 12 months is flagged (窗口人员稳定性). */
export const UNSTABLE_CHANGES = 3;

export function WindowAssignments({ window: w, onClose }: { window: HallWindow; onClose: () => void }) {
  const t = useAdminT();
  const { data, loading, error, reload } = useLoad<Assignments>(`/api/v1/windows/${w.id}/assignments`);
  const n = data?.changesLast12Months ?? 0;
  const history = [...(data?.history ?? [])].sort((a, b) => b.fromDate.localeCompare(a.fromDate));
  return (
    <Drawer open size={560} title={`${t('win.assignments')} · ${w.number} ${w.name}`} onClose={onClose}>
      {error !== undefined && <LoadError error={error} onRetry={reload} />}
      {loading && <Spin />}
      {data && (
        <>
          <Alert
            type={n >= UNSTABLE_CHANGES ? 'warning' : 'info'}
            showIcon
            title={t('win.changes', { n })}
            description={n >= UNSTABLE_CHANGES ? t('win.unstable') : undefined}
            style={{ marginBottom: 16 }}
          />
          <Table
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={history}
            locale={{ emptyText: t('win.noAssignments') }}
            columns={[
              { title: t('win.staffName'), dataIndex: 'staffName' },
              { title: t('win.fromDate'), dataIndex: 'fromDate', width: 120 },
              {
                title: t('win.toDate'),
                dataIndex: 'toDate',
                width: 120,
                render: (v: string | null) => v ?? t('common.untilNow'),
              },
            ]}
          />
        </>
      )}
    </Drawer>
  );
}
