import { Tag } from 'antd';
import type { EntryStatus } from '../../../../src/domain/guide';
import { useAdminT } from '../lib/use-admin';

/** 已发布 vN / 未发布 / 有未发布修改. */
export function ItemStatusTag({
  publishedVersion,
  draftDirty,
}: {
  publishedVersion: number | null;
  draftDirty: boolean;
}) {
  const t = useAdminT();
  if (publishedVersion === null) return <Tag>{t('itemStatus.unpublished')}</Tag>;
  return (
    <>
      <Tag color="green">{t('itemStatus.published', { version: publishedVersion })}</Tag>
      {draftDirty && <Tag color="orange">{t('itemStatus.dirty')}</Tag>}
    </>
  );
}

const ENTRY_COLORS: Record<EntryStatus, string | undefined> = {
  must_enter_not_entered: 'red',
  entered: 'green',
  exempted: 'gold',
  not_required: undefined,
};

/** 进驻状态; 应进未进 (must enter but has not) is red so it stands out. */
export function EntryStatusTag({ status }: { status: EntryStatus }) {
  const t = useAdminT();
  return <Tag color={ENTRY_COLORS[status]}>{t(`entry.${status}`)}</Tag>;
}
