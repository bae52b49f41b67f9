import { Alert, Form, Input, Modal } from 'antd';
import { useCwT } from '../lib/use-casework';

/** 申请延期: 10 more working days (department head approves), 15 for joint cases (government head). */
export function ExtensionDialog(props: {
  open: boolean;
  days: number;
  joint: boolean;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}) {
  const t = useCwT();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={props.open}
      title={t('extension.title')}
      okText={t('extension.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={props.busy}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        title={t('extension.days', { n: props.days })}
        description={t(props.joint ? 'extension.approverJoint' : 'extension.approver')}
        style={{ marginBottom: 16 }}
      />
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => props.onSubmit(v.reason.trim())}>
        <Form.Item
          name="reason"
          label={t('extension.reason')}
          rules={[{ required: true, whitespace: true, message: t('extension.reasonRequired') }]}
        >
          <Input.TextArea aria-label={t('extension.reason')} autoSize={{ minRows: 3 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
