import { Button, DatePicker, Select, Space } from 'antd';
import dayjs from 'dayjs';
import { CASE_KINDS } from '../../../../src/domain/guide';
import { useLoad } from '../../admin/lib/use-load';
import type { Department, ItemSummary } from '../../admin/types';
import { useCwT } from '../lib/use-casework';
import { CASE_STATUSES } from '../types';
import type { LedgerFilters } from './ledger-query';

/** Date range, department, item, kind, status and on-time filters of the ledger. */
export function LedgerFilterBar(props: { hallId: string; value: LedgerFilters; onChange: (f: LedgerFilters) => void }) {
  const t = useCwT();
  const f = props.value;
  const hall = encodeURIComponent(props.hallId);
  const departments = useLoad<Department[]>(`/api/v1/halls/${hall}/departments`);
  const items = useLoad<ItemSummary[]>(`/api/v1/halls/${hall}/items`);
  const set = (patch: Partial<LedgerFilters>) => props.onChange({ ...f, ...patch });
  const itemOptions = (items.data ?? [])
    .filter((i) => !f.departmentId || i.department.id === f.departmentId)
    .map((i) => ({ value: i.id, label: i.name }));

  return (
    <Space wrap className="yz-cw-filters">
      <DatePicker.RangePicker
        aria-label={t('ledger.range')}
        allowEmpty={[true, true]}
        value={[f.from ? dayjs(f.from) : null, f.to ? dayjs(f.to) : null]}
        onChange={(v) =>
          set({ from: v?.[0]?.format('YYYY-MM-DD') ?? undefined, to: v?.[1]?.format('YYYY-MM-DD') ?? undefined })
        }
        placeholder={[t('ledger.from'), t('ledger.to')]}
      />
      <Select
        aria-label={t('col.department')}
        allowClear
        placeholder={t('col.department')}
        value={f.departmentId}
        onChange={(v: string | undefined) => set({ departmentId: v, itemId: undefined })}
        options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 200 }}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('col.item')}
        allowClear
        placeholder={t('col.item')}
        value={f.itemId}
        onChange={(v: string | undefined) => set({ itemId: v })}
        options={itemOptions}
        showSearch={{ optionFilterProp: 'label' }}
        style={{ width: 220 }}
        popupMatchSelectWidth={false}
      />
      <Select
        aria-label={t('col.kind')}
        allowClear
        placeholder={t('col.kind')}
        value={f.kind}
        onChange={(v: LedgerFilters['kind']) => set({ kind: v })}
        options={CASE_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        style={{ width: 120 }}
      />
      <Select
        aria-label={t('col.status')}
        allowClear
        placeholder={t('col.status')}
        value={f.status}
        onChange={(v: LedgerFilters['status']) => set({ status: v })}
        options={CASE_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        style={{ width: 130 }}
      />
      <Select
        aria-label={t('col.onTime')}
        allowClear
        placeholder={t('col.onTime')}
        value={f.onTime === undefined ? undefined : f.onTime ? 'yes' : 'no'}
        onChange={(v: 'yes' | 'no' | undefined) => set({ onTime: v === undefined ? undefined : v === 'yes' })}
        options={[
          { value: 'yes', label: t('ledger.onTimeYes') },
          { value: 'no', label: t('ledger.onTimeNo') },
        ]}
        style={{ width: 120 }}
      />
      <Button onClick={() => props.onChange({})}>{t('ledger.clear')}</Button>
    </Space>
  );
}
