import { Alert, Form, Input, Modal, Select } from 'antd';
import { useEffect, useState } from 'react';
import { parseYuan } from '../../../src/domain/fee-money';
import { useLoad } from '../admin/lib/use-load';
import { post } from '../shared/api';
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

  return (
    <Modal
      open
      title={t('waiver.title', { line: line?.name ?? '' })}
      okText={t('case.waive')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, disabled: waivable.length === 0 }}
      onCancel={props.onClose}
      onOk={() =>
        form.validateFields().then(
          (v) => void submit(v),
          () => undefined,
        )
      }
      destroyOnHidden
    >
      {fees.data && waivable.length === 0 ? (
        <Alert type="info" showIcon title={t('waiver.none')} />
      ) : (
        <Form name="fee-waiver" form={form} layout="vertical" initialValues={{ amount: '', reason: '', basis: '' }}>
          <Form.Item name="lineId" label={t('waiver.line')}>
            <Select options={waivable.map((l) => ({ value: l.id, label: `${l.name}（${money(l.netFen)}）` }))} />
          </Form.Item>
          {rules?.waiverRules && <Alert type="info" title={t('waiver.rules', { rules: rules.waiverRules })} />}
          <Form.Item
            name="amount"
            label={t('waiver.amount')}
            rules={[
              {
                validator: async (_r, v: string) => {
                  const fen = parseYuan(v ?? '');
                  if (fen === null || fen < 1 || fen > room)
                    throw new Error(t('waiver.amountBad', { max: money(room) }));
                },
              },
            ]}
          >
            <Input inputMode="decimal" autoComplete="off" placeholder={money(room)} />
          </Form.Item>
          <Form.Item
            name="reason"
            label={t('waiver.reason')}
            rules={[{ required: true, whitespace: true, min: 2, message: t('common.required') }]}
          >
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Form.Item
            name="basis"
            label={t('waiver.basis')}
            rules={[{ required: true, whitespace: true, min: 2, message: t('common.required') }]}
          >
            <Input.TextArea rows={2} maxLength={500} placeholder={rules?.waiverBasis} />
          </Form.Item>
        </Form>
      )}
    </Modal>
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
    <Modal
      open
      title={t('case.cancelTitle', { number: props.notice.number })}
      okText={t('case.cancel')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, danger: true }}
      onCancel={props.onClose}
      onOk={() =>
        form.validateFields().then(
          (v) => void submit(v.reason),
          () => undefined,
        )
      }
      destroyOnHidden
    >
      <Form name="fee-cancel" form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('notice.cancelReason')}
          rules={[{ required: true, whitespace: true, min: 2, message: t('common.required') }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
