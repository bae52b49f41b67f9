import { Alert, App, Button, Empty, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { LoadError } from '../../admin/lib/Page';
import { problemText } from '../../admin/lib/problem';
import { useLoad } from '../../admin/lib/use-load';
import { put } from '../../shared/api';
import { WindowStatusTag } from '../lib/tags';
import { useDeskT } from '../lib/use-desk';
import type { BusinessType, DeskWindow } from '../types';

/** What a window does with a type: not served, preferred (优先), or served only when preferred ones are empty (兼办). */
export type Serve = 'none' | 'preferred' | 'also';
/** windowId → businessTypeId → serve */
export type Matrix = Record<string, Record<string, Serve>>;

/** The matrix as the business types list reports it. */
export function matrixOf(types: BusinessType[]): Matrix {
  const m: Matrix = {};
  for (const b of types)
    for (const w of b.windows) {
      m[w.windowId] ??= {};
      m[w.windowId][b.id] = w.preferred ? 'preferred' : 'also';
    }
  return m;
}

/** The PUT body for one window. */
export function bodyFor(row: Record<string, Serve> | undefined): {
  types: { businessTypeId: string; preferred: boolean }[];
} {
  return {
    types: Object.entries(row ?? {})
      .filter(([, s]) => s !== 'none')
      .map(([businessTypeId, s]) => ({ businessTypeId, preferred: s === 'preferred' })),
  };
}

const same = (a: Record<string, Serve> | undefined, b: Record<string, Serve> | undefined) =>
  JSON.stringify(bodyFor(a).types.sort((x, y) => x.businessTypeId.localeCompare(y.businessTypeId))) ===
  JSON.stringify(bodyFor(b).types.sort((x, y) => x.businessTypeId.localeCompare(y.businessTypeId)));

/** Window ↔ business type matrix with preferred flags; changed rows are saved with PUT per window. */
export function WindowMatrixTab(props: { hallId: string; types: BusinessType[] | undefined; onChanged: () => void }) {
  const t = useDeskT();
  const { message } = App.useApp();
  const windows = useLoad<DeskWindow[]>(`/api/v1/halls/${encodeURIComponent(props.hallId)}/windows`);
  const saved = useMemo(() => matrixOf(props.types ?? []), [props.types]);
  const [draft, setDraft] = useState<Matrix>(saved);
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  useEffect(() => setDraft(saved), [saved]);

  const types = [...(props.types ?? [])].sort((a, b) => a.sortOrder - b.sortOrder || a.prefix.localeCompare(b.prefix));
  const rows = windows.data ?? [];
  const dirty = rows.filter((w) => !same(draft[w.id], saved[w.id])).map((w) => w.id);

  const set = (windowId: string, typeId: string, s: Serve) =>
    setDraft((d) => ({ ...d, [windowId]: { ...(d[windowId] ?? {}), [typeId]: s } }));

  const save = async () => {
    setBusy(true);
    const failed: string[] = [];
    for (const id of dirty) {
      try {
        await put(`/api/v1/windows/${encodeURIComponent(id)}/business-types`, bodyFor(draft[id]));
      } catch (e) {
        const w = rows.find((x) => x.id === id);
        failed.push(`${t('common.windowNo', { n: w?.number ?? id })}：${problemText(e, t('common.networkError'))}`);
      }
    }
    setBusy(false);
    setErrors(failed);
    if (failed.length === 0) void message.success(t('common.saved'));
    props.onChanged();
  };

  if (windows.error) return <LoadError error={windows.error} onRetry={windows.reload} />;
  if (props.types && props.types.length === 0) return <Empty description={t('config.noTypesYet')} />;

  return (
    <>
      <div className="yz-desk-toolbar">
        <Typography.Text type="secondary">{t('config.matrixHint')}</Typography.Text>
        <Space>
          <Button disabled={dirty.length === 0 || busy} onClick={() => setDraft(saved)}>
            {t('config.discard')}
          </Button>
          <Button type="primary" disabled={dirty.length === 0} loading={busy} onClick={save}>
            {t('config.saveMatrix', { n: dirty.length })}
          </Button>
        </Space>
      </div>
      {errors.length > 0 && (
        <Alert
          type="error"
          showIcon
          title={t('config.matrixFailed')}
          description={errors.join('；')}
          style={{ marginBottom: 12 }}
        />
      )}
      <Table<DeskWindow>
        rowKey="id"
        size="small"
        loading={windows.loading && !windows.data}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 200 + types.length * 120 }}
        rowClassName={(w) => (dirty.includes(w.id) ? 'yz-row-dirty' : '')}
        columns={[
          {
            title: t('config.window'),
            key: 'window',
            fixed: 'left',
            width: 200,
            render: (_v, w) => (
              <Space size={4} wrap>
                <strong>{t('common.windowNo', { n: w.number })}</strong>
                <span className="yz-muted">{w.name}</span>
                {w.status !== 'open' && <WindowStatusTag status={w.status} />}
              </Space>
            ),
          },
          ...types.map((b) => ({
            title: (
              <span title={b.name}>
                <Tag color="red">{b.prefix}</Tag>
                {b.name}
              </span>
            ),
            key: b.id,
            width: 120,
            render: (_v: unknown, w: DeskWindow) => {
              const v = draft[w.id]?.[b.id] ?? 'none';
              return (
                <Select<Serve>
                  size="small"
                  value={v}
                  aria-label={t('config.cellLabel', { window: w.number, type: b.name })}
                  onChange={(s) => set(w.id, b.id, s)}
                  className={`yz-serve yz-serve-${v}`}
                  style={{ width: 96 }}
                  options={[
                    { value: 'none', label: t('config.serveNone') },
                    { value: 'preferred', label: t('config.servePreferred') },
                    { value: 'also', label: t('config.serveAlso') },
                  ]}
                />
              );
            },
          })),
        ]}
      />
    </>
  );
}
