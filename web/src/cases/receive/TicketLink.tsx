import { Alert, Checkbox, Select, Space, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { problemText } from '../../admin/lib/problem';
import { get } from '../../shared/api';
import type { Workbench } from '../../staff-desk/types';
import { useCasesT } from '../lib/use-cases';

export interface TicketChoice {
  windowId: string | null;
  ticketId: string | null;
}

/**
 * Link the case to the queue ticket being served at my window (from its workbench), so the queue and
 * the case can be traced to each other. Only shown to users with a window.
 */
export function TicketLink(props: {
  windowIds: string[];
  value: TicketChoice;
  onChange: (v: TicketChoice) => void;
  disabled?: boolean;
}) {
  const t = useCasesT();
  const { windowIds, value, onChange } = props;
  const windowId = value.windowId;
  const [wb, setWb] = useState<{ windowId: string; data?: Workbench; error?: string } | null>(null);

  useEffect(() => {
    if (!windowId) return;
    let live = true;
    get<Workbench>(`/api/v1/windows/${encodeURIComponent(windowId)}/workbench`).then(
      (data) => live && setWb({ windowId, data }),
      (e: unknown) => live && setWb({ windowId, error: problemText(e) }),
    );
    return () => {
      live = false;
    };
  }, [windowId]);

  const current = wb?.windowId === windowId ? wb.data?.current : undefined;
  const serving = current && (current.status === 'called' || current.status === 'serving') ? current : null;

  // pre-select the ticket in hand when the workbench arrives
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the ticket in hand changes
  useEffect(() => {
    if (serving && value.ticketId === null && !props.disabled) onChange({ windowId, ticketId: serving.id });
  }, [serving?.id]);

  if (windowIds.length === 0) return null;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {windowIds.length > 1 && (
        <Select
          aria-label={t('ticket.window')}
          value={windowId ?? undefined}
          disabled={props.disabled}
          onChange={(id: string) => onChange({ windowId: id, ticketId: null })}
          options={windowIds.map((id) => ({
            value: id,
            label: wb?.windowId === id && wb.data ? t('ticket.windowNo', { n: wb.data.window.number }) : id,
          }))}
          style={{ minWidth: 200 }}
        />
      )}
      {wb?.error && <Alert type="warning" showIcon title={wb.error} />}
      {serving ? (
        <Checkbox
          checked={value.ticketId === serving.id}
          disabled={props.disabled}
          onChange={(e) => onChange({ windowId, ticketId: e.target.checked ? serving.id : null })}
        >
          {t('ticket.link', { number: serving.number })} <Tag>{serving.businessTypeName}</Tag>
          {serving.idNumberMasked && <span className="yz-muted">{serving.idNumberMasked}</span>}
        </Checkbox>
      ) : (
        wb?.data && <span className="yz-muted">{t('ticket.none', { n: wb.data.window.number })}</span>
      )}
    </Space>
  );
}
