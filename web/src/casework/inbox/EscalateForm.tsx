import { Alert, Button, Form, Input, Select, Typography } from 'antd';
import { useSession } from '../../admin/lib/session';
import { useLoad } from '../../admin/lib/use-load';
import { useCwT } from '../lib/use-casework';

/**
 * 上报: after the first review here, forward a reported-up case to the department of the parent hall that
 * decides it. The parent's departments come from its public list (a county approver may not read the city).
 */
export function EscalateForm(props: {
  hallId: string;
  busy: boolean;
  disabled: boolean;
  onSubmit: (v: { departmentId: string; opinion: string }) => void;
}) {
  const t = useCwT();
  const { halls } = useSession();
  const parentId = halls.find((h) => h.id === props.hallId)?.parentId ?? null;
  const depts = useLoad<{ id: string; name: string }[]>(
    parentId ? `/api/v1/public/halls/${encodeURIComponent(parentId)}/departments` : null,
  );
  const parentName = halls.find((h) => h.id === parentId)?.name;
  if (!parentId) return <Alert type="warning" showIcon title={t('escalate.noParent')} />;

  return (
    <Form<{ departmentId: string; opinion?: string }>
      layout="vertical"
      onFinish={(v) => props.onSubmit({ departmentId: v.departmentId, opinion: (v.opinion ?? '').trim() })}
    >
      <Typography.Paragraph>{t('review.escalateHint')}</Typography.Paragraph>
      <Form.Item
        name="departmentId"
        label={parentName ? t('escalate.departmentOf', { hall: parentName }) : t('escalate.department')}
        rules={[{ required: true, message: t('escalate.departmentRequired') }]}
      >
        <Select
          aria-label={t('escalate.department')}
          loading={depts.loading}
          showSearch={{ optionFilterProp: 'label' }}
          options={(depts.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
      </Form.Item>
      <Form.Item name="opinion" label={t('escalate.opinion')}>
        <Input.TextArea aria-label={t('escalate.opinion')} autoSize={{ minRows: 2 }} maxLength={2000} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={props.busy} disabled={props.disabled}>
        {t('review.escalate')}
      </Button>
    </Form>
  );
}
