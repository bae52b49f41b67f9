import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../../../../src/domain/password';
import { ROLES, type Role } from '../../../../src/domain/roles';
import { patch, post } from '../../shared/api';
import { problemText } from '../lib/problem';
import { hallsInTreeOrder, useSession } from '../lib/session';
import { useAdminT } from '../lib/use-admin';
import { useLoad } from '../lib/use-load';
import { validated } from '../lib/validated';
import type { Department, Staff, UserRow } from '../types';

interface Values {
  username: string;
  displayName: string;
  hallId: string;
  roles: Role[];
  password: string;
  departmentId: string | null;
  staffId: string | null;
}

/** Create a user account, or edit its name, roles and links to department and staff record. */
export function UserForm(props: { user: UserRow | null; onClose: (saved: boolean) => void }) {
  const t = useAdminT();
  const { user } = props;
  const { halls, hallId: currentHall } = useSession();
  const [form] = Form.useForm<Values>();
  const hallId = (Form.useWatch('hallId', form) as string | undefined) ?? user?.hallId ?? currentHall;
  const departmentId = Form.useWatch('departmentId', form) as string | null | undefined;
  const username = (Form.useWatch('username', form) as string | undefined) ?? user?.username ?? '';
  const depts = useLoad<Department[]>(hallId ? `/api/v1/halls/${hallId}/departments` : null);
  const staff = useLoad<Staff[]>(
    hallId ? `/api/v1/halls/${hallId}/staff${departmentId ? `?departmentId=${departmentId}` : ''}` : null,
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      const links = { departmentId: v.departmentId ?? null, staffId: v.staffId ?? null };
      if (user)
        await patch(`/api/v1/users/${user.id}`, { displayName: v.displayName.trim(), roles: v.roles, ...links });
      else
        await post('/api/v1/users', {
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          hallId: v.hallId,
          roles: v.roles,
          password: v.password,
          ...(links.departmentId ? { departmentId: links.departmentId } : {}),
          ...(links.staffId ? { staffId: links.staffId } : {}),
        });
      props.onClose(true);
    } catch (e) {
      setError(problemText(e, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={600}
      title={user ? `${t('users.editTitle')}：${user.username}` : t('users.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={submit}
      onCancel={() => props.onClose(false)}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        name="user"
        layout="vertical"
        initialValues={{
          username: user?.username ?? '',
          displayName: user?.displayName ?? '',
          hallId: user?.hallId ?? currentHall,
          roles: user?.roles ?? [],
          password: '',
          departmentId: user?.departmentId ?? null,
          staffId: user?.staffId ?? null,
        }}
      >
        <Form.Item
          label={t('users.username')}
          name="username"
          rules={[
            { required: true, whitespace: true, max: 64 },
            { pattern: /^[a-z][a-z0-9._-]{2,31}$/, message: t('users.usernameRule') },
          ]}
        >
          <Input disabled={!!user} autoComplete="off" />
        </Form.Item>
        <Form.Item
          label={t('users.displayName')}
          name="displayName"
          rules={[{ required: true, whitespace: true, max: 50 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item label={t('users.hall')} name="hallId" rules={[{ required: true }]}>
          <Select
            disabled={!!user}
            showSearch={{ optionFilterProp: 'title' }}
            onChange={() => form.setFieldsValue({ departmentId: null, staffId: null })}
            options={hallsInTreeOrder(halls).map(({ hall, depth }) => ({
              value: hall.id,
              title: hall.name,
              label: <span style={{ paddingLeft: depth * 12 }}>{hall.name}</span>,
            }))}
          />
        </Form.Item>
        <Form.Item
          label={t('users.roles')}
          name="roles"
          rules={[{ required: true, message: t('users.rolesRequired') }]}
        >
          <Select mode="multiple" options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        </Form.Item>
        {!user && (
          <Form.Item
            label={t('users.initialPassword')}
            name="password"
            extra={t('password.policy')}
            rules={[
              { required: true },
              {
                validator: async (_r, value: string | undefined) => {
                  const problem = value ? passwordProblem(value, username) : null;
                  if (problem) throw new Error(PASSWORD_PROBLEM_MESSAGES[problem]);
                },
              },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
        )}
        <Form.Item label={t('users.department')} name="departmentId">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            onChange={() => form.setFieldValue('staffId', null)}
            options={(depts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item label={t('users.staff')} name="staffId">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={(staff.data ?? []).map((s) => ({ value: s.id, label: `${s.name} ${s.post}` }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
