import { Alert, Button, Col, Drawer, Form, Input, Row, Select, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { patch, post, put } from '../../shared/api';
import { problemText } from '../lib/problem';
import { useAdminT } from '../lib/use-admin';
import { validated } from '../lib/validated';
import type { Department, Staff } from '../types';
import { BadgePreview } from './BadgePreview';
import { PhotoInput } from './PhotoInput';

interface Values {
  name: string;
  employeeNo: string;
  departmentId: string | null;
  post: string;
  title: string;
  duties: string;
  phone: string;
  active: boolean;
}

/** Create or edit a staff member 工作人员 with the badge fields, photo and a live badge preview. */
export function StaffForm(props: {
  hallId: string;
  hallName: string;
  staff: Staff | null;
  departments: Department[];
  onClose: (saved: boolean) => void;
}) {
  const t = useAdminT();
  const { staff } = props;
  const [form] = Form.useForm<Values>();
  const live = Form.useWatch([], form) as Partial<Values> | undefined;
  const [photo, setPhoto] = useState<string | null>(staff?.photo ?? null);
  const [pendingPhoto, setPendingPhoto] = useState<string | null>(null);
  const [photoBusy, setPhotoBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** A new staff member's photo goes with the create call; an existing one's is saved at once. */
  const pickPhoto = async (dataUrl: string | null) => {
    setError(null);
    if (!staff) {
      setPhoto(dataUrl);
      setPendingPhoto(dataUrl);
      if (dataUrl) setNotice(t('staff.photoPending'));
      return;
    }
    setPhotoBusy(true);
    try {
      const saved = await put<Staff>(`/api/v1/staff/${staff.id}/photo`, { dataUrl });
      setPhoto(saved.photo);
      setNotice(t('staff.photoSaved'));
    } catch (e) {
      setError(problemText(e, t('common.networkError')));
    } finally {
      setPhotoBusy(false);
    }
  };

  const submit = async () => {
    const v = await validated(form);
    if (!v) return;
    const body: Record<string, unknown> = {
      name: v.name.trim(),
      employeeNo: v.employeeNo?.trim() ?? '',
      departmentId: v.departmentId ?? null,
      post: v.post?.trim() ?? '',
      title: v.title?.trim() ?? '',
      duties: v.duties?.trim() ?? '',
      active: v.active,
    };
    // a masked phone (138****8000) was never known to us: leave it as it is
    const phone = v.phone?.trim() ?? '';
    if (!(staff && phone === staff.phone && phone.includes('*'))) body.phone = phone;
    setBusy(true);
    setError(null);
    try {
      if (staff) await patch(`/api/v1/staff/${staff.id}`, body);
      else await post<Staff>(`/api/v1/halls/${props.hallId}/staff`, { ...body, photo: pendingPhoto });
      props.onClose(true);
    } catch (e) {
      setError(problemText(e, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  };

  const deptName = props.departments.find((d) => d.id === live?.departmentId)?.name ?? null;

  return (
    <Drawer
      open
      size={920}
      title={staff ? `${t('staff.editTitle')}：${staff.name}` : t('staff.new')}
      onClose={() => props.onClose(false)}
      footer={
        <Space style={{ float: 'right' }}>
          <Button onClick={() => props.onClose(false)}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={submit}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} closable />}
      {notice && !error && <Alert type="info" showIcon title={notice} style={{ marginBottom: 16 }} />}
      <Row gutter={32}>
        <Col xs={24} md={14}>
          <Form<Values>
            form={form}
            name="staff"
            layout="vertical"
            initialValues={{
              name: staff?.name ?? '',
              employeeNo: staff?.employeeNo ?? '',
              departmentId: staff?.departmentId ?? null,
              post: staff?.post ?? '',
              title: staff?.title ?? '',
              duties: staff?.duties ?? '',
              phone: staff?.phone ?? '',
              active: staff?.active ?? true,
            }}
          >
            <Form.Item label={t('staff.photo')}>
              <PhotoInput
                value={photo}
                busy={photoBusy}
                onPick={pickPhoto}
                onRemove={() => pickPhoto(null)}
                onError={setError}
              />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item label={t('staff.name')} name="name" rules={[{ required: true, whitespace: true, max: 50 }]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label={t('staff.employeeNo')} name="employeeNo" rules={[{ max: 30 }]}>
                  <Input />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item label={t('staff.department')} name="departmentId">
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
              />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item label={t('staff.post')} name="post" rules={[{ max: 50 }]}>
                  <Input placeholder="综合受理岗" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label={t('staff.title')} name="title" rules={[{ max: 50 }]}>
                  <Input placeholder="科员" />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item label={t('staff.duties')} name="duties" rules={[{ max: 200 }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item label={t('staff.phone')} name="phone" rules={[{ max: 30 }]}>
                  <Input />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item label={t('staff.active')} name="active" valuePropName="checked">
                  <Switch />
                </Form.Item>
              </Col>
            </Row>
          </Form>
        </Col>
        <Col xs={24} md={10}>
          <Typography.Title level={5}>{t('staff.badgePreview')}</Typography.Title>
          <BadgePreview
            hallName={props.hallName}
            staff={{
              name: live?.name ?? staff?.name ?? '',
              post: live?.post ?? staff?.post ?? '',
              title: live?.title ?? staff?.title ?? '',
              duties: live?.duties ?? staff?.duties ?? '',
              employeeNo: live?.employeeNo ?? staff?.employeeNo,
              departmentName: deptName,
              photo,
              windowNumbers: staff?.windows.map((w) => w.number),
            }}
          />
        </Col>
      </Row>
    </Drawer>
  );
}
