import { Alert, App, Button, Card, Empty, Form, Input, Space, Table, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { LoadError } from '../admin/lib/Page';
import { useSession } from '../admin/lib/session';
import { useLoad } from '../admin/lib/use-load';
import { post } from '../shared/api';
import { FormDialog } from './FormDialog';
import { beijingTime, useFeeAction, useFeesT } from './lib';
import { RequestStatusTag } from './NoticeParts';
import type { FeeRefund, FeeWaiver } from './types';

type Request = (FeeWaiver & { type: 'waiver' }) | (FeeRefund & { type: 'refund' });
interface DecideValues {
  approverName: string;
  documentNo: string;
  note: string;
}

/** 减免/退费审批 /desk/fees/approvals: the hall's pending waivers and refunds; approve or refuse with 审批文号. */
export function ApprovalsPage() {
  const t = useFeesT();
  const { me, can } = useSession();
  const hall = `/api/v1/halls/${encodeURIComponent(me.hallId)}`;
  const waivers = useLoad<FeeWaiver[]>(`${hall}/fee-waivers?status=requested`);
  const refunds = useLoad<FeeRefund[]>(`${hall}/fee-refunds?status=requested`);
  const [deciding, setDeciding] = useState<{ r: Request; approve: boolean } | null>(null);
  const w = (waivers.data ?? []).map((x) => ({ ...x, type: 'waiver' as const }));
  const r = (refunds.data ?? []).map((x) => ({ ...x, type: 'refund' as const }));

  const table = (rows: Request[], allowed: boolean) => (
    <Table<Request>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: <Empty description={t('approvals.empty')} /> }}
      columns={[
        {
          title: t('notice.number'),
          dataIndex: 'noticeNumber',
          render: (v: string) => <span className="yz-mono">{v}</span>,
        },
        { title: t('line.name'), dataIndex: 'lineName' },
        { title: t('line.amount'), dataIndex: 'amountText', align: 'right' },
        {
          title: t('waiver.reason'),
          key: 'reason',
          render: (_v, x) => (
            <>
              <div>{x.reason}</div>
              {x.type === 'waiver' && <div className="yz-muted">{x.basis}</div>}
            </>
          ),
        },
        {
          title: t('approvals.requestedBy'),
          key: 'by',
          render: (_v, x) => `${x.requestedByName} ${beijingTime(x.requestedAt)}`,
        },
        { title: t('notice.status'), key: 's', render: (_v, x) => <RequestStatusTag status={x.status} /> },
        {
          title: t('common.actions'),
          key: 'a',
          render: (_v, x) =>
            allowed && (
              <Space>
                <Button type="primary" size="small" onClick={() => setDeciding({ r: x, approve: true })}>
                  {t('approvals.approve')}
                </Button>
                <Button size="small" onClick={() => setDeciding({ r: x, approve: false })}>
                  {t('approvals.refuse')}
                </Button>
              </Space>
            ),
        },
      ]}
    />
  );

  const error = waivers.error ?? refunds.error;
  const reloadAll = () => {
    waivers.reload();
    refunds.reload();
  };
  return (
    <div className="yz-desk-page yz-fee-page">
      <Typography.Title level={4}>{t('approvals.title')}</Typography.Title>
      <Card>
        {error ? <LoadError error={error} onRetry={reloadAll} /> : null}
        <Alert type="info" showIcon title={t('approvals.selfHint')} style={{ marginBottom: 12 }} />
        <Tabs
          items={[
            {
              key: 'waivers',
              label: t('approvals.waivers', { n: w.length }),
              children: table(w, can('fee.waive_approve')),
            },
            {
              key: 'refunds',
              label: t('approvals.refunds', { n: r.length }),
              children: table(r, can('fee.refund_approve')),
            },
          ]}
        />
      </Card>
      {deciding && (
        <DecideDialog
          request={deciding.r}
          approve={deciding.approve}
          defaultApprover={me.displayName}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            reloadAll();
          }}
        />
      )}
    </div>
  );
}

/** Approve (approver name + document number) or refuse (a note) one request; the server's refusal stays in the dialog. */
function DecideDialog(props: {
  request: Request;
  approve: boolean;
  defaultApprover: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const t = useFeesT();
  const { message } = App.useApp();
  const act = useFeeAction();
  const [form] = Form.useForm<DecideValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const x = props.request;
  const needsDoc = props.approve && x.type === 'waiver';
  const path = x.type === 'waiver' ? 'fee-waivers' : 'fee-refunds';

  const submit = async (v: DecideValues) => {
    setBusy(true);
    setError(null);
    const r = await act(
      () =>
        post(`/api/v1/${path}/${encodeURIComponent(x.id)}/decide`, {
          approve: props.approve,
          approverName: v.approverName.trim(),
          documentNo: v.documentNo.trim(),
          note: v.note.trim(),
        }),
      setError,
    );
    setBusy(false);
    if (r) {
      void message.success(t('approvals.done'));
      props.onDone();
    }
  };

  const vars = { notice: x.noticeNumber, line: x.lineName, amount: x.amountText };
  return (
    <FormDialog
      form={form}
      name="fee-decide"
      title={t(x.type === 'waiver' ? 'approvals.titleWaiver' : 'approvals.titleRefund', vars)}
      okText={t(props.approve ? 'approvals.approve' : 'approvals.refuse')}
      busy={busy}
      danger={!props.approve}
      error={error}
      errorTestId="decide-error"
      initialValues={{ approverName: props.defaultApprover, documentNo: '', note: '' }}
      onClose={props.onClose}
      onValid={(v) => void submit(v)}
    >
      <Form.Item
        name="approverName"
        label={t('approvals.approver')}
        rules={[{ required: props.approve, whitespace: true, min: 2, message: t('common.required') }]}
      >
        <Input maxLength={50} />
      </Form.Item>
      <Form.Item
        name="documentNo"
        label={t('approvals.documentNo')}
        rules={[{ required: needsDoc, whitespace: true, min: 2, message: t('common.required') }]}
      >
        <Input maxLength={100} className="yz-mono" />
      </Form.Item>
      <Form.Item name="note" label={t('approvals.note')}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormDialog>
  );
}
