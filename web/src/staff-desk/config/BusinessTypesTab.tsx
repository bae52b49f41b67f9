import { PlusOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useDeskT } from '../lib/use-desk';
import type { BusinessType } from '../types';
import { BusinessTypeForm } from './BusinessTypeForm';

/** The hall's business types 业务类型 with their ticket prefix, cap, hours and booking rules. */
export function BusinessTypesTab(props: {
  hallId: string;
  types: BusinessType[] | undefined;
  loading: boolean;
  onChanged: () => void;
}) {
  const t = useDeskT();
  const [editing, setEditing] = useState<BusinessType | 'new' | null>(null);
  const list = [...(props.types ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.prefix.localeCompare(b.prefix));

  return (
    <>
      <div className="yz-desk-toolbar">
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('config.newType')}
        </Button>
      </div>
      <Table<BusinessType>
        rowKey="id"
        size="small"
        loading={props.loading && !props.types}
        dataSource={list}
        pagination={false}
        scroll={{ x: 900 }}
        columns={[
          {
            title: t('config.prefix'),
            dataIndex: 'prefix',
            width: 90,
            render: (p: string) => <Tag color="red">{p}</Tag>,
          },
          { title: t('config.name'), dataIndex: 'name' },
          { title: t('config.dailyCap'), dataIndex: 'dailyCap', width: 80, align: 'right' },
          {
            title: t('config.takeHours'),
            dataIndex: 'takeHours',
            render: (hours: BusinessType['takeHours']) =>
              hours.length === 0 ? (
                <span className="yz-muted">{t('config.noHours')}</span>
              ) : (
                hours.map((h) => `${h.start}–${h.end}`).join('，')
              ),
          },
          {
            title: t('config.avgService'),
            dataIndex: 'avgServiceMinutes',
            width: 100,
            align: 'right',
            render: (m: number) => t('common.minutes', { n: m }),
          },
          {
            title: t('config.bookable'),
            key: 'bookable',
            render: (_v, r) =>
              r.bookable ? (
                t('config.slotSummary', { minutes: r.slotMinutes, capacity: r.slotCapacity })
              ) : (
                <span className="yz-muted">{t('common.no')}</span>
              ),
          },
          {
            title: t('config.windows'),
            key: 'windows',
            render: (_v, r) =>
              r.windows.length === 0 ? (
                <Tag color="warning">{t('config.noWindows')}</Tag>
              ) : (
                <Space size={[2, 2]} wrap>
                  {r.windows.map((w) => (
                    <Tag key={w.windowId} color={w.preferred ? 'red' : undefined}>
                      {w.windowNumber}
                    </Tag>
                  ))}
                </Space>
              ),
          },
          {
            title: t('config.active'),
            dataIndex: 'active',
            width: 72,
            render: (a: boolean) =>
              a ? <Tag color="green">{t('config.activeOn')}</Tag> : <Tag>{t('config.activeOff')}</Tag>,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 72,
            render: (_v, r) => (
              <Button
                type="link"
                size="small"
                onClick={() => setEditing(r)}
                aria-label={t('config.editType', { name: r.name })}
              >
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      <BusinessTypeForm
        hallId={props.hallId}
        editing={editing}
        takenPrefixes={list.filter((b) => editing === 'new' || b.id !== editing?.id).map((b) => b.prefix)}
        onClose={(changed) => {
          setEditing(null);
          if (changed) props.onChanged();
        }}
      />
    </>
  );
}
