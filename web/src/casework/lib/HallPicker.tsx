import { Select } from 'antd';
import { useMemo } from 'react';
import { hallsInTreeOrder, useSession } from '../../admin/lib/session';
import { useCwT } from './use-casework';

/** Which hall a ledger or supervision page shows, for users who see more than one hall. */
export function HallPicker({ value, onChange }: { value: string; onChange: (id: string) => void }) {
  const t = useCwT();
  const { halls } = useSession();
  const options = useMemo(
    () =>
      hallsInTreeOrder(halls).map(({ hall, depth }) => ({
        value: hall.id,
        label: `${'　'.repeat(depth)}${hall.name}`,
        search: `${hall.name} ${hall.shortName ?? ''} ${hall.code}`,
      })),
    [halls],
  );
  if (halls.length < 2) return null;
  return (
    <Select
      aria-label={t('common.hall')}
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{ optionFilterProp: 'search' }}
      style={{ minWidth: 220 }}
      popupMatchSelectWidth={false}
    />
  );
}
