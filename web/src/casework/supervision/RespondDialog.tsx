import { Alert, Form, Input, Modal } from 'antd';
import { useCwT } from '../lib/use-casework';
import type { SupervisionCard } from '../types';

/** 整改反馈: the unit answers a card with what it corrected. */
export function RespondDialog(props: {
  card: SupervisionCard | null;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (response: string) => void;
}) {
  const t = useCwT();
  const [form] = Form.useForm<{ response: string }>();
  const c = props.card;
  return (
    <Modal
      open={c !== null}
      title={t('card.respondTitle')}
      okText={t('card.respond')}
      cancelText={t('common.cancel')}
      confirmLoading={props.busy}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {c && (
        <Alert
          type={c.color === 'red' ? 'error' : 'warning'}
          showIcon
          title={`${t(`card.${c.color}`)} · ${t(`trigger.${c.trigger}`)}`}
          description={c.description}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form form={form} layout="vertical" preserve={false} onFinish={(v) => props.onSubmit(v.response.trim())}>
        <Form.Item
          name="response"
          label={t('card.response')}
          rules={[{ required: true, whitespace: true, message: t('card.responseRequired') }]}
        >
          <Input.TextArea aria-label={t('card.response')} autoSize={{ minRows: 4 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
