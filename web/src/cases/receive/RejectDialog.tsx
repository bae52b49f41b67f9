import { Form, Input, Modal } from 'antd';
import { useCasesT } from '../lib/use-cases';

export interface RejectValues {
  reason: string;
  redirectTo: string;
}

/** 不予受理: the reason, and where the applicant should go instead (行政许可法 art. 32 (1)(2)). */
export function RejectDialog(props: {
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (v: RejectValues) => void;
}) {
  const t = useCasesT();
  const [form] = Form.useForm<RejectValues>();
  return (
    <Modal
      open={props.open}
      title={t('reject.title')}
      okText={t('reject.ok')}
      okButtonProps={{ danger: true, loading: props.busy }}
      cancelText={t('common.cancel')}
      onCancel={props.onCancel}
      onOk={() => form.validateFields().then(props.onSubmit, () => undefined)}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={t('reject.reason')}
          rules={[{ required: true, whitespace: true, message: t('reject.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} placeholder={t('reject.reasonPlaceholder')} />
        </Form.Item>
        <Form.Item
          name="redirectTo"
          label={t('reject.redirectTo')}
          extra={t('reject.redirectHint')}
          rules={[{ required: true, whitespace: true, message: t('reject.redirectRequired') }]}
        >
          <Input maxLength={200} placeholder={t('reject.redirectPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
