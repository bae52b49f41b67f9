import { Col, Form, Input, Row } from 'antd';
import { useAdminT } from '../../lib/use-admin';

/** 公开信息: where, when, whom to ask or complain to, and who is responsible. */
export function PublicInfoTab() {
  const t = useAdminT();
  return (
    <>
      <Form.Item label={t('f.location')} name="location" rules={[{ max: 500 }]}>
        <Input placeholder="政务服务中心一楼 5 号窗口" />
      </Form.Item>
      <Form.Item label={t('f.hours')} name="hours" rules={[{ max: 500 }]}>
        <Input placeholder="工作日 8:30–12:00，14:30–17:30" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item label={t('f.phone')} name="phone" rules={[{ max: 100 }]}>
            <Input />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t('f.complaintPhone')} name="complaintPhone" rules={[{ max: 100 }]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('f.responsiblePerson')} name="responsiblePerson" rules={[{ max: 200 }]}>
        <Input placeholder="科长 张三" />
      </Form.Item>
    </>
  );
}
