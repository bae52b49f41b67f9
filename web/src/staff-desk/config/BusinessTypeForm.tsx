import { Alert, App, Col, Form, Input, InputNumber, Modal, Row, Switch } from 'antd';
import { useState } from 'react';
import { problemText } from '../../admin/lib/problem';
import { patch, post } from '../../shared/api';
import { useDeskT } from '../lib/use-desk';
import type { BusinessType, BusinessTypeInput, TakeHours } from '../types';
import { TakeHoursInput, takeHoursProblem } from './TakeHoursInput';

const DEFAULTS: BusinessTypeInput = {
  name: '',
  prefix: '',
  description: '',
  dailyCap: 200,
  takeHours: [
    { start: '08:30', end: '11:45' },
    { start: '14:00', end: '17:00' },
  ],
  avgServiceMinutes: 10,
  active: true,
  sortOrder: 0,
  bookable: false,
  slotMinutes: 30,
  slotCapacity: 5,
};

/** The request body from the form values: trimmed text, upper-case prefix, ticket hours in time order. */
export function toBody(v: BusinessTypeInput): BusinessTypeInput {
  return {
    ...v,
    name: v.name.trim(),
    prefix: v.prefix.trim().toUpperCase(),
    description: (v.description ?? '').trim(),
    takeHours: [...v.takeHours].sort((a, b) => a.start.localeCompare(b.start)),
    sortOrder: v.sortOrder ?? 0,
  };
}

/** Create or edit a business type; the server's problem detail (e.g. prefix taken) is shown in the dialog. */
export function BusinessTypeForm(props: {
  hallId: string;
  editing: BusinessType | 'new' | null;
  takenPrefixes: string[];
  onClose: (changed: boolean) => void;
}) {
  const t = useDeskT();
  const { message } = App.useApp();
  const [form] = Form.useForm<BusinessTypeInput>();
  const bookable = Form.useWatch('bookable', form);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const editing = props.editing;
  const open = editing !== null;
  const initial: BusinessTypeInput = editing === 'new' || editing === null ? DEFAULTS : pickInput(editing);

  const submit = async (v: BusinessTypeInput) => {
    setBusy(true);
    setError(null);
    try {
      const body = toBody(v);
      if (editing === 'new') await post(`/api/v1/halls/${encodeURIComponent(props.hallId)}/business-types`, body);
      else if (editing) await patch(`/api/v1/business-types/${encodeURIComponent(editing.id)}`, body);
      void message.success(t('common.saved'));
      props.onClose(true);
    } catch (e) {
      setError(problemText(e, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open={open}
      title={editing === 'new' ? t('config.newType') : t('config.editType', { name: editing?.name ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={() => props.onClose(false)}
      afterClose={() => setError(null)}
      destroyOnHidden
      width={640}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<BusinessTypeInput> form={form} layout="vertical" initialValues={initial} onFinish={submit} preserve={false}>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item
              name="name"
              label={t('config.name')}
              rules={[{ required: true, whitespace: true, min: 2, max: 40 }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="prefix"
              label={t('config.prefix')}
              normalize={(v: string) => v.toUpperCase()}
              rules={[
                { required: true, pattern: /^[A-Z]$/, message: t('config.prefixRule') },
                {
                  validator: (_r, v: string) =>
                    props.takenPrefixes.includes(v)
                      ? Promise.reject(new Error(t('config.prefixTaken')))
                      : Promise.resolve(),
                },
              ]}
            >
              <Input maxLength={1} style={{ width: 80 }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="description" label={t('config.description')}>
          <Input.TextArea rows={2} maxLength={300} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="dailyCap"
              label={t('config.dailyCap')}
              rules={[{ required: true }]}
              extra={t('config.dailyCapHint')}
            >
              <InputNumber min={1} max={999} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="avgServiceMinutes" label={t('config.avgService')} rules={[{ required: true }]}>
              <InputNumber min={1} max={240} precision={0} suffix={t('common.minUnit')} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="sortOrder" label={t('config.sortOrder')}>
              <InputNumber min={0} max={9999} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="takeHours"
          label={t('config.takeHours')}
          extra={t('config.takeHoursHint')}
          rules={[
            {
              validator: (_r, v: TakeHours[]) => {
                const bad = takeHoursProblem(v ?? []);
                return bad ? Promise.reject(new Error(t('config.hoursInvalid', { range: bad }))) : Promise.resolve();
              },
            },
          ]}
        >
          <TakeHoursInput />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="active" label={t('config.active')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item name="bookable" label={t('config.bookable')} valuePropName="checked">
              <Switch />
            </Form.Item>
          </Col>
        </Row>
        {/* slot fields stay mounted (greyed out) so their values are kept when booking is off */}
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="slotMinutes" label={t('config.slotMinutes')} rules={[{ required: true }]}>
              <InputNumber
                min={5}
                max={240}
                precision={0}
                suffix={t('common.minUnit')}
                style={{ width: '100%' }}
                disabled={!bookable}
              />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="slotCapacity" label={t('config.slotCapacity')} rules={[{ required: true }]}>
              <InputNumber min={1} max={200} precision={0} style={{ width: '100%' }} disabled={!bookable} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}

/** The editable fields of a business type (without id, hall and windows). */
function pickInput(b: BusinessType): BusinessTypeInput {
  const { id: _id, hallId: _hallId, windows: _windows, ...input } = b;
  return input;
}
