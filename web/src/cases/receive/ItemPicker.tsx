import { Select, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import type { PublicItemRow } from '../../public/types';
import { get } from '../../shared/api';
import { useCasesT, useShowProblem } from '../lib/use-cases';

/** The chosen item; the name may be unknown yet when preselected by id. */
export interface PickedItem {
  id: string;
  name: string;
}

/**
 * Search the hall's published items 事项 (name, department, pinyin initials — the public search) and
 * pick one. Only published items can be received, so the public list is exactly the right one.
 */
export function ItemPicker(props: {
  hallId: string;
  value: PickedItem | null;
  /** the guide's name once loaded, for a preselected item */
  valueName?: string;
  onChange: (item: PickedItem | null) => void;
  disabled?: boolean;
}) {
  const t = useCasesT();
  const showProblem = useShowProblem();
  const [q, setQ] = useState('');
  const [rows, setRows] = useState<PublicItemRow[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    setLoading(true);
    const timer = setTimeout(() => {
      get<PublicItemRow[]>(`/api/v1/public/halls/${encodeURIComponent(props.hallId)}/items?q=${encodeURIComponent(q)}`)
        .then(
          (list) => live && setRows(list),
          (e: unknown) => live && showProblem(e),
        )
        .finally(() => live && setLoading(false));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [props.hallId, q, showProblem]);

  const options = rows.map((r) => ({
    value: r.id,
    label: (
      <Space size={4} wrap>
        <span>{r.name}</span>
        <span className="yz-muted">{r.department}</span>
        <Tag>{t(`kind.${r.kind}`)}</Tag>
      </Space>
    ),
    plain: r.name,
  }));
  // keep the chosen item selectable even when the current search no longer lists it
  if (props.value && !rows.some((r) => r.id === props.value?.id)) {
    const name = props.value.name || props.valueName || '…';
    options.unshift({ value: props.value.id, label: <span>{name}</span>, plain: name });
  }

  return (
    <Select
      id="yz-receive-item"
      aria-label={t('receive.item')}
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={t('receive.itemPlaceholder')}
      value={props.value?.id}
      optionLabelProp="plain"
      options={options}
      loading={loading}
      disabled={props.disabled}
      notFoundContent={loading ? t('common.loading') : t('receive.noItems')}
      onChange={(id: string) => props.onChange(rows.find((r) => r.id === id) ?? props.value)}
      style={{ width: '100%' }}
      size="large"
    />
  );
}
