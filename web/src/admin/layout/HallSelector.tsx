import { Select } from 'antd';
import { useMemo } from 'react';
import { hallsInTreeOrder, useSession } from '../lib/session';
import { useAdminT } from '../lib/use-admin';

/** Header selector of the hall the console works on; lists the halls the user may see, indented by level. */
export function HallSelector() {
  const t = useAdminT();
  const { halls, hallId, setHallId } = useSession();
  const options = useMemo(
    () =>
      hallsInTreeOrder(halls).map(({ hall, depth }) => ({
        value: hall.id,
        title: hall.name,
        label: (
          <span style={{ paddingLeft: depth * 12 }}>
            {depth > 0 ? '└ ' : ''}
            {hall.name}
          </span>
        ),
        search: `${hall.name} ${hall.shortName ?? ''} ${hall.code}`,
      })),
    [halls],
  );
  return (
    <Select
      aria-label={t('layout.hall')}
      value={halls.length > 0 ? hallId : undefined}
      onChange={setHallId}
      options={options}
      optionLabelProp="title"
      showSearch={{ optionFilterProp: 'search' }}
      style={{ minWidth: 260 }}
      popupMatchSelectWidth={false}
      loading={halls.length === 0}
    />
  );
}
