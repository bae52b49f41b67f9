import { Alert, DatePicker, Form, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { post } from '../../shared/api';
import { fromDay, toDay, today } from '../lib/dates';
import { problemText } from '../lib/problem';
import { useAdminT } from '../lib/use-admin';
import { validated } from '../lib/validated';
import type { HallWindow, Staff } from '../types';

/** Put a staff member on a window from a date; the server ends the previous assignment that day. */
export function AssignDialog(props: { staff: Staff; windows: HallWindow[]; onClose: (done: boolean) => void }) {
  const t = useAdminT();
  const [form] = Form.useForm<{ windowId: string; fromDate: Dayjs }>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    setBusy(true);
    setError(null);
    try {
      await post(`/api/v1/staff/${props.staff.id}/assignments`, {
        windowId: v.windowId,
        fromDate: fromDay(v.fromDate),
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
      title={`${t('staff.assign')}：${props.staff.name}`}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={submit}
      onCancel={() => props.onClose(false)}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="assign"
        layout="vertical"
        initialValues={{ windowId: props.staff.windows[0]?.id, fromDate: toDay(today()) }}
      >
        <Form.Item label={t('staff.assignWindow')} name="windowId" rules={[{ required: true }]}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={props.windows.map((w) => ({ value: w.id, label: `${w.number} ${w.name}` }))}
          />
        </Form.Item>
        <Form.Item label={t('staff.assignFrom')} name="fromDate" rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
