import { Alert, AutoComplete, DatePicker, Form, Modal, Radio } from 'antd';
import dayjs from 'dayjs';
import { useEffect } from 'react';
import { useAdminT } from '../lib/use-admin';
import { type EditKind, type GridDay, HOLIDAY_NAMES } from './grid';

export interface DayEdit {
  from: string;
  to: string;
  kind: EditKind;
  name: string;
}

/**
 * Set a date (or a run of dates up to `to`) as a holiday 放假, a make-up workday 调休上班 (weekends only),
 * or back to the weekday rule.
 */
export function DayEditDialog(props: {
  day: GridDay | null;
  year: number;
  onCancel: () => void;
  onApply: (edit: DayEdit) => void;
}) {
  const t = useAdminT();
  const [form] = Form.useForm<{ to: dayjs.Dayjs; kind: EditKind; name: string }>();
  const kind = Form.useWatch('kind', form);
  const day = props.day;

  useEffect(() => {
    if (!day) return;
    form.resetFields();
    form.setFieldsValue({
      to: dayjs(day.date),
      kind: day.kind === 'holiday' || day.kind === 'makeup' ? day.kind : day.weekday >= 6 ? 'makeup' : 'holiday',
      name: day.name ?? '',
    });
  }, [day, form]);

  return (
    <Modal
      open={day !== null}
      title={day ? t('calendar.editDay', { date: day.date }) : ''}
      okText={t('calendar.apply')}
      cancelText={t('common.cancel')}
      onCancel={props.onCancel}
      onOk={() => form.submit()}
      forceRender
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          day && props.onApply({ from: day.date, to: v.to.format('YYYY-MM-DD'), kind: v.kind, name: v.name ?? '' })
        }
      >
        <Form.Item name="kind" label={t('calendar.setAs')}>
          <Radio.Group
            optionType="button"
            buttonStyle="solid"
            options={[
              { value: 'holiday', label: t('calendar.kind.holiday') },
              { value: 'makeup', label: t('calendar.kind.makeup') },
              { value: 'normal', label: t('calendar.normal') },
            ]}
          />
        </Form.Item>
        {kind !== 'normal' && (
          <Form.Item
            name="name"
            label={t('calendar.name')}
            rules={[{ required: true, whitespace: true, message: t('calendar.nameRequired') }, { max: 20 }]}
          >
            <AutoComplete
              aria-label={t('calendar.name')}
              options={HOLIDAY_NAMES.map((n) => ({ value: n }))}
              filterOption={(input, option) => !input || (option?.value ?? '').includes(input)}
              placeholder={t('calendar.namePlaceholder')}
            />
          </Form.Item>
        )}
        <Form.Item name="to" label={t('calendar.through')} extra={t('calendar.throughHint')}>
          <DatePicker
            allowClear={false}
            aria-label={t('calendar.through')}
            disabledDate={(d) => !day || d.year() !== props.year || d.format('YYYY-MM-DD') < day.date}
          />
        </Form.Item>
        {kind === 'makeup' && <Alert type="info" showIcon title={t('calendar.makeupHint')} />}
      </Form>
    </Modal>
  );
}
