import { Form } from 'antd';
import { useState } from 'react';
import { parseYuan } from '../../../src/domain/fee-money';
import { post } from '../shared/api';
import { FormDialog, TextField, YuanField } from './FormDialog';
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
  const max = Math.max(props.line.netFen - props.line.refundedFen - props.pendingFen, 0);

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
    <FormDialog
      form={form}
      name="fee-refund"
      title={t('refund.title', { line: props.line.name })}
      okText={t('refund.request')}
      busy={busy}
      onClose={props.onClose}
      onValid={(v) => void submit(v)}
    >
      <YuanField
        name="amount"
        label={t('refund.amount')}
        min={1}
        max={max}
        extra={t('refund.max', { max: money(max) })}
        badText={t('waiver.amountBad', { max: money(max) })}
      />
      <TextField name="reason" label={t('refund.reason')} />
    </FormDialog>
  );
}
