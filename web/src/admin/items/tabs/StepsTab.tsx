import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row } from 'antd';
import type { ItemGuide } from '../../../../../src/domain/guide';
import { useAdminT } from '../../lib/use-admin';
import { emptyStep } from '../guide-form';
import { ListControls } from './ListControls';

/** 办理流程: ordered steps, each with the responsible role and its share of the time limit. */
export function StepsTab() {
  const t = useAdminT();
  const form = Form.useFormInstance<ItemGuide>();
  const steps = Form.useWatch('steps', form) as ItemGuide['steps'] | undefined;
  const promised = Form.useWatch('promisedDays', form) as number | undefined;
  const total = (steps ?? []).reduce((sum, s) => sum + (typeof s?.days === 'number' ? s.days : 0), 0);
  return (
    <Form.List name="steps">
      {(fields, { add, remove, move }) => (
        <>
          {fields.length > 0 && (
            <Alert
              type={typeof promised === 'number' && total > promised ? 'warning' : 'info'}
              showIcon
              title={t('f.steps.total', { n: total })}
              description={
                typeof promised === 'number' && total > promised
                  ? t('rule.stepsOverPromised', { n: promised })
                  : undefined
              }
              style={{ marginBottom: 12 }}
            />
          )}
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              className="yz-list-card"
              title={t('f.step.no', { n: index + 1 })}
              extra={<ListControls index={index} count={fields.length} move={move} remove={remove} />}
            >
              <Row gutter={16}>
                <Col xs={24} md={6}>
                  <Form.Item
                    label={t('f.step.name')}
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, max: 100 }]}
                  >
                    <Input placeholder="受理" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={6}>
                  <Form.Item
                    label={t('f.step.role')}
                    name={[field.name, 'role']}
                    rules={[{ required: true, whitespace: true, max: 100 }]}
                  >
                    <Input placeholder="窗口受理人员" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={4}>
                  <Form.Item label={t('f.step.days')} name={[field.name, 'days']} rules={[{ required: true }]}>
                    <InputNumber min={0} max={365} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={8}>
                  <Form.Item label={t('f.step.description')} name={[field.name, 'description']} rules={[{ max: 1000 }]}>
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(emptyStep())}>
            {t('f.step.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
