import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Switch } from 'antd';
import { MATERIAL_FORMS } from '../../../../../src/domain/guide';
import { useAdminT } from '../../lib/use-admin';
import type { UploadedFile } from '../../types';
import { emptyMaterial } from '../guide-form';
import { FileField } from './FileField';
import { ListControls } from './ListControls';

/** 申请材料: ordered list of materials, each with form, copies, required flag, note, blank form and sample. */
export function MaterialsTab({ itemId, files }: { itemId: string | null; files?: UploadedFile[] }) {
  const t = useAdminT();
  return (
    <Form.List name="materials">
      {(fields, { add, remove, move }) => (
        <>
          {fields.map((field, index) => (
            <Card
              key={field.key}
              size="small"
              className="yz-list-card"
              title={`${index + 1}.`}
              extra={<ListControls index={index} count={fields.length} move={move} remove={remove} />}
            >
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    label={t('f.material.name')}
                    name={[field.name, 'name']}
                    rules={[{ required: true, whitespace: true, max: 200 }]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item label={t('f.material.form')} name={[field.name, 'form']} rules={[{ required: true }]}>
                    <Select options={MATERIAL_FORMS.map((f) => ({ value: f, label: t(`materialForm.${f}`) }))} />
                  </Form.Item>
                </Col>
                <Col xs={6} md={4}>
                  <Form.Item label={t('f.material.count')} name={[field.name, 'count']} rules={[{ required: true }]}>
                    <InputNumber min={1} max={99} style={{ width: '100%' }} />
                  </Form.Item>
                </Col>
                <Col xs={6} md={3}>
                  <Form.Item label={t('f.material.required')} name={[field.name, 'required']} valuePropName="checked">
                    <Switch />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item label={t('f.material.note')} name={[field.name, 'note']} rules={[{ max: 1000 }]}>
                <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} />
              </Form.Item>
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item label={t('f.material.template')} name={[field.name, 'templateFileId']}>
                    <FileField itemId={itemId} files={files} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item label={t('f.material.sample')} name={[field.name, 'sampleFileId']}>
                    <FileField itemId={itemId} files={files} />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add(emptyMaterial())}>
            {t('f.material.add')}
          </Button>
        </>
      )}
    </Form.List>
  );
}
