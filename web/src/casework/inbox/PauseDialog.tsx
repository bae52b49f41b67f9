import { Alert, Form, Input, Modal, Select } from 'antd';
import { useCwT } from '../lib/use-casework';
import { SPECIAL_PROCEDURES } from './review-rules';

/** 特别程序: stop the clock for a named procedure with its reason (a written notice is issued). */
export function PauseDialog(props: {
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (v: { name: string; reason: string }) => void;
}) {
  const t = useCwT();
  const [form] = Form.useForm<{ name: string; reason: string }>();
  return (
    <Modal
      open={props.open}
      title={t('pause.title')}
      okText={t('pause.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={props.busy}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Alert type="info" showIcon title={t('pause.hint')} style={{ marginBottom: 16 }} />
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        onFinish={(v) => props.onSubmit({ name: v.name, reason: v.reason.trim() })}
      >
        <Form.Item name="name" label={t('pause.name')} rules={[{ required: true, message: t('pause.nameRequired') }]}>
          <Select
            aria-label={t('pause.name')}
            options={SPECIAL_PROCEDURES.map((p) => ({ value: p, label: p }))}
            placeholder={t('pause.namePlaceholder')}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('pause.reason')}
          rules={[{ required: true, whitespace: true, message: t('pause.reasonRequired') }]}
        >
          <Input.TextArea aria-label={t('pause.reason')} autoSize={{ minRows: 3 }} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
