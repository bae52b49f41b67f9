import { useAdminT } from '../lib/use-admin';
import { type DayOverride, type GridDay, monthWeeks } from './grid';

/** One month, Monday first: weekdays plain, weekends grey, holidays red with their name, make-up days marked 班. */
export function MonthGrid(props: {
  year: number;
  month: number;
  overrides: ReadonlyMap<string, DayOverride>;
  editing: boolean;
  /** dates changed and not saved yet */
  changed: ReadonlySet<string>;
  onPick: (day: GridDay) => void;
}) {
  const t = useAdminT();
  const weeks = monthWeeks(props.year, props.month, props.overrides);
  return (
    <table className="yz-cal-month" aria-label={t('calendar.monthLabel', { y: props.year, m: props.month })}>
      <caption>{t(`calendar.month.${props.month}`)}</caption>
      <thead>
        <tr>
          {[1, 2, 3, 4, 5, 6, 7].map((w) => (
            <th key={w} scope="col" className={w >= 6 ? 'is-weekend' : undefined}>
              {t(`calendar.wd.${w}`)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={week.find((d) => d)?.date}>
            {week.map((d, i) =>
              d ? (
                <td key={d.date}>
                  <DayCell day={d} editing={props.editing} changed={props.changed.has(d.date)} onPick={props.onPick} />
                </td>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: empty cells before the 1st / after the last day
                <td key={`blank-${i}`} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DayCell({
  day,
  editing,
  changed,
  onPick,
}: {
  day: GridDay;
  editing: boolean;
  changed: boolean;
  onPick: (d: GridDay) => void;
}) {
  const t = useAdminT();
  const kindText = t(`calendar.kind.${day.kind}`);
  const label = `${day.date} ${kindText}${day.name ? ` ${day.name}` : ''}`;
  const className = `yz-cal-day is-${day.kind}${changed ? ' is-changed' : ''}`;
  const inner = (
    <>
      <span className="yz-cal-num">{day.day}</span>
      {day.kind === 'holiday' && <span className="yz-cal-badge">{t('calendar.badge.holiday')}</span>}
      {day.kind === 'makeup' && <span className="yz-cal-badge">{t('calendar.badge.makeup')}</span>}
    </>
  );
  if (!editing)
    return (
      <span className={className} title={label} data-date={day.date} data-kind={day.kind}>
        {inner}
        <span className="yz-sr-only">{label}</span>
      </span>
    );
  return (
    <button
      type="button"
      className={className}
      title={label}
      aria-label={label}
      data-date={day.date}
      data-kind={day.kind}
      onClick={() => onPick(day)}
    >
      {inner}
    </button>
  );
}
