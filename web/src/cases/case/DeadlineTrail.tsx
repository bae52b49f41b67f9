import { Alert, Descriptions, Tag } from 'antd';
import { isoWeekday } from '../../../../src/domain/calendar-date';
import { shanghaiToday } from '../lib/dates';
import { ColourTag } from '../lib/tags';
import { type TrailCell, type TrailCellState, trailTotals, trailWeeks } from '../lib/trail';
import { useCasesT } from '../lib/use-cases';
import type { CaseDeadline } from '../types';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const LEGEND: TrailCellState[] = ['start', 'counted', 'makeup', 'weekend', 'holiday', 'paused'];

/**
 * The deadline explained day by day 时限计算明细: a calendar from the acceptance day to the due date;
 * each date says whether it counted (with its number), or was a weekend, a holiday, a make-up
 * workday (counted) or paused. Shows the calendar version and warns when it is provisional.
 */
export function DeadlineTrail(props: { deadline: CaseDeadline; acceptedOn: string | null; today?: string }) {
  const t = useCasesT();
  const { deadline } = props;
  const today = props.today ?? shanghaiToday();
  const weeks = trailWeeks(props.acceptedOn, deadline.trail, deadline.dueOn, today);
  const totals = trailTotals(deadline.trail);

  return (
    <section aria-labelledby="yz-trail-title" className="yz-trail">
      <h3 id="yz-trail-title" className="yz-case-h3">
        {t('trail.title')}
      </h3>
      {deadline.provisional && (
        <Alert
          type="warning"
          showIcon
          title={t('trail.provisional')}
          description={t('trail.provisionalHint')}
          style={{ marginBottom: 12 }}
          data-testid="trail-provisional"
        />
      )}
      {deadline.openPause && (
        <Alert
          type="info"
          showIcon
          title={t('trail.openPause')}
          style={{ marginBottom: 12 }}
          data-testid="trail-open-pause"
        />
      )}
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} className="yz-trail-summary">
        <Descriptions.Item label={t('trail.dueOn')}>
          <strong>{deadline.dueOn}</strong> <ColourTag colour={deadline.colour} />
        </Descriptions.Item>
        <Descriptions.Item label={t('trail.used')}>
          {t('unit.workdays', { n: deadline.usedWorkingDays })}
        </Descriptions.Item>
        <Descriptions.Item label={t('trail.remaining')}>
          <span className={deadline.remainingWorkingDays < 0 ? 'yz-danger' : undefined}>
            {deadline.remainingWorkingDays < 0
              ? t('trail.overdueBy', { n: -deadline.remainingWorkingDays })
              : t('unit.workdays', { n: deadline.remainingWorkingDays })}
          </span>
        </Descriptions.Item>
        <Descriptions.Item label={t('trail.calendar')}>
          <span data-testid="trail-calendar">{deadline.calendarVersion}</span>
          {deadline.provisional && (
            <Tag color="orange" style={{ marginLeft: 8 }}>
              {t('trail.provisionalTag')}
            </Tag>
          )}
        </Descriptions.Item>
      </Descriptions>

      <ul className="yz-trail-legend" aria-label={t('trail.legend')}>
        {LEGEND.map((s) => (
          <li key={s}>
            <span className={`yz-trail-swatch is-${s}`} aria-hidden />
            {t(`trail.state.${s}`)}
            {s !== 'start' && <span className="yz-muted"> × {totals[s]}</span>}
          </li>
        ))}
      </ul>

      <div className="yz-trail-scroll">
        <table className="yz-trail-grid" data-testid="deadline-trail">
          <caption className="yz-visually-hidden">{t('trail.caption')}</caption>
          <thead>
            <tr>
              {WEEKDAYS.map((d) => (
                <th key={d} scope="col" className={d >= 6 ? 'is-weekend-col' : undefined}>
                  {t(`weekday.${d}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.find((c) => c !== null)?.date}>
                {week.map((cell, i) =>
                  cell ? (
                    <TrailDayCell key={cell.date} cell={cell} />
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: padding cells of one week, fixed positions
                    <td key={`pad-${i}`} className="is-pad" />
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function TrailDayCell({ cell }: { cell: TrailCell }) {
  const t = useCasesT();
  const [, m, d] = cell.date.split('-');
  const e = cell.entry;
  const label = cellLabel(cell, t);
  const classes = [
    'yz-trail-day',
    `is-${cell.state}`,
    e?.paused && cell.state !== 'paused' ? 'in-pause' : '',
    e?.extension ? 'is-extension' : '',
    cell.isDue ? 'is-due' : '',
    cell.isToday ? 'is-today' : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <td
      className={classes}
      data-date={cell.date}
      data-state={cell.state}
      title={`${cell.date} ${t(`weekday.${isoWeekday(cell.date)}`)} · ${label}`}
    >
      <div className="yz-trail-date">
        {cell.showMonth ? t('trail.monthDay', { m: Number(m), d: Number(d) }) : Number(d)}
      </div>
      <div className="yz-trail-label">{label}</div>
      {cell.isDue && <div className="yz-trail-flag">{t('trail.dueFlag')}</div>}
      {cell.isToday && !cell.isDue && <div className="yz-trail-flag is-today-flag">{t('trail.today')}</div>}
    </td>
  );
}

function cellLabel(cell: TrailCell, t: ReturnType<typeof useCasesT>): string {
  const e = cell.entry;
  const name = e?.name ? ` ${e.name}` : '';
  switch (cell.state) {
    case 'start':
      return t('trail.state.start');
    case 'counted':
      return t('trail.dayN', { n: e?.n ?? '' }) + (e?.extension ? t('trail.extensionMark') : '');
    case 'makeup':
      return `${t('trail.makeupShort')}${name} · ${t('trail.dayN', { n: e?.n ?? '' })}`;
    case 'weekend':
      return t('trail.state.weekend') + (e?.paused ? ` · ${t('trail.inPause')}` : '');
    case 'holiday':
      return (name.trim() || t('trail.state.holiday')) + (e?.paused ? ` · ${t('trail.inPause')}` : '');
    case 'paused':
      return t('trail.state.paused');
  }
}
