import { EditOutlined, LeftOutlined, RightOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Input, Row, Select, Space, Spin, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { validateYearDays } from '../../../../src/domain/calendar';
import { ApiError, post, put } from '../../shared/api';
import { LoadError, Page } from '../lib/Page';
import { problemText } from '../lib/problem';
import { useSession } from '../lib/session';
import { useAdminT } from '../lib/use-admin';
import { useLoad } from '../lib/use-load';
import { DayEditDialog } from './DayEditDialog';
import { applyEdit, type DayOverride, type GridDay, monthSpans, overrideMap, sameDays } from './grid';
import { MonthGrid } from './MonthGrid';
import type { CalendarYearDetail, CalendarYearSummary, YearStatus as Status } from './types';
import { YearStatus, YearStatusTag } from './YearStatus';
import './calendar.css';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const thisYear = () =>
  Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()));

interface Draft {
  /** hall and year the draft belongs to: switching either leaves it behind */
  key: string;
  days: DayOverride[];
  status: Status;
  source: string;
}

/** 工作日历 /admin/calendar: the hall's working-day calendar per year — view, edit, confirm a provisional year. */
export default function CalendarPage() {
  const t = useAdminT();
  const { message, modal } = App.useApp();
  const { hallId, hall } = useSession();
  const [year, setYear] = useState(thisYear);
  const base = hallId ? `/api/v1/halls/${encodeURIComponent(hallId)}/calendar/years` : null;
  const years = useLoad<CalendarYearSummary[]>(base);
  const detail = useLoad<CalendarYearDetail>(base && `${base}/${year}`);
  const [rawDraft, setDraft] = useState<Draft | null>(null);
  const draftKey = `${hallId}:${year}`;
  const draft = rawDraft?.key === draftKey ? rawDraft : null;
  const [picked, setPicked] = useState<GridDay | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(undefined);
  const y = detail.data?.year === year ? detail.data : undefined;

  const days = draft?.days ?? y?.days ?? [];
  const overrides = useMemo(() => overrideMap(days), [days]);
  const changed = useMemo(() => {
    if (!draft || !y) return new Set<string>();
    const before = overrideMap(y.days);
    const out = new Set<string>();
    for (const d of draft.days) {
      const b = before.get(d.date);
      if (!b || b.kind !== d.kind || b.name !== d.name) out.add(d.date);
    }
    for (const d of y.days) if (!overrides.has(d.date)) out.add(d.date);
    return out;
  }, [draft, y, overrides]);
  const dirty =
    !!draft && !!y && (!sameDays(draft.days, y.days) || draft.status !== y.status || draft.source !== y.source);
  const provisionalYears = (years.data ?? []).filter((s) => s.status === 'provisional');
  const yearOptions = [...new Set([...(years.data ?? []).map((s) => s.year), year])].sort((a, b) => a - b);

  const goTo = (next: number) => {
    const go = () => {
      setDraft(null);
      setSaveError(undefined);
      setYear(next);
    };
    if (!dirty) return go();
    modal.confirm({
      title: t('calendar.discardTitle'),
      okText: t('calendar.discard'),
      cancelText: t('common.cancel'),
      onOk: go,
    });
  };

  const save = async () => {
    if (!draft || !y || !base) return;
    const errors = validateYearDays(year, draft.days);
    if (errors.length) {
      setSaveError(new Error(errors.join('；')));
      return;
    }
    setSaving(true);
    setSaveError(undefined);
    try {
      const saved = await put<CalendarYearDetail>(`${base}/${year}`, {
        status: draft.status,
        source: draft.source.trim() || t('calendar.sourceDefault'),
        days: draft.days,
        // the version of the hall's own entry as loaded; 0 when the hall had none (inherited or built-in year)
        version: y.origin === 'own' ? (y.version ?? 0) : 0,
      });
      detail.setData(saved);
      years.reload();
      setDraft(null);
      void message.success(t('calendar.saved'));
    } catch (e) {
      setSaveError(e);
    } finally {
      setSaving(false);
    }
  };

  const confirm = () => {
    if (!y || !base) return;
    modal.confirm({
      title: t('calendar.confirmTitle', { year }),
      content: t('calendar.confirmText'),
      okText: t('calendar.confirm'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        try {
          const saved = await post<CalendarYearDetail>(`${base}/${year}/confirm`, {
            ...(y.origin === 'own' && y.version !== null ? { version: y.version } : {}),
          });
          detail.setData(saved);
          years.reload();
          void message.success(t('calendar.confirmed'));
        } catch (e) {
          void message.error(problemText(e, t('common.networkError')));
          if (e instanceof ApiError && e.code === 'VERSION_CONFLICT') detail.reload();
        }
      },
    });
  };

  const conflict = saveError instanceof ApiError && saveError.code === 'VERSION_CONFLICT';

  return (
    <Page
      bare
      title={[t('menu.calendar'), hall?.name].filter(Boolean).join(' · ')}
      extra={
        <Space>
          <Button aria-label={t('calendar.prevYear')} icon={<LeftOutlined />} onClick={() => goTo(year - 1)} />
          <Select
            aria-label={t('calendar.year')}
            value={year}
            onChange={goTo}
            style={{ width: 150 }}
            options={yearOptions.map((v) => {
              const s = years.data?.find((x) => x.year === v);
              return {
                value: v,
                label: (
                  <Space size={4}>
                    {t('calendar.yearN', { y: v })}
                    {s && <YearStatusTag status={s.status} />}
                  </Space>
                ),
              };
            })}
          />
          <Button aria-label={t('calendar.nextYear')} icon={<RightOutlined />} onClick={() => goTo(year + 1)} />
        </Space>
      }
    >
      {years.error !== undefined && <LoadError error={years.error} onRetry={years.reload} />}
      {provisionalYears.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('calendar.provisionalYears', { years: provisionalYears.map((s) => s.year).join('、') })}
          description={t('calendar.provisionalYearsHint')}
        />
      )}
      {detail.error !== undefined && <LoadError error={detail.error} onRetry={detail.reload} />}
      {!y && detail.loading && <Spin size="large" style={{ display: 'block', margin: '10vh auto' }} />}
      {y && (
        <>
          {y.status === 'provisional' && (
            <Alert
              type="error"
              showIcon
              className="yz-cal-provisional"
              style={{ marginBottom: 16 }}
              title={t('calendar.provisionalTitle', { year })}
              description={
                y.origin === 'inherited'
                  ? t('calendar.provisionalInherited', { hall: y.definedBy?.hallName ?? '' })
                  : t('calendar.provisionalText')
              }
            />
          )}
          <Card style={{ marginBottom: 16 }}>
            <YearStatus y={y} />
            <Space wrap style={{ marginTop: 8 }}>
              {!draft && (
                <Button
                  type="primary"
                  icon={<EditOutlined />}
                  onClick={() => setDraft({ key: draftKey, days: y.days, status: y.status, source: y.source })}
                >
                  {t('calendar.edit')}
                </Button>
              )}
              {!draft && y.status === 'provisional' && y.origin !== 'inherited' && (
                <Button icon={<SafetyCertificateOutlined />} onClick={confirm}>
                  {t('calendar.confirm')}
                </Button>
              )}
            </Space>
            {draft && (
              <div className="yz-cal-editbar">
                <Typography.Text strong>{t('calendar.editing')}</Typography.Text>
                <Space wrap>
                  <span>{t('calendar.statusLabel')}</span>
                  <Select<Status>
                    aria-label={t('calendar.statusLabel')}
                    value={draft.status}
                    onChange={(status) => setDraft({ ...draft, status })}
                    style={{ width: 120 }}
                    options={[
                      { value: 'official', label: t('calendar.status.official') },
                      { value: 'provisional', label: t('calendar.status.provisional') },
                    ]}
                  />
                  <span>{t('calendar.source')}</span>
                  <Input
                    aria-label={t('calendar.source')}
                    value={draft.source}
                    onChange={(e) => setDraft({ ...draft, source: e.target.value })}
                    placeholder={t('calendar.sourcePlaceholder')}
                    maxLength={200}
                    style={{ width: 280 }}
                  />
                  <Button type="primary" loading={saving} disabled={!dirty} onClick={() => void save()}>
                    {t('common.save')}
                  </Button>
                  <Button
                    onClick={() => {
                      setDraft(null);
                      setSaveError(undefined);
                    }}
                  >
                    {t('common.cancel')}
                  </Button>
                </Space>
                <Typography.Text type="secondary">
                  {t('calendar.editHint', { n: changed.size })}
                  {y.origin !== 'own' && ` ${t('calendar.editOwnHint')}`}
                </Typography.Text>
              </div>
            )}
            {saveError !== undefined && (
              <Alert
                type="error"
                showIcon
                style={{ marginTop: 12 }}
                title={conflict ? t('calendar.conflictTitle') : t('calendar.saveFailed')}
                description={conflict ? t('calendar.conflictText') : problemText(saveError, t('common.networkError'))}
                action={
                  conflict && (
                    <Button
                      danger
                      onClick={() => {
                        setDraft(null);
                        setSaveError(undefined);
                        detail.reload();
                        years.reload();
                      }}
                    >
                      {t('calendar.reloadLatest')}
                    </Button>
                  )
                }
              />
            )}
          </Card>
          <Legend />
          <Row gutter={[16, 16]} className={`yz-cal-year${draft ? ' is-editing' : ''}`}>
            {MONTHS.map((m) => (
              <Col key={m} xs={24} sm={12} lg={8} xxl={6}>
                <div className="yz-cal-card">
                  <MonthGrid
                    year={year}
                    month={m}
                    overrides={overrides}
                    editing={!!draft}
                    changed={changed}
                    onPick={setPicked}
                  />
                  <ul className="yz-cal-spans">
                    {monthSpans(year, m, days).map((s) => (
                      <li key={s.from} className={`is-${s.kind}`}>
                        {s.from === s.to
                          ? t('calendar.spanDay', { d: Number(s.from.slice(8)) })
                          : t('calendar.spanRange', { a: Number(s.from.slice(8)), b: Number(s.to.slice(8)) })}{' '}
                        {s.name} {t(`calendar.spanKind.${s.kind}`)}
                      </li>
                    ))}
                  </ul>
                </div>
              </Col>
            ))}
          </Row>
        </>
      )}
      <DayEditDialog
        day={picked}
        year={year}
        onCancel={() => setPicked(null)}
        onApply={(edit) => {
          if (draft) setDraft({ ...draft, days: applyEdit(draft.days, edit) });
          setPicked(null);
        }}
      />
    </Page>
  );
}

function Legend() {
  const t = useAdminT();
  return (
    <Space wrap size="large" className="yz-cal-legend" aria-label={t('calendar.legend')}>
      {(['weekday', 'weekend', 'holiday', 'makeup'] as const).map((k) => (
        <Space key={k} size={6}>
          <span className={`yz-cal-swatch is-${k}`} aria-hidden />
          {t(`calendar.kind.${k}`)}
        </Space>
      ))}
    </Space>
  );
}
