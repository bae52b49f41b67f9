import { PrinterOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Empty, Form, Input, Radio, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { LoadError } from '../admin/lib/Page';
import { useSession } from '../admin/lib/session';
import { useLoad } from '../admin/lib/use-load';
import { LinkButton } from '../cases/lib/LinkButton';
import { post } from '../shared/api';
import { feePaths, feeProblemText, money, useFeesT } from './lib';
import { NoticeFacts, NoticeLinesTable, NoticeStatusTag } from './NoticeParts';
import { RefundDialog } from './RefundDialog';
import type { FeeNotice, NoticeLine, PaymentMethod, Receipt } from './types';

/** The hall-scoped notice search: a notice number (…JF…) or a case number. */
export function noticeSearchUrl(hallId: string, query: string, unpaidOnly: boolean): string | null {
  const q = query.trim().toUpperCase();
  if (!q) return null;
  const params = new URLSearchParams({ [/JF\d/.test(q) ? 'number' : 'caseNumber']: q });
  if (unpaidOnly) params.set('status', 'unpaid');
  return `/api/v1/halls/${encodeURIComponent(hallId)}/fee-notices?${params}`;
}

/** 收费窗口 /desk/fees/cashier: find a notice, take the full amount due, print the receipt; request refunds. */
export function CashierPage() {
  const t = useFeesT();
  const { me } = useSession();
  const [query, setQuery] = useState('');
  const [unpaidOnly, setUnpaidOnly] = useState(false);
  const [url, setUrl] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const found = useLoad<FeeNotice[]>(url);
  const list = found.data ?? [];
  const notice = list.find((n) => n.id === picked) ?? (list.length === 1 ? list[0] : undefined);

  const search = () => {
    setPicked(null);
    const next = noticeSearchUrl(me.hallId, query, unpaidOnly);
    if (next === url) found.reload();
    else setUrl(next);
  };

  return (
    <div className="yz-desk-page yz-fee-page">
      <Typography.Title level={4}>{t('cashier.title')}</Typography.Title>
      <Card>
        <Space wrap>
          <Input.Search
            aria-label={t('cashier.query')}
            placeholder={t('cashier.query')}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onSearch={search}
            enterButton={<SearchOutlined aria-label={t('common.search')} />}
            style={{ width: 360 }}
            className="yz-mono"
            allowClear
          />
          <Checkbox checked={unpaidOnly} onChange={(e) => setUnpaidOnly(e.target.checked)}>
            {t('cashier.unpaidOnly')}
          </Checkbox>
        </Space>
        {found.error ? <LoadError error={found.error} onRetry={found.reload} /> : null}
        {url && found.data && list.length === 0 && <Empty description={t('cashier.noMatch')} />}
        {list.length > 1 && (
          <Table<FeeNotice>
            style={{ marginTop: 12 }}
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={list}
            rowClassName={(n) => (n.id === notice?.id ? 'ant-table-row-selected' : '')}
            onRow={(n) => ({ onClick: () => setPicked(n.id) })}
            columns={[
              {
                title: t('notice.number'),
                dataIndex: 'number',
                render: (v: string, n) => (
                  <Button type="link" className="yz-mono" onClick={() => setPicked(n.id)}>
                    {v}
                  </Button>
                ),
              },
              { title: t('notice.case'), dataIndex: 'caseNumber' },
              { title: t('notice.payer'), dataIndex: 'payerName' },
              { title: t('notice.due'), key: 'due', align: 'right', render: (_v, n) => money(n.dueFen) },
              { title: t('notice.status'), key: 's', render: (_v, n) => <NoticeStatusTag status={n.status} /> },
            ]}
          />
        )}
      </Card>
      {notice && <NoticeAtCounter key={`${notice.id}:${notice.rowVersion}`} notice={notice} onChanged={found.reload} />}
    </div>
  );
}

/** One notice at the counter: its lines and the payment form, or the payment with reprint and refunds. */
function NoticeAtCounter({ notice: n, onChanged }: { notice: FeeNotice; onChanged: () => void }) {
  const t = useFeesT();
  const [refundLine, setRefundLine] = useState<NoticeLine | null>(null);
  const canRefund = n.allowedActions.includes('refund') && n.payment;
  return (
    <Card style={{ marginTop: 16 }} data-testid="cashier-notice">
      <NoticeFacts notice={n} />
      {n.pendingWaivers > 0 && (
        <Alert type="warning" showIcon title={t('notice.pendingWaivers', { n: n.pendingWaivers })} />
      )}
      <NoticeLinesTable
        notice={n}
        extra={
          canRefund
            ? (l) =>
                l.netFen - l.refundedFen > 0 && (
                  <Button size="small" onClick={() => setRefundLine(l)}>
                    {t('refund.request')}
                  </Button>
                )
            : undefined
        }
      />
      {n.status === 'unpaid' && <PayForm notice={n} />}
      {n.payment && (
        <Space style={{ marginTop: 12 }} wrap>
          <span>
            {t('cashier.paid', { receipt: n.payment.receiptNo })} · {n.payment.methodLabel} · {n.payment.amountText}
          </span>
          <LinkButton to={feePaths.receipt(n.payment.id)} icon={<PrinterOutlined />}>
            {t('cashier.reprint')}
          </LinkButton>
        </Space>
      )}
      {n.refunds.length > 0 && (
        <div style={{ marginTop: 8 }} className="yz-muted">
          {t('refund.list')}：{n.refunds.map((r) => `${r.lineName} ${r.amountText}（${r.statusLabel}）`).join('；')}
        </div>
      )}
      {refundLine && n.payment && (
        <RefundDialog
          paymentId={n.payment.id}
          line={refundLine}
          pendingFen={n.refunds
            .filter((r) => r.noticeLineId === refundLine.id && r.status === 'requested')
            .reduce((s, r) => s + r.amountFen, 0)}
          onClose={() => setRefundLine(null)}
          onDone={() => {
            setRefundLine(null);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}

/** Full payment only: the amount is the amount due, shown, never typed. */
function PayForm({ notice: n }: { notice: FeeNotice }) {
  const t = useFeesT();
  const navigate = useNavigate();
  const [form] = Form.useForm<{ method: PaymentMethod; receiptNo: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const payable = n.allowedActions.includes('pay');

  const pay = async (v: { method: PaymentMethod; receiptNo: string }) => {
    setBusy(true);
    setError(null);
    try {
      const r = await post<Receipt>(`/api/v1/fee-notices/${encodeURIComponent(n.id)}/pay`, {
        amountFen: n.dueFen,
        method: v.method,
        receiptNo: v.receiptNo.trim(),
      });
      navigate(feePaths.receipt(r.payment.id));
    } catch (e) {
      setError(feeProblemText(e, t));
      setBusy(false);
    }
  };

  return (
    <Form
      name="fee-pay"
      form={form}
      layout="vertical"
      style={{ marginTop: 16, maxWidth: 520 }}
      initialValues={{ method: 'cash' }}
      onFinish={(v) => void pay(v)}
      aria-label={t('cashier.pay')}
    >
      {error && <Alert type="error" showIcon title={error} data-testid="pay-error" style={{ marginBottom: 12 }} />}
      {!payable && n.pendingWaivers === 0 && <Alert type="info" showIcon title={t('cashier.notPayable')} />}
      <Form.Item label={t('cashier.amount')}>
        <span className="yz-fee-due" data-testid="pay-amount">
          {money(n.dueFen)}
        </span>
      </Form.Item>
      <Form.Item name="method" label={t('cashier.method')}>
        <Radio.Group
          optionType="button"
          options={(['cash', 'card', 'qr'] as const).map((m) => ({ value: m, label: t(`method.${m}`) }))}
        />
      </Form.Item>
      <Form.Item
        name="receiptNo"
        label={t('cashier.receiptNo')}
        rules={[{ required: true, whitespace: true, message: t('cashier.receiptNoRequired') }]}
      >
        <Input maxLength={40} autoComplete="off" className="yz-mono" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('cashier.confirm', { amount: money(n.dueFen) })}
      </Button>
    </Form>
  );
}
