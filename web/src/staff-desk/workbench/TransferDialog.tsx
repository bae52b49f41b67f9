import { Form, Input, Modal, Radio, Select } from 'antd';
import { useLoad } from '../../admin/lib/use-load';
import { useDeskT } from '../lib/use-desk';
import type { BusinessType, DeskWindow, StaffTicket } from '../types';

export interface TransferTarget {
  toBusinessTypeId?: string;
  toWindowId?: string;
  reason: string;
}

interface Values {
  mode: 'type' | 'window';
  toBusinessTypeId?: string;
  toWindowId?: string;
  reason: string;
}

/** 转移: send a ticket to another business type or another window of the hall, with the reason logged. */
export function TransferDialog(props: {
  ticket: StaffTicket | null;
  hallId: string | null;
  fromWindowId: string;
  busy: boolean;
  onOk: (target: TransferTarget) => void;
  onCancel: () => void;
}) {
  const t = useDeskT();
  const open = props.ticket !== null;
  const types = useLoad<BusinessType[]>(open && props.hallId ? `/api/v1/halls/${props.hallId}/business-types` : null);
  const windows = useLoad<DeskWindow[]>(open && props.hallId ? `/api/v1/halls/${props.hallId}/windows` : null);
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form) ?? 'type';

  const submit = (v: Values) =>
    props.onOk(
      v.mode === 'type'
        ? { toBusinessTypeId: v.toBusinessTypeId, reason: v.reason.trim() }
        : { toWindowId: v.toWindowId, reason: v.reason.trim() },
    );

  return (
    <Modal
      open={open}
      title={t('transfer.title', { number: props.ticket?.number ?? '' })}
      okText={t('transfer.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={props.busy}
      onOk={() => form.submit()}
      onCancel={props.onCancel}
      destroyOnHidden
      focusable={{ focusTriggerAfterClose: false }}
    >
      <Form<Values> form={form} layout="vertical" initialValues={{ mode: 'type' }} onFinish={submit} preserve={false}>
        <Form.Item name="mode" label={t('transfer.mode')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'type', label: t('transfer.toType') },
              { value: 'window', label: t('transfer.toWindow') },
            ]}
          />
        </Form.Item>
        {mode === 'type' ? (
          <Form.Item
            name="toBusinessTypeId"
            label={t('transfer.type')}
            rules={[{ required: true, message: t('transfer.typeRequired') }]}
          >
            <Select
              loading={types.loading}
              options={(types.data ?? [])
                .filter((b) => b.active && b.id !== props.ticket?.businessTypeId)
                .map((b) => ({ value: b.id, label: `${b.prefix} · ${b.name}` }))}
            />
          </Form.Item>
        ) : (
          <Form.Item
            name="toWindowId"
            label={t('transfer.window')}
            rules={[{ required: true, message: t('transfer.windowRequired') }]}
          >
            <Select
              loading={windows.loading}
              options={(windows.data ?? [])
                .filter((w) => w.id !== props.fromWindowId && w.status !== 'closed')
                .map((w) => ({ value: w.id, label: `${t('common.windowNo', { n: w.number })} · ${w.name}` }))}
            />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('dialog.reason')}
          rules={[{ required: true, whitespace: true, message: t('dialog.reasonRequired') }]}
        >
          <Input.TextArea rows={2} maxLength={200} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
