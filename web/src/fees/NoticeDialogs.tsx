import { Alert, Form, Select } from 'antd';
import { useEffect, useState } from 'react';
import { parseYuan } from '../../../src/domain/fee-money';
import { useLoad } from '../admin/lib/use-load';
import { post } from '../shared/api';
import { FormDialog, TextField, YuanField } from './FormDialog';
import { money, useFeeAction, useFeesT } from './lib';
import type { FeeCatalog, FeeNotice, FeeWaiver } from './types';

interface WaiverValues {
  lineId: string;
  amount: string;
  reason: string;
  basis: string;
}

/**
 * 申请减免 for a waivable line of an unpaid notice: reason and basis (the catalog's waiver basis offered).
 * It changes nothing due until an approver records approval; the notice cannot be paid meanwhile.
 */
export function WaiverDialog(props: { notice: FeeNotice; onClose: () => void; onDone: () => void }) {
  const t = useFeesT();
  const act = useFeeAction();
  const n = props.notice;
  const fees = useLoad<FeeCatalog>(`/api/v1/items/${encodeURIComponent(n.itemId)}/fees/versions/${n.catalogVersion}`);
  const catalogLines = new Map((fees.data?.lines ?? []).map((l) => [l.id, l]));
  const pending = (lineId: string) =>
    n.waivers.filter((w) => w.noticeLineId === lineId && w.status === 'requested').reduce((s, w) => s + w.amountFen, 0);
  const waivable = n.lines.filter((l) => catalogLines.get(l.feeLineId)?.waivable);
  const [form] = Form.useForm<WaiverValues>();
  const lineId = Form.useWatch('lineId', form) ?? waivable[0]?.id;
  const line = n.lines.find((l) => l.id === lineId);
  const rules = line ? catalogLines.get(line.feeLineId) : undefined;
  const room = line ? line.netFen - pending(line.id) : 0;
  const [busy, setBusy] = useState(false);
  const firstWaivable = waivable[0]?.id;
  useEffect(() => {
    if (firstWaivable && !form.getFieldValue('lineId')) form.setFieldsValue({ lineId: firstWaivable });
  }, [firstWaivable, form]);

  const submit = async (v: WaiverValues) => {
    setBusy(true);
    const w = await act(() =>
      post<FeeWaiver>(`/api/v1/fee-notices/${encodeURIComponent(n.id)}/waivers`, {
        noticeLineId: v.lineId,
        amountFen: parseYuan(v.amount),
        reason: v.reason.trim(),
        basis: v.basis.trim(),
      }),
    );
    setBusy(false);
    if (w) props.onDone();
  };

  const none = fees.data !== undefined && waivable.length === 0;
  return (
    <FormDialog
      form={form}
      name="fee-waiver"
      title={t('waiver.title', { line: line?.name ?? '' })}
      okText={t('case.waive')}
      busy={busy}
      okDisabled={none}
      initialValues={{ amount: '', reason: '', basis: '' }}
      onClose={props.onClose}
      onValid={(v) => void submit(v)}
      before={none && <Alert type="info" showIcon title={t('waiver.none')} />}
    >
      {!none && (
        <>
          <Form.Item name="lineId" label={t('waiver.line')}>
            <Select options={waivable.map((l) => ({ value: l.id, label: `${l.name}（${money(l.netFen)}）` }))} />
          </Form.Item>
          {rules?.waiverRules && <Alert type="info" title={t('waiver.rules', { rules: rules.waiverRules })} />}
          <YuanField
            name="amount"
            label={t('waiver.amount')}
            min={1}
            max={room}
            placeholder={money(room)}
            badText={t('waiver.amountBad', { max: money(room) })}
          />
          <TextField name="reason" label={t('waiver.reason')} />
          <TextField name="basis" label={t('waiver.basis')} placeholder={rules?.waiverBasis} />
        </>
      )}
    </FormDialog>
  );
}

/** 作废 an unpaid notice, with the reason (pending waiver requests become void). */
export function CancelNoticeDialog(props: { notice: FeeNotice; onClose: () => void; onDone: () => void }) {
  const t = useFeesT();
  const act = useFeeAction();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const submit = async (reason: string) => {
    setBusy(true);
    const r = await act(() =>
      post(`/api/v1/fee-notices/${encodeURIComponent(props.notice.id)}/cancel`, {
        rowVersion: props.notice.rowVersion,
        reason: reason.trim(),
      }),
    );
    setBusy(false);
    if (r) props.onDone();
  };
  return (
    <FormDialog
      form={form}
      name="fee-cancel"
      title={t('case.cancelTitle', { number: props.notice.number })}
      okText={t('case.cancel')}
      busy={busy}
      danger
      onClose={props.onClose}
      onValid={(v) => void submit(v.reason)}
    >
      <TextField name="reason" label={t('notice.cancelReason')} />
    </FormDialog>
  );
}
