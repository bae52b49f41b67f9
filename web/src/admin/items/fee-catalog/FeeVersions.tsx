import { Button, Card, Empty, Modal, Spin, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { formatTime } from '../../lib/dates';
import { LoadError } from '../../lib/Page';
import { useAdminT } from '../../lib/use-admin';
import { useLoad } from '../../lib/use-load';
import type { FeeCatalogVersion, FeeCatalogView, FeeLineView } from './types';

/** A catalog's lines, read-only: what a version charged and on what basis. */
export function FeeLinesTable({ lines }: { lines: FeeLineView[] }) {
  const t = useAdminT();
  return (
    <Table<FeeLineView>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={lines}
      locale={{ emptyText: t('fc.noLines') }}
      scroll={{ x: 900 }}
      columns={[
        { title: t('fc.code'), dataIndex: 'code', width: 70 },
        { title: t('fc.name'), dataIndex: 'name' },
        { title: t('fc.category'), dataIndex: 'categoryLabel', width: 130 },
        { title: t('fc.standard'), dataIndex: 'standardText', width: 170 },
        { title: t('fc.basis'), dataIndex: 'basis' },
        { title: t('fc.department'), dataIndex: 'receivingDepartmentName', width: 150 },
        {
          title: t('fc.waivable'),
          key: 'w',
          width: 160,
          render: (_v, l) => (l.waivable ? [l.waiverRules, l.waiverBasis].filter(Boolean).join('；') || '✓' : '—'),
        },
      ]}
    />
  );
}

function VersionDialog({ itemId, version, onClose }: { itemId: string; version: number; onClose: () => void }) {
  const t = useAdminT();
  const v = useLoad<FeeCatalogView>(`/api/v1/items/${itemId}/fees/versions/${version}`);
  return (
    <Modal
      open
      width={1000}
      title={t('fc.versionTitle', { version })}
      onCancel={onClose}
      footer={<Button onClick={onClose}>{t('fc.close')}</Button>}
    >
      {v.error !== undefined && <LoadError error={v.error} onRetry={v.reload} />}
      {!v.data && v.loading && <Spin />}
      {v.data && (
        <>
          <Typography.Paragraph type="secondary">
            {t('fc.versionBy', {
              who: v.data.createdByName || t('audit.system'),
              at: formatTime(v.data.createdAt),
              n: v.data.lines.length,
            })}
            {v.data.note && ` · ${v.data.note}`}
          </Typography.Paragraph>
          <FeeLinesTable lines={v.data.lines} />
        </>
      )}
    </Modal>
  );
}

/** Versions of the catalog 收费目录版本, newest first; any of them can be opened read-only. */
export function FeeVersions({ itemId, versions }: { itemId: string; versions: FeeCatalogVersion[] }) {
  const t = useAdminT();
  const [open, setOpen] = useState<number | null>(null);
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <Card size="small" title={t('fc.versions')} style={{ marginTop: 16 }}>
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('fc.noVersions')} />
      ) : (
        <ul className="yz-versions" aria-label={t('fc.versions')}>
          {sorted.map((v) => (
            <li key={v.version}>
              <div>
                <strong>{t('fc.versionItem', { version: v.version })}</strong>
                {v.isCurrent && (
                  <Tag color="green" style={{ marginLeft: 8 }}>
                    {t('fc.isCurrent')}
                  </Tag>
                )}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('fc.versionBy', {
                      who: v.createdByName || t('audit.system'),
                      at: formatTime(v.createdAt),
                      n: v.lineCount,
                    })}
                    {v.note && ` · ${v.note}`}
                  </Typography.Text>
                </div>
              </div>
              <Button
                size="small"
                onClick={() => setOpen(v.version)}
                aria-label={`${t('fc.viewVersion')} ${t('fc.versionItem', { version: v.version })}`}
              >
                {t('fc.viewVersion')}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {open !== null && <VersionDialog itemId={itemId} version={open} onClose={() => setOpen(null)} />}
    </Card>
  );
}
