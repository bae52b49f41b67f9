import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { ENTRY_STATUSES } from '../../../../src/domain/guide';
import { formatTime } from '../lib/dates';
import { LoadError, Page } from '../lib/Page';
import { useSession } from '../lib/session';
import { useAdminT } from '../lib/use-admin';
import { useLoad } from '../lib/use-load';
import type { Department, ItemSummary } from '../types';
import { EntryStatusTag, ItemStatusTag } from './status-tags';

/** Service items 事项 of the current hall with publication and entry status. */
export default function ItemsPage() {
  const t = useAdminT();
  const navigate = useNavigate();
  const { hallId, hall, can } = useSession();
  const [q, setQ] = useState('');
  const [departmentId, setDepartmentId] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [entryStatus, setEntryStatus] = useState<string | undefined>();
  const params = new URLSearchParams();
  if (q.trim()) params.set('q', q.trim());
  if (departmentId) params.set('departmentId', departmentId);
  if (status) params.set('status', status);
  if (entryStatus) params.set('entryStatus', entryStatus);
  const qs = params.toString();
  const list = useLoad<ItemSummary[]>(hallId ? `/api/v1/halls/${hallId}/items${qs ? `?${qs}` : ''}` : null);
  const depts = useLoad<Department[]>(hallId ? `/api/v1/halls/${hallId}/departments` : null);

  return (
    <Page
      title={[t('menu.items'), hall?.name].filter(Boolean).join(' · ')}
      extra={
        can('catalog.manage') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/admin/items/new')}>
            {t('items.new')}
          </Button>
        )
      }
    >
      <Space style={{ marginBottom: 16 }} wrap>
        <Input.Search
          aria-label={t('common.search')}
          placeholder={t('items.search')}
          allowClear
          onSearch={setQ}
          style={{ width: 260 }}
        />
        <Select
          aria-label={t('items.department')}
          placeholder={t('items.department')}
          allowClear
          value={departmentId}
          onChange={setDepartmentId}
          style={{ width: 220 }}
          showSearch={{ optionFilterProp: 'label' }}
          options={(depts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
        <Select
          aria-label={t('items.status')}
          placeholder={t('items.status')}
          allowClear
          value={status}
          onChange={setStatus}
          style={{ width: 160 }}
          options={[
            { value: 'published', label: t('itemStatus.publishedAny') },
            { value: 'unpublished', label: t('itemStatus.unpublished') },
            { value: 'dirty', label: t('itemStatus.dirty') },
          ]}
        />
        <Select
          aria-label={t('items.entryStatus')}
          placeholder={t('items.entryStatus')}
          allowClear
          value={entryStatus}
          onChange={setEntryStatus}
          style={{ width: 160 }}
          options={ENTRY_STATUSES.map((s) => ({ value: s, label: t(`entry.${s}`) }))}
        />
      </Space>
      {list.error !== undefined && <LoadError error={list.error} onRetry={list.reload} />}
      <Table<ItemSummary>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: t('items.empty') }}
        rowClassName={(r) => (r.entryStatus === 'must_enter_not_entered' ? 'yz-row-alert' : '')}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('f.code'), dataIndex: 'code', width: 170 },
          {
            title: t('f.name'),
            dataIndex: 'name',
            render: (v: string, r) => <Link to={`/admin/items/${r.id}`}>{v}</Link>,
          },
          { title: t('items.department'), key: 'department', render: (_v, r) => r.department.name, width: 170 },
          { title: t('f.kind'), dataIndex: 'kind', width: 90, render: (v: string) => t(`kind.${v}`) },
          { title: t('f.type'), dataIndex: 'type', width: 110 },
          {
            title: t('items.status'),
            key: 'status',
            width: 160,
            render: (_v, r) => <ItemStatusTag publishedVersion={r.publishedVersion} draftDirty={r.draftDirty} />,
          },
          {
            title: t('items.entryStatus'),
            dataIndex: 'entryStatus',
            width: 110,
            render: (_v, r) => <EntryStatusTag status={r.entryStatus} />,
          },
          { title: t('items.updatedAt'), dataIndex: 'updatedAt', width: 140, render: (v: string) => formatTime(v) },
        ]}
      />
    </Page>
  );
}
