import { ExportOutlined } from '@ant-design/icons';
import { Card, Empty, Typography } from 'antd';
import { formatTime } from '../lib/dates';
import { useAdminT } from '../lib/use-admin';
import type { ItemVersion } from '../types';

/** Published versions 发布历史, newest first, each linking to its public page. */
export function VersionList({ itemId, versions }: { itemId: string; versions: ItemVersion[] }) {
  const t = useAdminT();
  const sorted = [...versions].sort((a, b) => b.version - a.version);
  return (
    <Card size="small" title={t('versions.title')}>
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('versions.empty')} />
      ) : (
        <ul className="yz-versions">
          {sorted.map((v) => (
            <li key={v.version}>
              <div>
                <strong>{t('versions.item', { version: v.version })}</strong>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('versions.by', { who: v.publishedBy ?? t('audit.system'), at: formatTime(v.publishedAt) })}
                  </Typography.Text>
                </div>
              </div>
              <a href={`/items/${itemId}/v/${v.version}`} target="_blank" rel="noreferrer">
                {t('versions.view')} <ExportOutlined />
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
