import { Descriptions, Drawer, Empty, Spin, Timeline, Typography } from 'antd';
import { formatTime } from '../lib/dates';
import { LoadError } from '../lib/Page';
import { useAdminT } from '../lib/use-admin';
import { useLoad } from '../lib/use-load';
import type { DepartmentDetail as Detail, Residency } from '../types';
import { PowerTags, ResidencyTag } from './tags';

const TIMELINE_COLORS: Record<Residency, string> = { resident: 'green', appointment: 'blue', withdrawn: 'red' };

/** A department's details and its residency history 进驻状态变更记录 (who, since when, why). */
export function DepartmentDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const t = useAdminT();
  const { data, loading, error, reload } = useLoad<Detail>(`/api/v1/departments/${id}`);
  const history = [...(data?.history ?? [])].sort((a, b) =>
    a.effectiveOn === b.effectiveOn
      ? b.createdAt.localeCompare(a.createdAt)
      : b.effectiveOn.localeCompare(a.effectiveOn),
  );
  return (
    <Drawer open size={640} title={data?.name ?? t('common.detail')} onClose={onClose}>
      {error !== undefined && <LoadError error={error} onRetry={reload} />}
      {loading && <Spin />}
      {data && (
        <>
          <Descriptions column={1} bordered size="small">
            <Descriptions.Item label={t('dept.name')}>
              {data.name}
              {data.shortName ? `（${data.shortName}）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label={t('dept.residency')}>
              <ResidencyTag residency={data.residency} since={data.residencySince} />
            </Descriptions.Item>
            <Descriptions.Item label={t('dept.chiefRepresentative')}>
              {data.chiefRepresentative || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('dept.powers')}>
              <PowerTags powers={data.powers} />
            </Descriptions.Item>
            <Descriptions.Item label={t('dept.delegationLetterNo')}>{data.delegationLetterNo || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('dept.delegationDate')}>{data.delegationDate ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('dept.contactPerson')}>
              {data.contactPerson || '—'} {data.contactPhone}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('dept.history')}
          </Typography.Title>
          {history.length === 0 ? (
            <Empty description={t('dept.noHistory')} />
          ) : (
            <Timeline
              items={history.map((h) => ({
                key: h.id,
                color: TIMELINE_COLORS[h.residency],
                title: h.effectiveOn,
                content: (
                  <div>
                    <strong>
                      {t('dept.historyItem', { date: h.effectiveOn, residency: t(`residency.${h.residency}`) })}
                    </strong>
                    <div>{h.reason}</div>
                    <div className="yz-muted">
                      {t('dept.recordedBy', { who: h.recordedBy ?? t('audit.system'), at: formatTime(h.createdAt) })}
                    </div>
                  </div>
                ),
              }))}
            />
          )}
        </>
      )}
    </Drawer>
  );
}
