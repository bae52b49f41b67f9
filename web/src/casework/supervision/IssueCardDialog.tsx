import { Form, Input, Modal, Radio, Select } from 'antd';
import { useEffect } from 'react';
import { useCwT } from '../lib/use-casework';
import { CARD_TRIGGERS, type CardColour, type CardTrigger, type SupervisionCase } from '../types';

/** A case the card may name: the running cases, or a finished one the card is issued from. */
export type CardCase = Pick<SupervisionCase, 'id' | 'number' | 'itemName' | 'departmentId'>;

export interface CardInput {
  caseId?: string;
  departmentId: string;
  color: CardColour;
  trigger: CardTrigger;
  description: string;
}

/** 发牌: a supervisor issues a yellow or red card to a department, for a listed trigger, optionally on a case. */
export function IssueCardDialog(props: {
  open: boolean;
  busy: boolean;
  departments: { id: string; name: string }[];
  cases: CardCase[];
  initial?: Partial<CardInput>;
  onCancel: () => void;
  onSubmit: (v: CardInput) => void;
}) {
  const t = useCwT();
  const [form] = Form.useForm<CardInput>();
  const { open, initial } = props;
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue({ color: 'yellow', ...initial });
  }, [open, initial, form]);

  return (
    <Modal
      open={props.open}
      title={t('card.issueTitle')}
      okText={t('card.issue')}
      cancelText={t('common.cancel')}
      confirmLoading={props.busy}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          props.onSubmit({
            ...v,
            description: v.description.trim(),
            ...(v.caseId ? { caseId: v.caseId } : { caseId: undefined }),
          })
        }
      >
        <Form.Item name="caseId" label={t('card.case')}>
          <Select
            aria-label={t('card.case')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('card.casePlaceholder')}
            options={props.cases.map((c) => ({ value: c.id, label: `${c.number} ${c.itemName}` }))}
            onChange={(id: string | undefined) => {
              const c = props.cases.find((x) => x.id === id);
              if (c?.departmentId) form.setFieldValue('departmentId', c.departmentId);
            }}
          />
        </Form.Item>
        <Form.Item
          name="departmentId"
          label={t('col.department')}
          rules={[{ required: true, message: t('card.departmentRequired') }]}
        >
          <Select
            aria-label={t('col.department')}
            showSearch={{ optionFilterProp: 'label' }}
            options={props.departments.map((d) => ({ value: d.id, label: d.name }))}
          />
        </Form.Item>
        <Form.Item name="color" label={t('card.color')} rules={[{ required: true }]}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'yellow', label: t('card.yellow') },
              { value: 'red', label: t('card.red') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="trigger"
          label={t('card.trigger')}
          rules={[{ required: true, message: t('card.triggerRequired') }]}
        >
          <Select
            aria-label={t('card.trigger')}
            options={CARD_TRIGGERS.map((k) => ({ value: k, label: t(`trigger.${k}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('card.description')}
          rules={[{ required: true, whitespace: true, message: t('card.descriptionRequired') }]}
        >
          <Input.TextArea aria-label={t('card.description')} autoSize={{ minRows: 3 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
