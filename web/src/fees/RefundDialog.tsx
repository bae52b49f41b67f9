import { Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { parseYuan } from '../../../src/domain/fee-money';
import { post } from '../shared/api';
import { money, useFeeAction, useFeesT } from './lib';
import type { NoticeLine } from './types';

/** 申请退费 for one paid line: references the payment; never more than was paid and not yet refunded. */
export function RefundDialog(props: {
  paymentId: string;
  line: NoticeLine;
  /** refunds of this line still waiting for approval */
  pendingFen: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useFeesT();
  const act = useFeeAction();
  const [form] = Form.useForm<{ amount: string; reason: string }>();
  const [busy, setBusy] = useState(false);
  const max = props.line.netFen - props.line.refundedFen - props.pendingFen;

  const submit = async (v: { amount: string; reason: string }) => {
    setBusy(true);
    const r = await act(() =>
      post(`/api/v1/fee-payments/${encodeURIComponent(props.paymentId)}/refunds`, {
        noticeLineId: props.line.id,
        amountFen: parseYuan(v.amount),
        reason: v.reason.trim(),
      }),
    );
    setBusy(false);
    if (r !== null) props.onDone();
  };

  return (
    <Modal
      open
      title={t('refund.title', { line: props.line.name })}
      okText={t('refund.request')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy }}
      onCancel={props.onClose}
      onOk={() =>
        form.validateFields().then(
          (v) => void submit(v),
          () => undefined,
        )
      }
      destroyOnHidden
    >
      <Form name="fee-refund" form={form} layout="vertical" initialValues={{ amount: '' }}>
        <Form.Item
          name="amount"
          label={t('refund.amount')}
          extra={t('refund.max', { max: money(Math.max(max, 0)) })}
          rules={[
            {
              validator: async (_r, v: string) => {
                const fen = parseYuan(v ?? '');
                if (fen === null || fen < 1 || fen > max) throw new Error(t('waiver.amountBad', { max: money(max) }));
              },
            },
          ]}
        >
          <Input inputMode="decimal" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('refund.reason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('common.required') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
