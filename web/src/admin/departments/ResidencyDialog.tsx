import { Alert, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { post } from '../../shared/api';
import { fromDay, toDay, today } from '../lib/dates';
import { problemText } from '../lib/problem';
import { useAdminT } from '../lib/use-admin';
import { validated } from '../lib/validated';
import { type Department, RESIDENCIES, type Residency } from '../types';
import { ResidencyTag } from './tags';

interface Values {
  residency: Residency;
  effectiveOn: Dayjs;
  reason: string;
}

/** Change a department's residency 进驻状态 (e.g. it withdraws); the reason is required and kept in the history. */
export function ResidencyDialog(props: { department: Department; onClose: (changed: boolean) => void }) {
  const t = useAdminT();
  const { department } = props;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      await post(`/api/v1/departments/${department.id}/residency`, {
        residency: v.residency,
        effectiveOn: fromDay(v.effectiveOn),
        reason: v.reason.trim(),
      });
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
      title={`${t('dept.changeResidency')}：${department.name}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={submit}
      onCancel={() => props.onClose(false)}
    >
      <div style={{ marginBottom: 16 }}>
        {t('dept.residency')}：<ResidencyTag residency={department.residency} since={department.residencySince} />
      </div>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="residency"
        layout="vertical"
        initialValues={{
          residency: RESIDENCIES.find((r) => r !== department.residency),
          effectiveOn: toDay(today()),
          reason: '',
        }}
      >
        <Form.Item label={t('dept.newResidency')} name="residency" rules={[{ required: true }]}>
          <Select
            options={RESIDENCIES.map((r) => ({
              value: r,
              label: t(`residency.${r}`),
              disabled: r === department.residency,
            }))}
          />
        </Form.Item>
        <Form.Item label={t('dept.effectiveOn')} name="effectiveOn" rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item
          label={t('dept.reason')}
          name="reason"
          rules={[{ required: true, whitespace: true, message: t('dept.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
