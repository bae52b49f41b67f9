import { HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Space, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { LoadError, Page } from '../lib/Page';
import { useSession } from '../lib/session';
import { useAdminT } from '../lib/use-admin';
import { useLoad } from '../lib/use-load';
import type { Department, HallWindow, WindowStatus } from '../types';
import { WindowAssignments } from './WindowAssignments';
import { WindowForm } from './WindowForm';

const STATUS_COLORS: Record<WindowStatus, string> = { open: 'green', paused: 'orange', closed: 'default' };

/** Windows 窗口 of the current hall with their departments and current staff. */
export default function WindowsPage() {
  const t = useAdminT();
  const { message } = App.useApp();
  const { hallId, hall, can } = useSession();
  const list = useLoad<HallWindow[]>(hallId ? `/api/v1/halls/${hallId}/windows` : null);
  const depts = useLoad<Department[]>(hallId ? `/api/v1/halls/${hallId}/departments` : null);
  const deptName = useMemo(() => new Map((depts.data ?? []).map((d) => [d.id, d.name])), [depts.data]);
  const [editing, setEditing] = useState<HallWindow | 'new' | null>(null);
  const [history, setHistory] = useState<HallWindow | null>(null);
  const manage = can('org.manage');

  return (
    <Page
      title={[t('menu.windows'), hall?.name].filter(Boolean).join(' · ')}
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('win.new')}
          </Button>
        )
      }
    >
      {list.error !== undefined && <LoadError error={list.error} onRetry={list.reload} />}
      <Table<HallWindow>
        rowKey="id"
        loading={list.loading}
        dataSource={[...(list.data ?? [])].sort((a, b) => a.number.localeCompare(b.number, 'zh', { numeric: true }))}
        pagination={{ pageSize: 30, hideOnSinglePage: true }}
        locale={{ emptyText: t('win.empty') }}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('win.number'), dataIndex: 'number', width: 90, render: (v: string) => <strong>{v}</strong> },
          { title: t('win.name'), dataIndex: 'name', width: 200 },
          { title: t('win.kind'), dataIndex: 'kind', width: 110, render: (v: string) => t(`windowKind.${v}`) },
          {
            title: t('win.status'),
            dataIndex: 'status',
            width: 90,
            render: (v: WindowStatus) => <Tag color={STATUS_COLORS[v]}>{t(`windowStatus.${v}`)}</Tag>,
          },
          {
            title: t('win.departments'),
            dataIndex: 'departmentIds',
            render: (ids: string[]) => (
              <Space size={[4, 4]} wrap>
                {ids.map((id) => (
                  <Tag key={id}>{deptName.get(id) ?? id}</Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('win.currentStaff'),
            dataIndex: 'currentStaff',
            width: 160,
            render: (s: HallWindow['currentStaff']) => s.map((x) => x.name).join('、') || '—',
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 180,
            render: (_v, w) => (
              <Space size={0}>
                {manage && (
                  <Button type="link" size="small" onClick={() => setEditing(w)}>
                    {t('common.edit')}
                  </Button>
                )}
                <Button type="link" size="small" icon={<HistoryOutlined />} onClick={() => setHistory(w)}>
                  {t('win.assignments')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <WindowForm
          hallId={hallId}
          window={editing === 'new' ? null : editing}
          departments={depts.data ?? []}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              void message.success(t('common.saved'));
              list.reload();
            }
          }}
        />
      )}
      {history && <WindowAssignments window={history} onClose={() => setHistory(null)} />}
    </Page>
  );
}
