import { Alert, Button, Col, DatePicker, Drawer, Form, Input, InputNumber, Row, Select, Space, Switch } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { patch, post } from '../../shared/api';
import { fromDay, toDay, today } from '../lib/dates';
import { problemText } from '../lib/problem';
import { useAdminT } from '../lib/use-admin';
import { validated } from '../lib/validated';
import { type Department, POWER_KEYS, type PowerKey, RESIDENCIES, type Residency } from '../types';

interface Values {
  name: string;
  shortName: string;
  residency: Residency;
  residencySince: Dayjs | null;
  chiefRepresentative: string;
  delegationLetterNo: string;
  delegationDate: Dayjs | null;
  powers: Record<PowerKey, boolean>;
  contactPerson: string;
  contactPhone: string;
  sortOrder: number;
}

function initialValues(d: Department | null): Values {
  return {
    name: d?.name ?? '',
    shortName: d?.shortName ?? '',
    residency: d?.residency ?? 'resident',
    residencySince: toDay(d?.residencySince ?? today()),
    chiefRepresentative: d?.chiefRepresentative ?? '',
    delegationLetterNo: d?.delegationLetterNo ?? '',
    delegationDate: toDay(d?.delegationDate),
    powers: d?.powers ?? { immediate: true, promised: true, joint: false, reported: false },
    contactPerson: d?.contactPerson ?? '',
    contactPhone: d?.contactPhone ?? '',
    sortOrder: d?.sortOrder ?? 0,
  };
}

/**
 * Create or edit a department 进驻部门, including its delegation 授权; residency changes go through their own dialog.
 * Mount it when needed: it opens on mount and reports through onClose.
 */
export function DepartmentForm(props: {
  hallId: string;
  department: Department | null;
  onClose: (saved: Department | null) => void;
}) {
  const t = useAdminT();
  const { department } = props;
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    const common = {
      name: v.name.trim(),
      shortName: v.shortName?.trim() ?? '',
      chiefRepresentative: v.chiefRepresentative?.trim() ?? '',
      delegationLetterNo: v.delegationLetterNo?.trim() ?? '',
      delegationDate: fromDay(v.delegationDate),
      powers: v.powers,
      contactPerson: v.contactPerson?.trim() ?? '',
      contactPhone: v.contactPhone?.trim() ?? '',
      sortOrder: v.sortOrder ?? 0,
    };
    setBusy(true);
    setError(null);
    try {
      const saved = department
        ? await patch<Department>(`/api/v1/departments/${department.id}`, common)
        : await post<Department>(`/api/v1/halls/${props.hallId}/departments`, {
            ...common,
            residency: v.residency,
            residencySince: fromDay(v.residencySince) ?? today(),
          });
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
      size={640}
      title={department ? `${t('dept.editTitle')}：${department.name}` : t('dept.new')}
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
      <Form form={form} name="department" layout="vertical" initialValues={initialValues(department)}>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item label={t('dept.name')} name="name" rules={[{ required: true, whitespace: true, max: 100 }]}>
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('dept.shortName')} name="shortName" rules={[{ max: 30 }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        {!department && (
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item label={t('dept.residency')} name="residency" rules={[{ required: true }]}>
                <Select options={RESIDENCIES.map((r) => ({ value: r, label: t(`residency.${r}`) }))} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item label={t('dept.residencySince')} name="residencySince" rules={[{ required: true }]}>
                <DatePicker style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          </Row>
        )}
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label={t('dept.chiefRepresentative')} name="chiefRepresentative">
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('dept.delegationLetterNo')} name="delegationLetterNo">
              <Input placeholder="〔2026〕1号" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('dept.delegationDate')} name="delegationDate">
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <fieldset className="yz-fieldset">
          <legend>{t('dept.powers')}</legend>
          <Row gutter={16}>
            {POWER_KEYS.map((k) => (
              <Col span={12} key={k}>
                <Form.Item label={t(`power.${k}`)} name={['powers', k]} valuePropName="checked">
                  <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </fieldset>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item label={t('dept.contactPerson')} name="contactPerson">
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('dept.contactPhone')} name="contactPhone">
              <Input />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item label={t('dept.sortOrder')} name="sortOrder">
              <InputNumber min={0} max={9999} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Drawer>
  );
}
