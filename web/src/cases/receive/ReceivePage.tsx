import { Alert, App, Button, Card, Descriptions, Form, Space, Spin, Tag, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { isUnauthenticated, problemText } from '../../admin/lib/problem';
import { useSession } from '../../admin/lib/session';
import type { PublishedGuideView } from '../../public/types';
import { get, post } from '../../shared/api';
import { afterDecisionPath, casePath } from '../lib/paths';
import { useCasesT } from '../lib/use-cases';
import type { CaseView, DocumentKind, ReceiveInput } from '../types';
import { ApplicantFields, type ApplicantValues } from './ApplicantFields';
import { ItemPicker, type PickedItem } from './ItemPicker';
import {
  canAccept,
  guideRows,
  type MaterialCheck,
  MaterialChecklist,
  missingNotes,
  needsSupplements,
  positionOf,
} from './MaterialChecklist';
import { RejectDialog, type RejectValues } from './RejectDialog';
import { type TicketChoice, TicketLink } from './TicketLink';

type Decision = 'accept' | 'immediate' | 'supplements' | 'reject';

/**
 * 收件/受理 /desk/cases/new: pick the item, enter the applicant, link the ticket, check the materials of the
 * published guide, then decide — 受理 (acceptance notice with the promised date), 一次性告知 (one-time
 * notice of every missing or defective material), 不予受理 (with reason and where to go instead);
 * 即办件 are accepted and finished in one step.
 */
export function ReceivePage() {
  const t = useCasesT();
  const { me, expire } = useSession();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<ApplicantValues>();
  // `?itemId=` preselects the item (e.g. a link from the guide or the workbench)
  const [item, setItem] = useState<PickedItem | null>(() => {
    const id = params.get('itemId');
    return id ? { id, name: '' } : null;
  });
  const [guide, setGuide] = useState<{ itemId: string; data?: PublishedGuideView; error?: string } | null>(null);
  const [checks, setChecks] = useState<MaterialCheck[]>([]);
  const [ticket, setTicket] = useState<TicketChoice>(() => {
    const w = params.get('windowId');
    return {
      windowId: w && me.windowIds.includes(w) ? w : (me.windowIds[0] ?? null),
      ticketId: params.get('ticketId'),
    };
  });
  const [created, setCreated] = useState<CaseView | null>(null);
  const [busy, setBusy] = useState<Decision | null>(null);
  const busyRef = useRef(false);
  const [error, setError] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [showNoteErrors, setShowNoteErrors] = useState(false);

  useEffect(() => {
    if (!item) return;
    let live = true;
    setGuide({ itemId: item.id });
    get<PublishedGuideView>(`/api/v1/public/items/${encodeURIComponent(item.id)}`).then(
      (data) => {
        if (!live) return;
        setGuide({ itemId: item.id, data });
        setChecks(data.materials.map(() => ({ state: 'missing', note: '' })));
      },
      (e: unknown) => live && setGuide({ itemId: item.id, error: problemText(e, t('common.networkError')) }),
    );
    return () => {
      live = false;
    };
  }, [item, t]);

  const g = guide?.itemId === item?.id ? guide?.data : undefined;
  const materials = g?.materials ?? [];
  const rows = g ? guideRows(g.materials, t) : [];
  const locked = created !== null;
  const acceptable = g !== undefined && canAccept(materials, checks);
  const incomplete = g !== undefined && needsSupplements(materials, checks);

  /** Receive once (收件), then every decision works on that case. */
  async function ensureCase(): Promise<CaseView> {
    if (created) return created;
    const v = await form.validateFields();
    if (!g || !item) throw new Error(t('receive.pickItem'));
    const body: ReceiveInput = {
      itemId: item.id,
      applicant: {
        type: v.type,
        name: v.name.trim(),
        idNumber: v.idNumber.trim().toUpperCase(),
        ...(v.type === 'enterprise' ? { legalRepresentative: v.legalRepresentative?.trim() } : {}),
        phone: v.phone.trim(),
      },
      ...(v.agentName?.trim() ? { agentName: v.agentName.trim() } : {}),
      ...(ticket.ticketId ? { ticketId: ticket.ticketId } : {}),
      ...(ticket.windowId ? { windowId: ticket.windowId } : {}),
      materials: checks.map((c, i) => ({
        position: positionOf(i),
        state: c.state,
        ...(c.note.trim() ? { note: c.note.trim() } : {}),
      })),
    };
    const c = await post<CaseView>(`/api/v1/halls/${encodeURIComponent(me.hallId)}/cases`, body);
    setCreated(c);
    for (const w of c.warnings ?? []) void message.warning(w);
    return c;
  }

  async function decide(kind: Decision, extra?: RejectValues) {
    if (busyRef.current) return;
    if (missingNotes(checks).length > 0) {
      setShowNoteErrors(true);
      setError(t('materials.noteRequired'));
      return;
    }
    busyRef.current = true;
    setBusy(kind);
    setError(null);
    try {
      const c = await ensureCase();
      const base = `/api/v1/cases/${encodeURIComponent(c.id)}`;
      let r: CaseView;
      let doc: DocumentKind | null;
      if (kind === 'accept' || kind === 'immediate') {
        r = await post<CaseView>(`${base}/accept`, { rowVersion: c.rowVersion, immediate: kind === 'immediate' });
        doc = kind === 'immediate' ? null : 'acceptance';
      } else if (kind === 'supplements') {
        r = await post<CaseView>(`${base}/request-supplements`, {
          rowVersion: c.rowVersion,
          materials: checks.map((m, i) => ({ position: positionOf(i), state: m.state, note: m.note.trim() })),
        });
        doc = 'one_time';
      } else {
        r = await post<CaseView>(`${base}/reject`, { rowVersion: c.rowVersion, ...extra });
        doc = 'not_accepted';
      }
      void message.success(t(`receive.done.${kind}`, { number: r.number }));
      navigate(afterDecisionPath(r, doc));
    } catch (e) {
      // a form validation failure has `errorFields`; antd shows those beside the fields
      if (!(e && typeof e === 'object' && 'errorFields' in e)) {
        if (isUnauthenticated(e)) expire();
        setError(problemText(e, t('common.networkError')));
      }
    } finally {
      busyRef.current = false;
      setBusy(null);
      setRejecting(false);
    }
  }

  const immediate = g?.kind === 'immediate';
  return (
    <div className="yz-desk-page yz-receive">
      <div className="yz-desk-page-head">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('receive.title')}
        </Typography.Title>
        {created && <Link to={casePath(created.id)}>{t('receive.openCase', { number: created.number })}</Link>}
      </div>
      {created && (
        <Alert
          type="info"
          showIcon
          title={t('receive.receivedAlready', { number: created.number })}
          style={{ marginBottom: 16 }}
        />
      )}

      <Card title={t('receive.step.item')} size="small" className="yz-receive-card">
        <ItemPicker
          hallId={me.hallId}
          value={item}
          valueName={g?.name}
          disabled={locked}
          onChange={(it) => {
            setItem(it);
            setChecks([]);
          }}
        />
        {guide?.error && <Alert type="error" showIcon title={guide.error} style={{ marginTop: 12 }} />}
        {item && !g && !guide?.error && <Spin style={{ display: 'block', marginTop: 12 }} />}
        {g && (
          <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 12 }} data-testid="item-facts">
            <Descriptions.Item label={t('receive.department')}>{g.departmentName}</Descriptions.Item>
            <Descriptions.Item label={t('receive.kind')}>
              <Tag>{t(`kind.${g.kind}`)}</Tag>
            </Descriptions.Item>
            <Descriptions.Item label={t('receive.limits')}>
              {g.kind === 'immediate' ? t('receive.immediateLimit') : t('receive.promisedDays', { n: g.promisedDays })}
              {g.statutoryDays !== null && ` · ${t('receive.statutoryDays', { n: g.statutoryDays })}`}
            </Descriptions.Item>
            <Descriptions.Item label={t('receive.version')}>
              {t('receive.versionNo', { n: g.version })}
            </Descriptions.Item>
          </Descriptions>
        )}
      </Card>

      <Form form={form} layout="vertical" disabled={locked} className="yz-receive-form" requiredMark>
        <Card title={t('receive.step.applicant')} size="small" className="yz-receive-card">
          <ApplicantFields disabled={locked} />
          {me.windowIds.length > 0 && (
            <Form.Item label={t('receive.ticket')} style={{ marginBottom: 0 }}>
              <TicketLink windowIds={me.windowIds} value={ticket} onChange={setTicket} disabled={locked} />
            </Form.Item>
          )}
        </Card>
      </Form>

      <Card title={t('receive.step.materials')} size="small" className="yz-receive-card">
        {!g ? (
          <span className="yz-muted">{t('receive.pickItemFirst')}</span>
        ) : materials.length === 0 ? (
          <span className="yz-muted">{t('materials.none')}</span>
        ) : (
          <MaterialChecklist
            materials={rows}
            checks={checks}
            onChange={setChecks}
            disabled={locked}
            showNoteErrors={showNoteErrors}
          />
        )}
      </Card>

      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} data-testid="receive-error" />}

      <div className="yz-receive-decide">
        <Space wrap size="middle">
          {immediate && (
            <Tooltip title={acceptable ? undefined : t('decide.needComplete')}>
              <Button
                type="primary"
                size="large"
                disabled={!acceptable}
                loading={busy === 'immediate'}
                onClick={() => void decide('immediate')}
              >
                {t('decide.immediate')}
              </Button>
            </Tooltip>
          )}
          {!immediate && (
            <Tooltip title={acceptable ? undefined : t('decide.needComplete')}>
              <Button
                type="primary"
                size="large"
                disabled={!acceptable}
                loading={busy === 'accept'}
                onClick={() => void decide('accept')}
              >
                {t('decide.accept')}
              </Button>
            </Tooltip>
          )}
          <Tooltip title={incomplete ? undefined : t('decide.nothingMissing')}>
            <Button
              size="large"
              disabled={!incomplete}
              loading={busy === 'supplements'}
              onClick={() => void decide('supplements')}
            >
              {t('decide.oneTime')}
            </Button>
          </Tooltip>
          <Button size="large" danger disabled={!g} loading={busy === 'reject'} onClick={() => setRejecting(true)}>
            {t('decide.reject')}
          </Button>
        </Space>
        <div className="yz-muted" style={{ marginTop: 8 }}>
          {t('decide.hint')}
        </div>
      </div>

      <RejectDialog
        open={rejecting}
        busy={busy === 'reject'}
        onCancel={() => setRejecting(false)}
        onSubmit={(v) => void decide('reject', v)}
      />
    </div>
  );
}
