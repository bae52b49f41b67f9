import { PlusOutlined, UserOutlined } from '@ant-design/icons';
import { App, Avatar, Button, Input, Modal, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { LoadError, Page } from '../lib/Page';
import { useSession } from '../lib/session';
import { useAdminT } from '../lib/use-admin';
import { useLoad } from '../lib/use-load';
import type { Department, HallWindow, Staff } from '../types';
import { AssignDialog } from './AssignDialog';
import { BadgePreview } from './BadgePreview';
import { StaffForm } from './StaffForm';

/** Staff 工作人员 of the current hall: badge data, phone (masked unless the caller manages), windows. */
export default function StaffPage() {
  const t = useAdminT();
  const { message } = App.useApp();
  const { hallId, hall, can } = useSession();
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [q, setQ] = useState('');
  const params = new URLSearchParams();
  if (departmentId) params.set('departmentId', departmentId);
  if (q.trim()) params.set('q', q.trim());
  const qs = params.toString();
  const list = useLoad<Staff[]>(hallId ? `/api/v1/halls/${hallId}/staff${qs ? `?${qs}` : ''}` : null);
  const depts = useLoad<Department[]>(hallId ? `/api/v1/halls/${hallId}/departments` : null);
  const windows = useLoad<HallWindow[]>(hallId ? `/api/v1/halls/${hallId}/windows` : null);
  const [editing, setEditing] = useState<Staff | 'new' | null>(null);
  const [badge, setBadge] = useState<Staff | null>(null);
  const [assigning, setAssigning] = useState<Staff | null>(null);
  const manage = can('org.manage');
  const hallName = hall?.name ?? '';

  return (
    <Page
      title={[t('menu.staff'), hallName].filter(Boolean).join(' · ')}
      extra={
        manage && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('staff.new')}
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Select
          aria-label={t('staff.department')}
          placeholder={t('staff.department')}
          allowClear
          style={{ width: 240 }}
          value={departmentId}
          onChange={setDepartmentId}
          showSearch={{ optionFilterProp: 'label' }}
          options={(depts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
        <Input.Search
          aria-label={t('common.search')}
          placeholder={t('staff.searchPlaceholder')}
          allowClear
          onSearch={setQ}
          style={{ width: 240 }}
        />
      </Space>
      {list.error !== undefined && <LoadError error={list.error} onRetry={list.reload} />}
      <Table<Staff>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        locale={{ emptyText: t('staff.empty') }}
        scroll={{ x: 1200 }}
        columns={[
          {
            title: t('staff.photo'),
            dataIndex: 'photo',
            width: 72,
            render: (p: string | null, s) => (
              <Avatar shape="square" size={40} src={p ?? undefined} icon={<UserOutlined />} alt={s.name} />
            ),
          },
          {
            title: t('staff.name'),
            dataIndex: 'name',
            width: 120,
            render: (v: string, s) => (
              <span className={s.active ? undefined : 'yz-muted'}>
                {v} {!s.active && <Tag>{t('common.inactive')}</Tag>}
              </span>
            ),
          },
          { title: t('staff.department'), dataIndex: 'departmentName', render: (v: string | null) => v ?? '—' },
          { title: t('staff.post'), dataIndex: 'post', width: 130 },
          { title: t('staff.title'), dataIndex: 'title', width: 160 },
          { title: t('staff.phone'), dataIndex: 'phone', width: 130 },
          {
            title: t('staff.windows'),
            dataIndex: 'windows',
            width: 110,
            render: (ws: Staff['windows']) => ws.map((w) => <Tag key={w.id}>{w.number}</Tag>),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 220,
            render: (_v, s) => (
              <Space size={0} wrap>
                {manage && (
                  <Button type="link" size="small" onClick={() => setEditing(s)}>
                    {t('common.edit')}
                  </Button>
                )}
                <Button type="link" size="small" onClick={() => setBadge(s)}>
                  {t('staff.badge')}
                </Button>
                {manage && (
                  <Button type="link" size="small" onClick={() => setAssigning(s)}>
                    {t('staff.assign')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <StaffForm
          hallId={hallId}
          hallName={hallName}
          staff={editing === 'new' ? null : editing}
          departments={depts.data ?? []}
          onClose={(saved) => {
            setEditing(null);
            if (saved) {
              void message.success(t('common.saved'));
            }
            // the photo may have changed even when the form was cancelled
            list.reload();
          }}
        />
      )}
      {badge && (
        <Modal open title={t('staff.badge')} footer={null} onCancel={() => setBadge(null)} width={420}>
          <BadgePreview hallName={hallName} staff={{ ...badge, windowNumbers: badge.windows.map((w) => w.number) }} />
        </Modal>
      )}
      {assigning && (
        <AssignDialog
          staff={assigning}
          windows={windows.data ?? []}
          onClose={(done) => {
            setAssigning(null);
            if (done) {
              void message.success(t('staff.assigned'));
              list.reload();
              windows.reload();
            }
          }}
        />
      )}
    </Page>
  );
}
