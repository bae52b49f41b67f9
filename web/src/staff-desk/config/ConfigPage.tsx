import { Tabs, Typography } from 'antd';
import { useParams, useSearchParams } from 'react-router-dom';
import { LoadError } from '../../admin/lib/Page';
import { useSession } from '../../admin/lib/session';
import { useLoad } from '../../admin/lib/use-load';
import { useDeskT } from '../lib/use-desk';
import type { BusinessType } from '../types';
import { BusinessTypesTab } from './BusinessTypesTab';
import { SettingsTab } from './SettingsTab';
import { WindowMatrixTab } from './WindowMatrixTab';

const TABS = ['types', 'windows', 'settings'] as const;

/** 排队配置 /desk/config/:hallId — business types, which windows serve them, queue and booking rules. */
export default function ConfigPage() {
  const t = useDeskT();
  const { hallId = '' } = useParams();
  const { halls } = useSession();
  const [search, setSearch] = useSearchParams();
  const tab = TABS.find((x) => x === search.get('tab')) ?? 'types';
  const types = useLoad<BusinessType[]>(`/api/v1/halls/${encodeURIComponent(hallId)}/business-types`);
  const hallName = halls.find((h) => h.id === hallId)?.name ?? '';

  return (
    <div className="yz-desk-page">
      <div className="yz-desk-page-head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('config.title')} {hallName && `· ${hallName}`}
        </Typography.Title>
      </div>
      {types.error !== undefined && <LoadError error={types.error} onRetry={types.reload} />}
      <div className="yz-desk-panel">
        <Tabs
          activeKey={tab}
          onChange={(k) => setSearch({ tab: k }, { replace: true })}
          items={[
            {
              key: 'types',
              label: t('config.tabTypes'),
              children: (
                <BusinessTypesTab hallId={hallId} types={types.data} loading={types.loading} onChanged={types.reload} />
              ),
            },
            {
              key: 'windows',
              label: t('config.tabWindows'),
              children: <WindowMatrixTab hallId={hallId} types={types.data} onChanged={types.reload} />,
            },
            { key: 'settings', label: t('config.tabSettings'), children: <SettingsTab hallId={hallId} /> },
          ]}
        />
      </div>
    </div>
  );
}
