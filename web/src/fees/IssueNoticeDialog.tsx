import { Alert, Checkbox, Form, Input, InputNumber, Modal, Spin, Table } from 'antd';
import { useMemo, useState } from 'react';
import { formatFen } from '../../../src/domain/fee-money';
import { lineAmount, MAX_QUANTITY } from '../../../src/domain/fee-rules';
import { LoadError } from '../admin/lib/Page';
import { useLoad } from '../admin/lib/use-load';
import { post } from '../shared/api';
import { money, useFeeAction, useFeesT } from './lib';
import type { FeeLine, FeeNotice, ItemFees } from './types';

/** What the window picked: quantity per catalog line id (fixed lines: 1). */
export type Picks = Record<string, number | null>;

/** The amount of a picked line by the catalog rule, or null for a quantity that is not a whole number 1–100000. */
export function pickedAmount(l: FeeLine, quantity: number | null): number | null {
  const q = l.mode === 'fixed' ? 1 : quantity;
  if (q === null || !Number.isSafeInteger(q) || q < 1 || q > MAX_QUANTITY) return null;
  return lineAmount(l, q);
}

/** The request body: catalog lines only, with the price and amount the screen showed as cross-checks. */
export function noticeBody(lines: FeeLine[], picks: Picks, payerName: string) {
  return {
    ...(payerName.trim() ? { payerName: payerName.trim() } : {}),
    lines: lines
      .filter((l) => l.id in picks)
      .map((l) => {
        const quantity = l.mode === 'fixed' ? 1 : (picks[l.id] as number);
        return {
          feeLineId: l.id,
          quantity,
          ...(l.mode === 'per_unit' ? { unitPriceFen: l.unitPriceFen as number } : {}),
          amountFen: pickedAmount(l, quantity) as number,
        };
      }),
  };
}

/** 开具缴费通知单: only the lines of the item's current catalog, at catalog price; quantities for per-unit lines. */
export function IssueNoticeDialog(props: {
  caseId: string;
  itemId: string;
  applicantName: string;
  onClose: () => void;
  onIssued: (n: FeeNotice) => void;
}) {
  const t = useFeesT();
  const act = useFeeAction();
  const fees = useLoad<ItemFees>(`/api/v1/items/${encodeURIComponent(props.itemId)}/fees`);
  const catalog = fees.data?.current ?? null;
  const lines = catalog?.lines ?? [];
  const [picks, setPicks] = useState<Picks>({});
  const [payer, setPayer] = useState(props.applicantName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [tried, setTried] = useState(false);

  const amounts = useMemo(
    () => Object.fromEntries(lines.map((l) => [l.id, l.id in picks ? pickedAmount(l, picks[l.id]) : null])),
    [lines, picks],
  );
  const picked = lines.filter((l) => l.id in picks);
  const bad = picked.filter((l) => amounts[l.id] === null);
  const total = picked.reduce((s, l) => s + (amounts[l.id] ?? 0), 0);

  const submit = async () => {
    setTried(true);
    if (picked.length === 0 || bad.length > 0) return;
    setBusy(true);
    setError(null);
    const n = await act(
      () =>
        post<FeeNotice>(
          `/api/v1/cases/${encodeURIComponent(props.caseId)}/fee-notices`,
          noticeBody(lines, picks, payer),
        ),
      setError,
    );
    setBusy(false);
    if (n) props.onIssued(n);
  };

  return (
    <Modal
      open
      width={880}
      title={t('case.issue')}
      okText={t('issue.ok')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, disabled: !catalog || lines.length === 0 }}
      onCancel={props.onClose}
      onOk={() => void submit()}
      destroyOnHidden
    >
      {fees.error ? (
        <LoadError error={fees.error} onRetry={fees.reload} />
      ) : !fees.data ? (
        <Spin />
      ) : lines.length === 0 ? (
        <Alert type="warning" showIcon title={t('issue.noCatalog')} />
      ) : (
        <>
          <Alert
            type="info"
            showIcon
            title={t('issue.hint', { n: catalog?.version ?? 0 })}
            style={{ marginBottom: 12 }}
          />
          {error && (
            <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} data-testid="issue-error" />
          )}
          {tried && picked.length === 0 && <Alert type="error" showIcon title={t('issue.pick')} />}
          <Table<FeeLine>
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={lines}
            data-testid="catalog-lines"
            columns={[
              {
                title: '',
                key: 'pick',
                width: 40,
                render: (_v, l) => (
                  <Checkbox
                    aria-label={l.name}
                    checked={l.id in picks}
                    onChange={(e) =>
                      setPicks((p) => {
                        const next = { ...p };
                        if (e.target.checked) next[l.id] = 1;
                        else delete next[l.id];
                        return next;
                      })
                    }
                  />
                ),
              },
              { title: t('line.name'), dataIndex: 'name' },
              { title: t('line.standard'), dataIndex: 'standardText' },
              {
                title: t('line.quantity'),
                key: 'q',
                width: 150,
                render: (_v, l) =>
                  l.mode === 'fixed' ? (
                    '1'
                  ) : (
                    <InputNumber
                      aria-label={`${l.name} ${t('line.quantity')}`}
                      min={1}
                      max={MAX_QUANTITY}
                      precision={0}
                      disabled={!(l.id in picks)}
                      value={picks[l.id] ?? null}
                      status={l.id in picks && amounts[l.id] === null ? 'error' : undefined}
                      onChange={(v) => setPicks((p) => ({ ...p, [l.id]: typeof v === 'number' ? v : null }))}
                      suffix={l.unitName}
                    />
                  ),
              },
              {
                title: t('line.amount'),
                key: 'a',
                align: 'right',
                render: (_v, l) => (
                  <span data-testid={`amount-${l.code}`}>
                    {amounts[l.id] === null || amounts[l.id] === undefined ? '' : formatFen(amounts[l.id] as number)}
                  </span>
                ),
              },
            ]}
          />
          {bad.length > 0 && <Alert type="error" showIcon title={t('issue.quantityBad')} style={{ marginTop: 8 }} />}
          <Form layout="vertical" style={{ marginTop: 12 }}>
            <Form.Item label={t('notice.payer')} extra={t('issue.payerHint')}>
              <Input value={payer} maxLength={100} onChange={(e) => setPayer(e.target.value)} />
            </Form.Item>
            <Form.Item label={t('notice.total')}>
              <strong className="yz-fee-due" data-testid="issue-total">
                {money(total)}
              </strong>
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
