import { TreeSelect } from 'antd';
import { useId, useMemo } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../shared/i18n';
import { LEVEL_KEYS } from './format';
import { buildHallTree, type HallTreeNode } from './hall-tree';
import { messages } from './messages';
import type { PublicHall } from './types';
import { usePublicGet } from './use-public-get';

interface TreeOption {
  value: string;
  label: string;
  title: React.ReactNode;
  children: TreeOption[];
}

/** Header hall picker: the hall tree (市 → 县 → 乡镇) in a searchable tree select. */
export function HallPicker({ hallId }: { hallId: string | null }) {
  const t = useT(messages);
  const navigate = useNavigate();
  const labelId = useId();
  const halls = usePublicGet<PublicHall[]>('/api/v1/public/halls');

  const treeData = useMemo(() => {
    const toOption = (n: HallTreeNode): TreeOption => ({
      value: n.value,
      label: n.label,
      title: (
        <span className="yz-hall-option">
          {n.label}
          <span className="yz-hall-level">{t(LEVEL_KEYS[n.level])}</span>
        </span>
      ),
      children: n.children.map(toOption),
    });
    return buildHallTree(halls.data ?? []).map(toOption);
  }, [halls.data, t]);

  return (
    <div className="yz-hall-picker">
      <span id={labelId} className="yz-hall-picker-label">
        {t('header.hall')}
      </span>
      <TreeSelect
        aria-labelledby={labelId}
        className="yz-hall-select"
        value={hallId && halls.data?.some((h) => h.id === hallId) ? hallId : undefined}
        placeholder={halls.loading ? t('loading') : t('header.chooseHall')}
        treeData={treeData}
        treeNodeLabelProp="label"
        treeNodeFilterProp="label"
        treeDefaultExpandAll
        showSearch
        loading={halls.loading}
        popupMatchSelectWidth={false}
        onChange={(id: string) => {
          if (id) navigate(`/halls/${id}`);
        }}
      />
    </div>
  );
}
