import { Alert, Button, Form, Input, Radio, Space } from 'antd';
import { useState } from 'react';
import { useCwT } from '../lib/use-casework';
import { completionBody, type Outcome } from './review-rules';

/**
 * The opinion on one task and its outcome: 通过 for an earlier step or a joint sub-task, 准予 / 不予 for the
 * step that decides. A denial needs its reasons, and shows the sentence on the applicant's rights that the
 * decision document will carry.
 */
export function DecisionForm(props: {
  outcomes: Outcome[];
  rowVersion: number;
  busy: boolean;
  onSubmit: (body: Record<string, unknown>) => void;
}) {
  const t = useCwT();
  const [outcome, setOutcome] = useState<Outcome | undefined>(
    props.outcomes.length === 1 ? props.outcomes[0] : undefined,
  );
  const [opinion, setOpinion] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<'outcome' | 'opinion' | 'reason' | null>(null);

  const submit = () => {
    const r = completionBody(props.rowVersion, { outcome, opinion, reason });
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    props.onSubmit(r.body);
  };

  return (
    <Form layout="vertical" onFinish={submit} className="yz-cw-decision">
      <Form.Item
        label={t('review.outcome')}
        required
        validateStatus={error === 'outcome' ? 'error' : undefined}
        help={error === 'outcome' ? t('review.outcomeRequired') : undefined}
      >
        <Radio.Group
          value={outcome}
          onChange={(e) => setOutcome(e.target.value as Outcome)}
          optionType="button"
          buttonStyle="solid"
          options={props.outcomes.map((o) => ({ value: o, label: t(`outcome.${o}`) }))}
        />
      </Form.Item>
      <Form.Item
        label={t('review.opinion')}
        required
        validateStatus={error === 'opinion' ? 'error' : undefined}
        help={error === 'opinion' ? t('review.opinionRequired') : undefined}
      >
        <Input.TextArea
          aria-label={t('review.opinion')}
          value={opinion}
          onChange={(e) => setOpinion(e.target.value)}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={1000}
          placeholder={t('review.opinionPlaceholder')}
        />
      </Form.Item>
      {outcome === 'deny' && (
        <>
          <Form.Item
            label={t('review.denyReason')}
            required
            validateStatus={error === 'reason' ? 'error' : undefined}
            help={error === 'reason' ? t('review.denyReasonRequired') : t('review.denyReasonHint')}
          >
            <Input.TextArea
              aria-label={t('review.denyReason')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              autoSize={{ minRows: 3, maxRows: 8 }}
              maxLength={2000}
            />
          </Form.Item>
          <Alert
            type="info"
            showIcon
            title={t('review.rightsTitle')}
            description={t('review.rights')}
            style={{ marginBottom: 16 }}
          />
        </>
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={props.busy} danger={outcome === 'deny'}>
          {outcome ? t(`review.submit.${outcome}`) : t('review.submit')}
        </Button>
      </Space>
    </Form>
  );
}
