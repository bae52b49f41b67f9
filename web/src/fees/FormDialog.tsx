import { Alert, Form, type FormInstance, Input, Modal } from 'antd';
import type { ReactNode } from 'react';
import { parseYuan } from '../../../src/domain/fee-money';
import { useFeesT } from './lib';

/** A modal around one form: OK validates and hands the values on; a refusal from the server shows on top. */
export function FormDialog<V>(props: {
  form: FormInstance<V>;
  name: string;
  title: ReactNode;
  okText: string;
  busy: boolean;
  danger?: boolean;
  okDisabled?: boolean;
  error?: string | null;
  errorTestId?: string;
  initialValues?: Partial<V>;
  onClose: () => void;
  onValid: (values: V) => void;
  before?: ReactNode;
  children: ReactNode;
}) {
  const t = useFeesT();
  return (
    <Modal
      open
      title={props.title}
      okText={props.okText}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: props.busy, danger: props.danger, disabled: props.okDisabled }}
      onCancel={props.onClose}
      onOk={() => props.form.validateFields().then(props.onValid, () => undefined)}
      destroyOnHidden
    >
      {props.error && (
        <Alert type="error" showIcon title={props.error} style={{ marginBottom: 12 }} data-testid={props.errorTestId} />
      )}
      {props.before}
      <Form name={props.name} form={props.form} layout="vertical" initialValues={props.initialValues}>
        {props.children}
      </Form>
    </Modal>
  );
}

/** A required free text (reason, basis) of at least two characters. */
export function TextField(props: { name: string; label: string; placeholder?: string }) {
  const t = useFeesT();
  return (
    <Form.Item
      name={props.name}
      label={props.label}
      rules={[{ required: true, whitespace: true, min: 2, message: t('common.required') }]}
    >
      <Input.TextArea rows={2} maxLength={500} placeholder={props.placeholder} />
    </Form.Item>
  );
}

/** An amount typed in yuan ("1,234.50"), checked to lie in [min, max] fen. */
export function YuanField(props: {
  name: string;
  label: string;
  min: number;
  max?: number;
  badText: string;
  extra?: ReactNode;
  placeholder?: string;
}) {
  return (
    <Form.Item
      name={props.name}
      label={props.label}
      extra={props.extra}
      rules={[
        {
          validator: async (_r, v: string) => {
            const fen = parseYuan(v ?? '');
            if (fen === null || fen < props.min || (props.max !== undefined && fen > props.max))
              throw new Error(props.badText);
          },
        },
      ]}
    >
      <Input inputMode="decimal" autoComplete="off" placeholder={props.placeholder} />
    </Form.Item>
  );
}
