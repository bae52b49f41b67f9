import { Alert, Button, Col, Drawer, Form, Input, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { patch, post } from '../../shared/api';
import { problemText } from '../lib/problem';
import { useAdminT } from '../lib/use-admin';
import { validated } from '../lib/validated';
import type { Hall, HallLevel, OpeningDay } from '../types';
import { OpeningHoursEditor, sessionsValid } from './OpeningHoursEditor';

const LEVELS: HallLevel[] = ['city', 'county', 'township', 'community'];

interface Values {
  name: string;
  shortName: string;
  level: HallLevel;
  divisionCode: string;
  code: string;
  address: string;
  phone: string;
  openingHours: OpeningDay[];
}

/** Edit a hall, or (with a parent) add a hall below it 添加下级大厅. */
export function HallForm(props: { hall: Hall | null; parent: Hall | null; onClose: (saved: Hall | null) => void }) {
  const t = useAdminT();
  const { hall, parent } = props;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const childLevel = parent ? LEVELS[Math.min(LEVELS.indexOf(parent.level) + 1, LEVELS.length - 1)] : 'county';

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    const common = {
      name: v.name.trim(),
      shortName: v.shortName?.trim() ?? '',
      divisionCode: v.divisionCode.trim(),
      address: v.address?.trim() ?? '',
      phone: v.phone?.trim() ?? '',
      openingHours: v.openingHours ?? [],
    };
    setBusy(true);
    setError(null);
    try {
      const saved = hall
        ? await patch<Hall>(`/api/v1/halls/${hall.id}`, common)
        : await post<Hall>('/api/v1/halls', { ...common, parentId: parent?.id, level: v.level, code: v.code.trim() });
      props.onClose(saved);
    } catch (e) {
      setError(problemText(e, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Drawer
      open
      size={760}
      title={hall ? `${t('hall.editTitle')}：${hall.name}` : `${t('hall.addChild')}：${parent?.name ?? ''}`}
      onClose={() => props.onClose(null)}
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={() => props.onClose(null)}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={submit}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        name="hall"
        layout="vertical"
        initialValues={{
          name: hall?.name ?? '',
          shortName: hall?.shortName ?? '',
          level: hall?.level ?? childLevel,
          divisionCode: hall?.divisionCode ?? parent?.divisionCode ?? '',
          code: hall?.code ?? '',
          address: hall?.address ?? '',
          phone: hall?.phone ?? '',
          openingHours: hall?.openingHours ?? parent?.openingHours ?? [],
        }}
      >
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item
              label={t('hall.name')}
              name="name"
              rules={[{ required: true, whitespace: true, min: 2, max: 100 }]}
            >
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('hall.shortName')} name="shortName" rules={[{ max: 30 }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label={t('hall.level')} name="level" rules={[{ required: true }]}>
              <Select disabled={!!hall} options={LEVELS.map((l) => ({ value: l, label: t(`hallLevel.${l}`) }))} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={t('hall.code')}
              name="code"
              rules={[{ required: true }, { pattern: /^[A-Z0-9]{2,12}$/, message: t('hall.codeRule') }]}
            >
              <Input disabled={!!hall} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              label={t('hall.divisionCode')}
              name="divisionCode"
              rules={[{ required: true }, { pattern: /^\d{6}(\d{3})?(\d{3})?$/, message: t('hall.divisionRule') }]}
            >
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t('hall.address')} name="address" rules={[{ max: 300 }]}>
          <Input />
        </Form.Item>
        <Form.Item label={t('hall.phone')} name="phone" rules={[{ max: 50 }]}>
          <Input />
        </Form.Item>
        <Form.Item
          label={t('hall.openingHours')}
          name="openingHours"
          rules={[
            {
              validator: async (_r, v: OpeningDay[] | undefined) => {
                if (v && !sessionsValid(v)) throw new Error(t('hall.sessionOrder'));
              },
            },
          ]}
        >
          <OpeningHoursEditor />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
