import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Empty, Form, Input, InputNumber, Row, Switch } from 'antd';
import { useAdminT } from '../../lib/use-admin';
import { emptySpecial } from '../guide-form';
import { ListControls } from './ListControls';

/** 特别程序: hearings, inspections, expert reviews… with days, basis, charge and whether the days count. */
export function SpecialTab() {
  const t = useAdminT();
  return (
    <Form.List name="specialProcedures">
      {(fields, { add, remove, move }) => (
        <>
          {fields.length === 0 && <Empty description={t('f.special.empty')} />}
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              className="yz-list-card"
              title={`${index + 1}.`}
              extra={<ListControls index={index} count={fields.length} move={move} remove={remove} />}
            >
              <Row gutter={16}>
                <Col xs={24} md={10}>
                  <Form.Item
                    label={t('f.special.name')}
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, max: 100 }]}
                  >
                    <Input placeholder="听证" />
                  </Form.Item>
                </Col>
                <Col xs={8} md={6}>
                  <Form.Item label={t('f.special.days')} name={[field.name, 'days']} rules={[{ required: true }]}>
                    <InputNumber min={0} max={365} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={8} md={4}>
                  <Form.Item label={t('f.special.charged')} name={[field.name, 'charged']} valuePropName="checked">
                    <Switch />
                  </Form.Item>
                </Col>
                <Col xs={8} md={4}>
                  <Form.Item
                    label={t('f.special.counted')}
                    name={[field.name, 'countedInLimit']}
                    valuePropName="checked"
                  >
                    <Switch />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item label={t('f.special.basis')} name={[field.name, 'basis']} rules={[{ max: 1000 }]}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
              </Form.Item>
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(emptySpecial())}>
            {t('f.special.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
