import { Alert, App, Button, Col, Form, InputNumber, Row, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { LoadError } from '../../admin/lib/Page';
import { problemText } from '../../admin/lib/problem';
import { useLoad } from '../../admin/lib/use-load';
import { put } from '../../shared/api';
import { useDeskT } from '../lib/use-desk';
import type { QueueSettings } from '../types';

/** Each setting with its bounds and unit; the server validates again. */
const FIELDS: {
  name: keyof QueueSettings;
  min: number;
  max: number;
  unit: 'times' | 'minutes' | 'days' | 'workdays';
}[] = [
  { name: 'recallLimit', min: 0, max: 10, unit: 'times' },
  { name: 'bookingDays', min: 1, max: 30, unit: 'workdays' },
  { name: 'bookingCloseMinutes', min: 0, max: 1440, unit: 'minutes' },
  { name: 'cancelCloseMinutes', min: 0, max: 1440, unit: 'minutes' },
  { name: 'noShowAfterMinutes', min: 5, max: 240, unit: 'minutes' },
  { name: 'noShowBlockCount', min: 1, max: 20, unit: 'times' },
  { name: 'noShowWindowDays', min: 1, max: 365, unit: 'days' },
  { name: 'blockDays', min: 1, max: 365, unit: 'days' },
];

/** Queue and appointment rules of the hall: recall limit, booking window, closing times, no-show blocking. */
export function SettingsTab({ hallId }: { hallId: string }) {
  const t = useDeskT();
  const { message } = App.useApp();
  const url = `/api/v1/halls/${encodeURIComponent(hallId)}/queue-settings`;
  const settings = useLoad<QueueSettings>(url);
  const [form] = Form.useForm<QueueSettings>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { data, setData } = settings;
  useEffect(() => {
    if (data) form.setFieldsValue(data);
  }, [data, form]);

  const submit = async (v: QueueSettings) => {
    setBusy(true);
    setError(null);
    try {
      setData(await put<QueueSettings>(url, v));
      void message.success(t('common.saved'));
    } catch (e) {
      setError(problemText(e, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  };

  if (settings.error && !data) return <LoadError error={settings.error} onRetry={settings.reload} />;
  if (!data) return <Spin style={{ display: 'block', margin: 48 }} />;

  return (
    <Form<QueueSettings> form={form} layout="vertical" initialValues={data} onFinish={submit} style={{ maxWidth: 880 }}>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <fieldset className="yz-desk-fieldset">
        <legend>{t('settings.queue')}</legend>
        <Row gutter={16}>{FIELDS.slice(0, 1).map((f) => field(f, t))}</Row>
      </fieldset>
      <fieldset className="yz-desk-fieldset">
        <legend>{t('settings.booking')}</legend>
        <Row gutter={16}>{FIELDS.slice(1).map((f) => field(f, t))}</Row>
      </fieldset>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('common.save')}
      </Button>
    </Form>
  );
}

function field(f: (typeof FIELDS)[number], t: (k: string) => string) {
  return (
    <Col key={f.name} xs={24} sm={12}>
      <Form.Item
        name={f.name}
        label={t(`settings.${f.name}`)}
        extra={t(`settings.${f.name}.hint`)}
        rules={[{ required: true }]}
      >
        <InputNumber min={f.min} max={f.max} precision={0} suffix={t(`unit.${f.unit}`)} style={{ width: 200 }} />
      </Form.Item>
    </Col>
  );
}
