import { LockOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { patch, post } from '../../shared/api';
import { formatTime } from '../lib/dates';
import { LoadError, Page } from '../lib/Page';
import { useAdminT, useShowProblem } from '../lib/use-admin';
import { useLoad } from '../lib/use-load';
import type { UserRow } from '../types';
import { ResetPasswordModal } from './ResetPasswordModal';
import { UserForm } from './UserForm';

/** User accounts 用户 of the visible halls: create, edit roles, reset password, unlock, deactivate. */
export default function UsersPage() {
  const t = useAdminT();
  const { message } = App.useApp();
  const showProblem = useShowProblem();
  const list = useLoad<UserRow[]>('/api/v1/users');
  const [editing, setEditing] = useState<UserRow | 'new' | null>(null);
  const [resetting, setResetting] = useState<UserRow | null>(null);

  const act = async (call: () => Promise<unknown>, done: string) => {
    try {
      await call();
      void message.success(done);
      list.reload();
    } catch (e) {
      showProblem(e);
    }
  };

  return (
    <Page
      title={t('menu.users')}
      extra={
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('users.new')}
        </Button>
      }
    >
      {list.error !== undefined && <LoadError error={list.error} onRetry={list.reload} />}
      <Table<UserRow>
        rowKey="id"
        loading={list.loading}
        dataSource={list.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        scroll={{ x: 1100 }}
        columns={[
          { title: t('users.username'), dataIndex: 'username', width: 150 },
          { title: t('users.displayName'), dataIndex: 'displayName', width: 130 },
          { title: t('users.hall'), dataIndex: 'hallName' },
          {
            title: t('users.roles'),
            dataIndex: 'roles',
            render: (roles: UserRow['roles']) => (
              <Space size={[4, 4]} wrap>
                {roles.map((r) => (
                  <Tag key={r} color={r === 'admin' ? 'red' : 'blue'}>
                    {t(`role.${r}`)}
                  </Tag>
                ))}
              </Space>
            ),
          },
          {
            title: t('users.status'),
            key: 'status',
            width: 130,
            render: (_v, u) => (
              <Space size={4}>
                {u.active ? <Tag color="green">{t('common.active')}</Tag> : <Tag>{t('common.inactive')}</Tag>}
                {u.locked && (
                  <Tag color="red" icon={<LockOutlined />}>
                    {t('users.locked')}
                  </Tag>
                )}
              </Space>
            ),
          },
          {
            title: t('users.lastLogin'),
            dataIndex: 'lastLoginAt',
            width: 150,
            render: (v: string | null) => (v ? formatTime(v) : t('users.never')),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 260,
            render: (_v, u) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => setEditing(u)}>
                  {t('common.edit')}
                </Button>
                <Button type="link" size="small" onClick={() => setResetting(u)}>
                  {t('users.resetPassword')}
                </Button>
                {u.locked && (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => void act(() => post(`/api/v1/users/${u.id}/unlock`), t('users.unlocked'))}
                  >
                    {t('users.unlock')}
                  </Button>
                )}
                {u.active ? (
                  <Popconfirm
                    title={t('users.deactivateConfirm')}
                    okText={t('users.deactivate')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => act(() => patch(`/api/v1/users/${u.id}`, { active: false }), t('common.saved'))}
                  >
                    <Button type="link" size="small" danger>
                      {t('users.deactivate')}
                    </Button>
                  </Popconfirm>
                ) : (
                  <Button
                    type="link"
                    size="small"
                    onClick={() => void act(() => patch(`/api/v1/users/${u.id}`, { active: true }), t('common.saved'))}
                  >
                    {t('users.activate')}
                  </Button>
                )}
              </Space>
            ),
          },
        ]}
      />
      {editing && (
        <UserForm
          user={editing === 'new' ? null : editing}
          onClose={(saved) => {
            const wasNew = editing === 'new';
            setEditing(null);
            if (saved) {
              void message.success(wasNew ? t('users.created') : t('common.saved'));
              list.reload();
            }
          }}
        />
      )}
      {resetting && (
        <ResetPasswordModal
          user={resetting}
          onClose={(done) => {
            setResetting(null);
            if (done) {
              void message.success(t('users.resetDone'));
              list.reload();
            }
          }}
        />
      )}
    </Page>
  );
}
