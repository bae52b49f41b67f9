import { Checkbox, Form, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useCasesT } from '../lib/use-cases';
import { checkPersonId } from '../receive/applicant-rules';
import { type MaterialCheck, MaterialChecklist, missingNotes } from '../receive/MaterialChecklist';
import type { CaseMaterial } from '../types';

export interface DeliverValues {
  method: 'pickup' | 'mail';
  collectorName?: string;
  collectorIdNumber?: string;
  idChecked?: boolean;
  trackingNumber?: string;
}

/** 送达出件: handed over at the pickup window (collector + ID check) or mailed (tracking number). */
export function DeliverDialog(props: {
  open: boolean;
  busy: boolean;
  onCancel: () => void;
  onSubmit: (v: DeliverValues) => void;
}) {
  const t = useCasesT();
  const [form] = Form.useForm<DeliverValues>();
  const method = Form.useWatch('method', form) ?? 'pickup';
  return (
    <Modal
      open={props.open}
      title={t('deliver.title')}
      okText={t('deliver.ok')}
      okButtonProps={{ loading: props.busy }}
      cancelText={t('common.cancel')}
      onCancel={props.onCancel}
      onOk={() => form.validateFields().then(props.onSubmit, () => undefined)}
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ method: 'pickup' }}>
        <Form.Item name="method" label={t('deliver.method')}>
          <Radio.Group
            optionType="button"
            options={[
              { value: 'pickup', label: t('delivery.pickup') },
              { value: 'mail', label: t('delivery.mail') },
            ]}
          />
        </Form.Item>
        {method === 'pickup' ? (
          <>
            <Form.Item
              name="collectorName"
              label={t('deliver.collector')}
              rules={[{ required: true, whitespace: true, message: t('deliver.collectorRequired') }]}
            >
              <Input maxLength={50} autoComplete="off" />
            </Form.Item>
            <Form.Item
              name="collectorIdNumber"
              label={t('deliver.collectorId')}
              rules={[
                {
                  validator: async (_r, v: string | undefined) => {
                    const c = checkPersonId(v ?? '');
                    if (c.level === 'error') throw new Error(t(c.key));
                  },
                },
              ]}
            >
              <Input maxLength={18} autoComplete="off" className="yz-mono" />
            </Form.Item>
            <Form.Item
              name="idChecked"
              valuePropName="checked"
              rules={[
                {
                  validator: async (_r, v: boolean | undefined) => {
                    if (!v) throw new Error(t('deliver.idCheckRequired'));
                  },
                },
              ]}
            >
              <Checkbox>{t('deliver.idChecked')}</Checkbox>
            </Form.Item>
          </>
        ) : (
          <Form.Item
            name="trackingNumber"
            label={t('deliver.tracking')}
            rules={[{ required: true, whitespace: true, message: t('deliver.trackingRequired') }]}
          >
            <Input maxLength={40} autoComplete="off" className="yz-mono" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** A reason-only dialog (撤回申请). */
export function ReasonDialog(props: {
  open: boolean;
  busy: boolean;
  title: string;
  label: string;
  okText: string;
  danger?: boolean;
  onCancel: () => void;
  onSubmit: (reason: string) => void;
}) {
  const t = useCasesT();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      okButtonProps={{ loading: props.busy, danger: props.danger }}
      cancelText={t('common.cancel')}
      onCancel={props.onCancel}
      onOk={() =>
        form.validateFields().then(
          (v) => props.onSubmit(v.reason.trim()),
          () => undefined,
        )
      }
      destroyOnHidden
      forceRender
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="reason"
          label={props.label}
          rules={[{ required: true, whitespace: true, message: t('common.reasonRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** Re-check the case's materials: for a one-time notice, or when the supplements come in. */
export function MaterialsDialog(props: {
  open: boolean;
  busy: boolean;
  title: string;
  okText: string;
  materials: CaseMaterial[];
  onCancel: () => void;
  onSubmit: (checks: { position: number; state: MaterialCheck['state']; note: string }[]) => void;
}) {
  const [checks, setChecks] = useState<MaterialCheck[]>(() =>
    props.materials.map((m) => ({ state: m.state, note: m.note })),
  );
  const [showErrors, setShowErrors] = useState(false);
  return (
    <Modal
      open={props.open}
      width={900}
      title={props.title}
      okText={props.okText}
      okButtonProps={{ loading: props.busy }}
      onCancel={props.onCancel}
      onOk={() => {
        if (missingNotes(checks).length > 0) {
          setShowErrors(true);
          return;
        }
        props.onSubmit(
          props.materials.map((m, i) => ({
            position: m.position,
            state: checks[i].state,
            note: checks[i].note.trim(),
          })),
        );
      }}
      destroyOnHidden
    >
      <MaterialChecklist
        materials={props.materials.map((m) => ({ position: m.position, name: m.name, required: m.required }))}
        checks={checks}
        onChange={setChecks}
        showNoteErrors={showErrors}
      />
    </Modal>
  );
}
