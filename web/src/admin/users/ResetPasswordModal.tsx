import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../../../../src/domain/password';
import { post } from '../../shared/api';
import { problemText } from '../lib/problem';
import { useAdminT } from '../lib/use-admin';
import { validated } from '../lib/validated';
import type { UserRow } from '../types';

/** An administrator sets a new password for a user (e.g. one who forgot it). */
export function ResetPasswordModal(props: { user: UserRow; onClose: (done: boolean) => void }) {
  const t = useAdminT();
  const [form] = Form.useForm<{ password: string }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      await post(`/api/v1/users/${props.user.id}/password`, { password: v.password });
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
      title={`${t('users.resetPassword')}：${props.user.username}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={submit}
      onCancel={() => props.onClose(false)}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} name="reset-password" layout="vertical">
        <Form.Item
          label={t('password.new')}
          name="password"
          extra={t('password.policy')}
          rules={[
            { required: true },
            {
              validator: async (_r, value: string | undefined) => {
                const problem = value ? passwordProblem(value, props.user.username) : null;
                if (problem) throw new Error(PASSWORD_PROBLEM_MESSAGES[problem]);
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
