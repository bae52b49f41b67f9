import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { LoadError } from '../../admin/lib/Page';
import { problemText } from '../../admin/lib/problem';
import { useSession } from '../../admin/lib/session';
import { useLoad } from '../../admin/lib/use-load';
import { put } from '../../shared/api';
import { useCwT } from '../lib/use-casework';

/** `GET/PUT /api/v1/halls/{hallId}/supervision/thresholds` (docs/api-cases.md "Colour thresholds"). */
export interface ColourThresholds {
  hallId: string;
  yellowDaysLeft: number;
  yellowSharePercent: number;
  isDefault: boolean;
  defaults: { yellowDaysLeft: number; yellowSharePercent: number };
  limits: {
    yellowDaysLeft: { min: number; max: number };
    yellowSharePercent: { min: number; max: number };
  };
  updatedAt: string | null;
  updatedByName: string | null;
}

type Values = Pick<ColourThresholds, 'yellowDaysLeft' | 'yellowSharePercent'>;

/**
 * The hall's colour thresholds 红黄灯阈值 in force; the hall manager (supervision.configure) edits them.
 * Saving reloads the supervision view (`onSaved`), whose lights follow at once.
 */
export function ThresholdsCard({ hallId, onSaved }: { hallId: string; onSaved: () => void }) {
  const t = useCwT();
  const { message } = App.useApp();
  const { can } = useSession();
  const url = `/api/v1/halls/${encodeURIComponent(hallId)}/supervision/thresholds`;
  const th = useLoad<ColourThresholds>(url);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const d = th.data;
  const mayEdit = can('supervision.configure');

  const save = async (v: Values) => {
    setBusy(true);
    try {
      // the answer is the saved rule: shown at once, not the old one until a reload returns
      const saved = await put<ColourThresholds>(url, {
        yellowDaysLeft: v.yellowDaysLeft,
        yellowSharePercent: v.yellowSharePercent,
      });
      th.setData(saved);
      setEditing(false);
      void message.success(t('th.saved'));
      onSaved();
    } catch (e) {
      void message.error(problemText(e, t('common.networkError')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card
      size="small"
      title={t('th.title')}
      data-testid="colour-thresholds"
      style={{ marginTop: 16 }}
      extra={
        mayEdit &&
        d &&
        !editing && (
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('th.edit')}
          </Button>
        )
      }
    >
      {th.error !== undefined && <LoadError error={th.error} onRetry={th.reload} />}
      {d && !editing && (
        <Space orientation="vertical" size={2}>
          <span data-testid="threshold-rule">
            {t('th.rule', { days: d.yellowDaysLeft, share: d.yellowSharePercent })}
          </span>
          <Typography.Text type="secondary">
            {d.isDefault
              ? t('th.default')
              : t('th.updated', { at: (d.updatedAt ?? '').slice(0, 10), name: d.updatedByName ?? '' })}
          </Typography.Text>
        </Space>
      )}
      {d && editing && (
        <Form<Values>
          layout="vertical"
          initialValues={{ yellowDaysLeft: d.yellowDaysLeft, yellowSharePercent: d.yellowSharePercent }}
          onFinish={(v) => void save(v)}
        >
          <Form.Item
            name="yellowDaysLeft"
            label={t('th.daysLeft')}
            extra={t('th.range', { min: d.limits.yellowDaysLeft.min, max: d.limits.yellowDaysLeft.max })}
            rules={[{ required: true, message: t('th.required') }]}
          >
            <InputNumber
              aria-label={t('th.daysLeft')}
              min={d.limits.yellowDaysLeft.min}
              max={d.limits.yellowDaysLeft.max}
              precision={0}
              suffix={t('th.days')}
            />
          </Form.Item>
          <Form.Item
            name="yellowSharePercent"
            label={t('th.share')}
            extra={t('th.range', { min: d.limits.yellowSharePercent.min, max: d.limits.yellowSharePercent.max })}
            rules={[{ required: true, message: t('th.required') }]}
          >
            <InputNumber
              aria-label={t('th.share')}
              min={d.limits.yellowSharePercent.min}
              max={d.limits.yellowSharePercent.max}
              precision={0}
              suffix="%"
            />
          </Form.Item>
          <Typography.Paragraph type="secondary">
            {t('th.defaultsHint', { days: d.defaults.yellowDaysLeft, share: d.defaults.yellowSharePercent })}
          </Typography.Paragraph>
          <Space>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('th.save')}
            </Button>
            <Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>
          </Space>
        </Form>
      )}
    </Card>
  );
}
