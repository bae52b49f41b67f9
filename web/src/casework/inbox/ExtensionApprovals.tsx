import { Button, Input, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useCwT } from '../lib/use-casework';
import type { CaseExtension } from '../types';

/**
 * Extensions waiting for a decision. The chief representative records the approving head's name
 * (department head, or the government head for joint cases) and approves or refuses.
 */
export function ExtensionApprovals(props: {
  extensions: CaseExtension[];
  canDecide: boolean;
  defaultApprover: string;
  busy: boolean;
  onDecide: (ext: CaseExtension, approve: boolean, approverName: string) => void;
}) {
  const t = useCwT();
  const [names, setNames] = useState<Record<string, string>>({});
  const [missing, setMissing] = useState<string | null>(null);
  if (props.extensions.length === 0) return null;

  return (
    <List
      size="small"
      bordered
      dataSource={props.extensions}
      renderItem={(ext) => {
        const name = names[ext.id] ?? props.defaultApprover;
        const decide = (approve: boolean) => {
          if (!name.trim()) {
            setMissing(ext.id);
            return;
          }
          setMissing(null);
          props.onDecide(ext, approve, name.trim());
        };
        return (
          <List.Item>
            <Space orientation="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Tag color="orange">{t('extension.pending')}</Tag>
                <span>{t('extension.days', { n: ext.days })}</span>
                <Typography.Text type="secondary">
                  {t('extension.requestedOn', { date: ext.requestedOn })}
                </Typography.Text>
              </Space>
              <div>
                {t('extension.reason')}：{ext.reason}
              </div>
              {props.canDecide ? (
                <Space wrap>
                  <Input
                    aria-label={t('extension.approverName')}
                    placeholder={t('extension.approverName')}
                    value={name}
                    status={missing === ext.id ? 'error' : undefined}
                    onChange={(e) => setNames((m) => ({ ...m, [ext.id]: e.target.value }))}
                    style={{ width: 200 }}
                    maxLength={50}
                  />
                  <Button type="primary" loading={props.busy} onClick={() => decide(true)}>
                    {t('extension.approve')}
                  </Button>
                  <Button danger loading={props.busy} onClick={() => decide(false)}>
                    {t('extension.refuse')}
                  </Button>
                  {missing === ext.id && (
                    <Typography.Text type="danger">{t('extension.approverRequired')}</Typography.Text>
                  )}
                </Space>
              ) : (
                <Typography.Text type="secondary">{t('extension.waiting')}</Typography.Text>
              )}
            </Space>
          </List.Item>
        );
      }}
    />
  );
}
