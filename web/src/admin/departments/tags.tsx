import { Space, Tag } from 'antd';
import { useAdminT } from '../lib/use-admin';
import { POWER_KEYS, type PowerKey, type Residency } from '../types';

const RESIDENCY_COLORS: Record<Residency, string> = { resident: 'green', appointment: 'blue', withdrawn: 'red' };

/** 常驻/预约/撤离 with the date it took effect. */
export function ResidencyTag({ residency, since }: { residency: Residency; since?: string | null }) {
  const t = useAdminT();
  return (
    <Space size={4} wrap>
      <Tag color={RESIDENCY_COLORS[residency]}>{t(`residency.${residency}`)}</Tag>
      {since && <span className="yz-muted">{t('common.since', { date: since })}</span>}
    </Space>
  );
}

/** The four delegated powers 四项授权; granted ones coloured, withheld ones struck through. */
export function PowerTags({ powers }: { powers: Record<PowerKey, boolean> }) {
  const t = useAdminT();
  return (
    <Space size={[4, 4]} wrap>
      {POWER_KEYS.map((k) => (
        <Tag
          key={k}
          color={powers[k] ? 'geekblue' : undefined}
          className={powers[k] ? undefined : 'yz-tag-off'}
          title={`${t(`power.${k}`)}：${powers[k] ? t('common.yes') : t('common.no')}`}
        >
          {t(`power.${k}`)}
        </Tag>
      ))}
    </Space>
  );
}
