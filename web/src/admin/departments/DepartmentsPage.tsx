import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Segmented, Space, Table } from 'antd';
import { useState } from 'react';
import { LoadError, Page } from '../lib/Page';
import { useSession } from '../lib/session';
import { useAdminT } from '../lib/use-admin';
import { useLoad } from '../lib/use-load';
import { type Department, RESIDENCIES, type Residency } from '../types';
import { DepartmentDetail } from './DepartmentDetail';
import { DepartmentForm } from './DepartmentForm';
import { ResidencyDialog } from './ResidencyDialog';
import { PowerTags, ResidencyTag } from './tags';

/** Departments 进驻部门 of the current hall: residency, chief representative and delegated powers. */
export default function DepartmentsPage() {
  const t = useAdminT();
  const { message } = App.useApp();
  const { hallId, hall, can } = useSession();
  const [residency, setResidency] = useState<Residency | 'all'>('all');
  const query = residency === 'all' ? '' : `?residency=${residency}`;
  const list = useLoad<Department[]>(hallId ? `/api/v1/halls/${hallId}/departments${query}` : null);
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const [changing, setChanging] = useState<Department | null>(null);
  const [detailId, setDetailId] = useState<string | null>(null);
  const manage = can('org.manage');

  return (
    <Page
      title={[t('menu.departments'), hall?.name].filter(Boolean).join(' · ')}
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('dept.new')}
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }}>
        <span>{t('dept.filterResidency')}</span>
        <Segmented
          value={residency}
          onChange={(v) => setResidency(v as Residency | 'all')}
          options={[
            { value: 'all', label: t('common.all') },
            ...RESIDENCIES.map((r) => ({ value: r, label: t(`residency.${r}`) })),
          ]}
        />
      </Space>
      {list.error !== undefined && <LoadError error={list.error} onRetry={list.reload} />}
      <Table<Department>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('dept.empty') }}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('dept.name'),
            dataIndex: 'name',
            render: (_v, d) => (
              <Button
                type="link"
                style={{ padding: 0, height: 'auto', whiteSpace: 'normal', textAlign: 'left' }}
                onClick={() => setDetailId(d.id)}
              >
                {d.name}
              </Button>
            ),
          },
          {
            title: t('dept.residency'),
            dataIndex: 'residency',
            width: 200,
            render: (_v, d) => <ResidencyTag residency={d.residency} since={d.residencySince} />,
          },
          { title: t('dept.chiefRepresentative'), dataIndex: 'chiefRepresentative', width: 110 },
          { title: t('dept.powers'), key: 'powers', render: (_v, d) => <PowerTags powers={d.powers} /> },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 220,
            render: (_v, d) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => setDetailId(d.id)}>
                  {t('common.detail')}
                </Button>
                {manage && (
                  <Button type="link" size="small" onClick={() => setEditing(d)}>
                    {t('common.edit')}
                  </Button>
                )}
                {manage && (
                  <Button type="link" size="small" onClick={() => setChanging(d)}>
                    {t('dept.changeResidency')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <DepartmentForm
          hallId={hallId}
          department={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              void message.success(t('common.saved'));
              list.reload();
            }
          }}
        />
      )}
      {changing && (
        <ResidencyDialog
          department={changing}
          onClose={(changed) => {
            setChanging(null);
            if (changed) {
              void message.success(t('dept.residencyChanged'));
              list.reload();
            }
          }}
        />
      )}
      {detailId && <DepartmentDetail id={detailId} onClose={() => setDetailId(null)} />}
    </Page>
  );
}
