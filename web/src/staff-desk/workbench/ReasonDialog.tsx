import { Form, Input, Modal, Space, Tag } from 'antd';
import { useDeskT } from '../lib/use-desk';

/**
 * Ask for the reason an action needs (过号, 绿色通道, 暂停服务): quick picks fill the text, which stays
 * editable; the reason is required because it is logged with the action.
 */
export function ReasonDialog(props: {
  open: boolean;
  title: string;
  okText: string;
  presets: string[];
  busy: boolean;
  onOk: (reason: string) => void;
  onCancel: () => void;
}) {
  const t = useDeskT();
  const [form] = Form.useForm<{ reason: string }>();

  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText={t('common.cancel')}
      confirmLoading={props.busy}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      destroyOnHidden
      focusable={{ focusTriggerAfterClose: false }}
    >
      <Form form={form} layout="vertical" onFinish={(v) => props.onOk(v.reason.trim())} preserve={false}>
        {props.presets.length > 0 && (
          <Space size={[4, 8]} wrap style={{ marginBottom: 12 }}>
            {props.presets.map((p) => (
              <Tag.CheckableTag key={p} checked={false} onChange={() => form.setFieldValue('reason', p)}>
                {p}
              </Tag.CheckableTag>
            ))}
          </Space>
        )}
        <Form.Item
          name="reason"
          label={t('dialog.reason')}
          rules={[{ required: true, whitespace: true, message: t('dialog.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={200} showCount autoFocus />
        </Form.Item>
      </Form>
    </Modal>
  );
}
