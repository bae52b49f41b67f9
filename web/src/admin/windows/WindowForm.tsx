import { Alert, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { patch, post } from '../../shared/api';
import { problemText } from '../lib/problem';
import { useAdminT } from '../lib/use-admin';
import { validated } from '../lib/validated';
import { type Department, type HallWindow, WINDOW_KINDS, WINDOW_STATUSES } from '../types';

type Values = Pick<HallWindow, 'number' | 'name' | 'kind' | 'status' | 'departmentIds'>;

/** Create or edit a window 窗口: public number, kind, status and the departments it serves. */
export function WindowForm(props: {
  hallId: string;
  window: HallWindow | null;
  departments: Department[];
  onClose: (saved: boolean) => void;
}) {
  const t = useAdminT();
  const w = props.window;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    const body = { ...v, number: v.number.trim(), name: v.name.trim(), departmentIds: v.departmentIds ?? [] };
    setBusy(true);
    setError(null);
    try {
      if (w) await patch(`/api/v1/windows/${w.id}`, body);
      else await post(`/api/v1/halls/${props.hallId}/windows`, body);
      props.onClose(true);
    } catch (e) {
      setError(problemText(e, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={w ? `${t('win.editTitle')}：${w.number}` : t('win.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={submit}
      onCancel={() => props.onClose(false)}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        name="window"
        layout="vertical"
        initialValues={{
          number: w?.number ?? '',
          name: w?.name ?? '',
          kind: w?.kind ?? 'department',
          status: w?.status ?? 'open',
          departmentIds: w?.departmentIds ?? [],
        }}
      >
        <Form.Item label={t('win.number')} name="number" rules={[{ required: true, whitespace: true, max: 10 }]}>
          <Input style={{ width: 160 }} />
        </Form.Item>
        <Form.Item label={t('win.name')} name="name" rules={[{ required: true, whitespace: true, max: 100 }]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('win.kind')} name="kind" rules={[{ required: true }]}>
          <Select options={WINDOW_KINDS.map((k) => ({ value: k, label: t(`windowKind.${k}`) }))} />
        </Form.Item>
        <Form.Item label={t('win.status')} name="status" rules={[{ required: true }]}>
          <Select options={WINDOW_STATUSES.map((s) => ({ value: s, label: t(`windowStatus.${s}`) }))} />
        </Form.Item>
        <Form.Item label={t('win.departments')} name="departmentIds">
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
