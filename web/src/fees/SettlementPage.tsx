import { DownloadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Drawer, Form, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { parseYuan } from '../../../src/domain/fee-money';
import { LoadError } from '../admin/lib/Page';
import { useSession } from '../admin/lib/session';
import { useLoad } from '../admin/lib/use-load';
import { post } from '../shared/api';
import { FormDialog, YuanField } from './FormDialog';
import { beijingTime, money, shanghaiToday, useFeeAction, useFeesT } from './lib';
import type { Settlement, SettlementDay, SettlementDetail, SettlementEntry } from './types';

/** 日结 /desk/fees/settlement: a day's totals per receiving department, reconciliation, closing and Excel export. */
export function SettlementPage() {
  const t = useFeesT();
  const { me, can } = useSession();
  const [day, setDay] = useState(shanghaiToday());
  const hall = `/api/v1/halls/${encodeURIComponent(me.hallId)}`;
  const data = useLoad<SettlementDay>(day ? `${hall}/fee-settlements?day=${day}` : null);
  const [detail, setDetail] = useState<Settlement | null>(null);
  const [closing, setClosing] = useState<Settlement | null>(null);
  const rows = data.data?.rows ?? [];
  const totals = data.data?.totals;

  return (
    <div className="yz-desk-page yz-fee-page">
      <Typography.Title level={4}>{t('settle.title')}</Typography.Title>
      <Card>
        <Space wrap style={{ marginBottom: 12 }}>
          <label htmlFor="settle-day">{t('settle.day')}</label>
          <Input
            id="settle-day"
            type="date"
            aria-label={t('settle.day')}
            value={day}
            max={shanghaiToday()}
            onChange={(e) => setDay(e.target.value)}
            style={{ width: 170 }}
          />
          <Button
            icon={<DownloadOutlined />}
            href={`${hall}/fee-settlements.xlsx?day=${day}`}
            download={`日结-${day}.xlsx`}
            disabled={!day}
          >
            {t('settle.export')}
          </Button>
        </Space>
        {data.error ? <LoadError error={data.error} onRetry={data.reload} /> : null}
        <Table<Settlement>
          size="small"
          rowKey="departmentId"
          loading={data.loading}
          pagination={false}
          dataSource={rows}
          data-testid="settlement-rows"
          locale={{ emptyText: t('settle.empty') }}
          columns={[
            { title: t('settle.department'), dataIndex: 'departmentName' },
            {
              title: t('settle.status'),
              key: 'status',
              render: (_v, s) =>
                s.status === 'closed' ? (
                  <Tag color="blue" title={t('settle.readOnly')}>
                    {t('settle.closed')}
                  </Tag>
                ) : (
                  <Tag>{t('settle.open')}</Tag>
                ),
            },
            {
              title: t('settle.payments'),
              key: 'p',
              align: 'right',
              render: (_v, s) => `${s.paymentsText}（${s.paymentCount}）`,
            },
            {
              title: t('settle.refunds'),
              key: 'r',
              align: 'right',
              render: (_v, s) => (s.refundCount ? `-${s.refundsText}（${s.refundCount}）` : ''),
            },
            {
              title: t('settle.waivers'),
              key: 'w',
              align: 'right',
              render: (_v, s) => (s.waiverCount ? `${s.waivedText}（${s.waiverCount}）` : ''),
            },
            { title: t('settle.net'), key: 'n', align: 'right', render: (_v, s) => <strong>{s.netText}</strong> },
            {
              title: t('settle.byMethod'),
              key: 'm',
              render: (_v, s) =>
                (['cash', 'card', 'qr'] as const)
                  .filter((m) => s.byMethod[m])
                  .map((m) => `${t(`method.${m}`)} ${money(s.byMethod[m])}`)
                  .join('；'),
            },
            {
              title: t('settle.reconciliation'),
              key: 'rec',
              render: (_v, s) =>
                s.reconciliation.ok ? (
                  <Tag color="green">{t('settle.balanced')}</Tag>
                ) : (
                  <Tag color="red" title={s.reconciliation.problems.join('\n')}>
                    {t('settle.unbalanced')}
                  </Tag>
                ),
            },
            {
              title: t('common.actions'),
              key: 'a',
              render: (_v, s) => (
                <Space>
                  <Button size="small" onClick={() => setDetail(s)}>
                    {t('settle.detail')}
                  </Button>
                  {s.status === 'open' && can('fee.settle') && (
                    <Button size="small" type="primary" onClick={() => setClosing(s)}>
                      {t('settle.close')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
          summary={() =>
            totals && rows.length > 1 ? (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={2}>
                  {t('settle.totals')}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={2} align="right">
                  {money(totals.paymentsFen)}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  {totals.refundsFen ? `-${money(totals.refundsFen)}` : ''}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={4} align="right">
                  {totals.waivedFen ? money(totals.waivedFen) : ''}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={5} align="right">
                  <strong>{money(totals.netFen)}</strong>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            ) : null
          }
        />
      </Card>
      {detail && <EntriesDrawer hallUrl={hall} settlement={detail} onClose={() => setDetail(null)} />}
      {closing && (
        <CloseDialog
          hallUrl={hall}
          settlement={closing}
          onClose={() => setClosing(null)}
          onDone={() => {
            setClosing(null);
            data.reload();
          }}
        />
      )}
    </div>
  );
}

/** The entries behind one department's day; closed days show who closed them and what was declared. */
function EntriesDrawer(props: { hallUrl: string; settlement: Settlement; onClose: () => void }) {
  const t = useFeesT();
  const s = props.settlement;
  const d = useLoad<SettlementDetail>(
    `${props.hallUrl}/fee-settlements/${encodeURIComponent(s.departmentId)}?day=${s.day}`,
  );
  const x = d.data;
  return (
    <Drawer open size={900} title={`${s.departmentName} ${s.day}`} onClose={props.onClose}>
      {d.error ? <LoadError error={d.error} onRetry={d.reload} /> : null}
      {x?.status === 'closed' && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          title={t('settle.closedBy', {
            name: x.closedByName ?? '',
            at: beijingTime(x.closedAt),
            declared: money(x.declaredFen),
          })}
        />
      )}
      {x && x.linkedCount > 0 && <Alert type="warning" title={t('settle.linkedCount', { n: x.linkedCount })} />}
      {x && !x.reconciliation.ok && (
        <Alert type="error" showIcon title={x.reconciliation.problems.join('；')} style={{ marginBottom: 12 }} />
      )}
      <Table<SettlementEntry>
        size="small"
        rowKey="id"
        scroll={{ x: 'max-content' }}
        loading={d.loading}
        pagination={false}
        dataSource={x?.entries ?? []}
        columns={[
          { title: t('entry.at'), key: 'at', render: (_v, e) => beijingTime(e.at).slice(11) },
          { title: '', key: 'k', render: (_v, e) => t(`entry.kind.${e.kind}`) },
          { title: t('notice.number'), dataIndex: 'noticeNumber' },
          { title: t('receipt.no'), dataIndex: 'receiptNo' },
          { title: t('line.name'), dataIndex: 'lineName' },
          { title: t('cashier.method'), key: 'm', render: (_v, e) => t(`method.${e.method}`) },
          { title: t('line.amount'), key: 'a', align: 'right', render: (_v, e) => money(e.amountFen) },
          {
            title: t('line.waived'),
            key: 'w',
            render: (_v, e) => (e.waivedFen ? `${money(e.waivedFen)} ${e.waiverDocumentNo ?? ''}` : ''),
          },
          {
            title: '',
            key: 'l',
            render: (_v, e) => e.linkedSettlement && <Tag>{t('settle.linked', { day: e.linkedSettlement.day })}</Tag>,
          },
        ]}
      />
    </Drawer>
  );
}

/** 结账: the declared amount must equal the net to remit; a discrepancy comes back with expected vs declared. */
function CloseDialog(props: { hallUrl: string; settlement: Settlement; onClose: () => void; onDone: () => void }) {
  const t = useFeesT();
  const { message } = App.useApp();
  const act = useFeeAction();
  const s = props.settlement;
  const [form] = Form.useForm<{ declared: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (declared: string) => {
    setBusy(true);
    setError(null);
    const r = await act(
      () =>
        post<Settlement>(`${props.hallUrl}/fee-settlements/close`, {
          departmentId: s.departmentId,
          day: s.day,
          declaredFen: parseYuan(declared),
        }),
      setError,
    );
    setBusy(false);
    if (r) {
      void message.success(t('settle.done'));
      props.onDone();
    }
  };

  return (
    <FormDialog
      form={form}
      name="fee-close"
      title={t('settle.closeTitle', { dept: s.departmentName, day: s.day })}
      okText={t('settle.close')}
      busy={busy}
      error={error}
      errorTestId="close-error"
      initialValues={{ declared: '' }}
      onClose={props.onClose}
      onValid={(v) => void submit(v.declared)}
      before={<p>{t('settle.expected', { amount: s.netText })}</p>}
    >
      <YuanField name="declared" label={t('settle.declared')} min={0} badText={t('settle.declaredBad')} />
    </FormDialog>
  );
}
