import { Col, Form, Input, InputNumber, Radio, Row, Select, Switch } from 'antd';
import { CASE_KINDS, ENTRY_STATUSES, EVENTS, ITEM_TYPES, type ItemGuide } from '../../../../../src/domain/guide';
import { useAdminT } from '../../lib/use-admin';
import type { Department } from '../../types';

/** 基本信息: identity, type and kind, department, time limits, basis, conditions, result, entry status, events. */
export function BasicTab({ departments }: { departments: Department[] }) {
  const t = useAdminT();
  const form = Form.useFormInstance<ItemGuide>();
  const kind = Form.useWatch('kind', form);
  const online = Form.useWatch('online', form);
  const entryStatus = Form.useWatch('entryStatus', form);
  const deptOptions = departments.map((d) => ({ value: d.id, label: d.name }));
  const eventOptions = (['life', 'enterprise'] as const).map((k) => ({
    label: t(`events.${k}`),
    options: EVENTS.filter((e) => e.kind === k).map((e) => ({ value: e.code, label: e.name })),
  }));

  return (
    <>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('f.code')} name="code" rules={[{ required: true, whitespace: true, max: 64 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('f.basicCode')} name="basicCode" rules={[{ max: 64 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('f.department')} name="departmentId" rules={[{ required: true }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={deptOptions} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('f.name')} name="name" rules={[{ required: true, whitespace: true, max: 200 }]}>
        <Input />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('f.type')} name="type" rules={[{ required: true }]}>
            <Select options={ITEM_TYPES.map((x) => ({ value: x, label: x }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('f.kind')} name="kind" rules={[{ required: true }]}>
            <Select options={CASE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('f.handledAt')} name="handledAt">
            <Radio.Group
              options={[
                { value: 'hall', label: t('f.handledAt.hall') },
                { value: 'department', label: t('f.handledAt.department') },
              ]}
            />
          </Form.Item>
        </Col>
      </Row>
      {kind === 'joint' && (
        <Form.Item label={t('f.jointDepartmentIds')} name="jointDepartmentIds">
          <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={deptOptions} />
        </Form.Item>
      )}
      {kind === 'reported' && (
        <Form.Item label={t('f.reportTo')} name="reportTo" rules={[{ max: 200 }]}>
          <Input placeholder="市级主管部门" />
        </Form.Item>
      )}
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('f.statutoryDays')} name="statutoryDays" extra={t('f.statutoryHint')}>
            <InputNumber min={0} max={3650} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item
            label={t('f.promisedDays')}
            name="promisedDays"
            dependencies={['statutoryDays', 'kind']}
            rules={[
              { required: true },
              ({ getFieldValue }) => ({
                validator: async (_r, v: number | null) => {
                  const statutory = getFieldValue('statutoryDays') as number | null;
                  if (typeof v === 'number' && typeof statutory === 'number' && v > statutory)
                    throw new Error(t('rule.promisedOverStatutory'));
                  if (getFieldValue('kind') === 'immediate' && typeof v === 'number' && v > 1)
                    throw new Error(t('rule.immediateDays'));
                },
              }),
            ]}
          >
            <InputNumber min={0} max={3650} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t('f.visits')} name="visits" rules={[{ required: true }]}>
            <InputNumber min={0} max={10} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('f.legalBasis')} name="legalBasis">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={8000} />
      </Form.Item>
      <Form.Item label={t('f.conditions')} name="conditions">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={8000} />
      </Form.Item>
      <Form.Item label={t('f.result')} name="result" rules={[{ max: 200 }]}>
        <Input placeholder="营业执照" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={6}>
          <Form.Item label={t('f.online')} name="online" valuePropName="checked">
            <Switch checkedChildren={t('common.yes')} unCheckedChildren={t('common.no')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={18}>
          {online && (
            <Form.Item label={t('f.onlineUrl')} name="onlineUrl" rules={[{ type: 'url', max: 500 }]}>
              <Input placeholder="https://" />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} md={8}>
          <Form.Item label={t('f.entryStatus')} name="entryStatus">
            <Select options={ENTRY_STATUSES.map((x) => ({ value: x, label: t(`entry.${x}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={16}>
          {entryStatus === 'exempted' && (
            <Form.Item
              label={t('f.entryExemptReason')}
              name="entryExemptReason"
              rules={[{ required: true, whitespace: true, message: t('rule.exemptReason') }, { max: 500 }]}
            >
              <Input />
            </Form.Item>
          )}
        </Col>
      </Row>
      <Form.Item label={t('f.events')} name="events">
        <Select mode="multiple" maxCount={10} showSearch={{ optionFilterProp: 'label' }} options={eventOptions} />
      </Form.Item>
      <Form.Item label={t('f.keywords')} name="keywords" rules={[{ max: 500 }]}>
        <Input placeholder={t('f.keywordsHint')} />
      </Form.Item>
    </>
  );
}
