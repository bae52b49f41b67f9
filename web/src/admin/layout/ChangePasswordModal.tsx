import { Alert, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { PASSWORD_PROBLEM_MESSAGES, passwordProblem } from '../../../../src/domain/password';
import { post } from '../../shared/api';
import { problemText } from '../lib/problem';
import { useAdminT } from '../lib/use-admin';
import { validated } from '../lib/validated';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** Change one's own password; the policy is checked here for quick feedback and again by the server. */
export function ChangePasswordModal(props: { open: boolean; username: string; onClose: (changed: boolean) => void }) {
  const t = useAdminT();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      await post('/api/v1/auth/password', { currentPassword: v.currentPassword, newPassword: v.newPassword });
      form.resetFields();
      props.onClose(true);
    } catch (e) {
      setError(problemText(e, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={props.open}
      title={t('password.change')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={submit}
      onCancel={() => {
        setError(null);
        form.resetFields();
        props.onClose(false);
      }}
      destroyOnHidden
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form form={form} name="change-password" layout="vertical">
        <Form.Item label={t('password.current')} name="currentPassword" rules={[{ required: true }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item
          label={t('password.new')}
          name="newPassword"
          extra={<Typography.Text type="secondary">{t('password.policy')}</Typography.Text>}
          rules={[
            { required: true },
            {
              validator: async (_r, value: string | undefined) => {
                const problem = value ? passwordProblem(value, props.username) : null;
                if (problem) throw new Error(PASSWORD_PROBLEM_MESSAGES[problem]);
              },
            },
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item
          label={t('password.confirm')}
          name="confirm"
          dependencies={['newPassword']}
          rules={[
            { required: true },
            ({ getFieldValue }) => ({
              validator: async (_r, value: string | undefined) => {
                if (value && value !== getFieldValue('newPassword')) throw new Error(t('password.mismatch'));
              },
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
