import { Button, Form, Input } from 'antd';
import { useT } from '../../shared/i18n';
import { bookingMessages } from './messages';
import type { BookingForm } from './types';
import { idNumberMessageKey, PHONE_RE } from './validation';

/** Step 3: real-name details 实名信息: name, ID number (GB 11643, checked here and on the server), phone. */
export function PersonStep({
  initial,
  serverError,
  onBack,
  onNext,
}: {
  initial: BookingForm;
  serverError: { field: keyof BookingForm | null; message: string } | null;
  onBack: (values: BookingForm) => void;
  onNext: (values: BookingForm) => void;
}) {
  const tb = useT(bookingMessages);
  const [form] = Form.useForm<BookingForm>();
  const fieldError = (f: keyof BookingForm) =>
    serverError?.field === f ? { validateStatus: 'error' as const, help: serverError.message } : {};
  return (
    <section aria-labelledby="bk-person-heading" className="yz-bk-panel">
      <h2 id="bk-person-heading" tabIndex={-1}>
        {tb('person.heading')}
      </h2>
      <p className="yz-muted">{tb('person.privacy')}</p>
      <Form<BookingForm>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) =>
          onNext({ name: v.name.trim(), idNumber: v.idNumber.trim().toUpperCase(), phone: v.phone.trim() })
        }
        className="yz-bk-form"
        requiredMark
      >
        <Form.Item
          name="name"
          label={tb('person.name')}
          rules={[{ required: true, whitespace: true, message: tb('person.nameRequired') }, { max: 50 }]}
          {...fieldError('name')}
        >
          <Input autoComplete="name" maxLength={50} />
        </Form.Item>
        <Form.Item
          name="idNumber"
          label={tb('person.idNumber')}
          rules={[
            { required: true, message: tb('person.idRequired') },
            {
              validator: async (_r, value: string | undefined) => {
                if (!value) return;
                const key = idNumberMessageKey(value.trim().toUpperCase());
                if (key) throw new Error(tb(key));
              },
            },
          ]}
          validateTrigger="onBlur"
          {...fieldError('idNumber')}
        >
          <Input autoComplete="off" maxLength={18} inputMode="text" spellCheck={false} />
        </Form.Item>
        <Form.Item
          name="phone"
          label={tb('person.phone')}
          rules={[
            { required: true, message: tb('person.phoneRequired') },
            { pattern: PHONE_RE, message: tb('person.phoneInvalid') },
          ]}
          validateTrigger="onBlur"
          {...fieldError('phone')}
        >
          <Input autoComplete="tel" inputMode="tel" maxLength={13} />
        </Form.Item>
        <div className="yz-bk-actions">
          <Button onClick={() => onBack(form.getFieldsValue())}>{tb('prev')}</Button>
          <Button type="primary" htmlType="submit">
            {tb('next')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
