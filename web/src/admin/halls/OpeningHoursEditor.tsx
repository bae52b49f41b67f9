import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Space, TimePicker, Typography } from 'antd';
import dayjs from 'dayjs';
import { useAdminT } from '../lib/use-admin';
import type { OpeningDay } from '../types';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7];
const STANDARD: OpeningDay['sessions'] = [
  { start: '08:30', end: '12:00' },
  { start: '14:00', end: '17:30' },
];
const MAX_SESSIONS = 3;

type Session = OpeningDay['sessions'][number];

/** Does every session end after it starts? ('HH:MM' strings compare in time order.) */
export function sessionsValid(value: OpeningDay[]): boolean {
  return value.every((d) => d.sessions.every((s) => s.start < s.end));
}

/** Opening hours per ISO weekday (1 = Monday), each day closed or with up to three sessions. */
export function OpeningHoursEditor(props: { value?: OpeningDay[]; onChange?: (v: OpeningDay[]) => void }) {
  const t = useAdminT();
  const value = props.value ?? [];
  const sessionsOf = (wd: number) => value.find((d) => d.weekday === wd)?.sessions ?? [];
  const setDay = (wd: number, sessions: Session[]) => {
    const others = value.filter((d) => d.weekday !== wd);
    const next = sessions.length > 0 ? [...others, { weekday: wd, sessions }] : others;
    props.onChange?.(next.sort((a, b) => a.weekday - b.weekday));
  };

  return (
    <div className="yz-hours">
      <Button
        size="small"
        onClick={() =>
          props.onChange?.([
            ...WEEKDAYS.filter((wd) => wd <= 5).map((wd) => ({
              weekday: wd,
              sessions: STANDARD.map((s) => ({ ...s })),
            })),
            ...value.filter((d) => d.weekday > 5),
          ])
        }
      >
        {t('hall.workdayPreset')}
      </Button>
      <table>
        <tbody>
          {WEEKDAYS.map((wd) => {
            const sessions = sessionsOf(wd);
            const open = sessions.length > 0;
            return (
              <tr key={wd}>
                <th scope="row">{t(`weekday.${wd}`)}</th>
                <td style={{ width: 90 }}>
                  <Checkbox
                    checked={open}
                    onChange={(e) => setDay(wd, e.target.checked ? STANDARD.map((s) => ({ ...s })) : [])}
                  >
                    {open ? t('hall.open') : t('hall.closed')}
                  </Checkbox>
                </td>
                <td>
                  <Space wrap>
                    {sessions.map((s, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: sessions are plain values; their position is their identity
                      <Space.Compact key={`${wd}-${i}`}>
                        <TimePicker.RangePicker
                          format="HH:mm"
                          minuteStep={5}
                          allowClear={false}
                          aria-label={`${t(`weekday.${wd}`)} ${i + 1}`}
                          status={s.start < s.end ? undefined : 'error'}
                          value={[dayjs(s.start, 'HH:mm'), dayjs(s.end, 'HH:mm')]}
                          onChange={(r) => {
                            if (!r?.[0] || !r[1]) return;
                            const next = sessions.map((x, j) =>
                              j === i ? { start: r[0]!.format('HH:mm'), end: r[1]!.format('HH:mm') } : x,
                            );
                            setDay(wd, next);
                          }}
                        />
                        <Button
                          aria-label={t('common.remove')}
                          icon={<MinusCircleOutlined />}
                          onClick={() =>
                            setDay(
                              wd,
                              sessions.filter((_x, j) => j !== i),
                            )
                          }
                        />
                      </Space.Compact>
                    ))}
                    {open && sessions.length < MAX_SESSIONS && (
                      <Button
                        type="dashed"
                        size="small"
                        icon={<PlusOutlined />}
                        onClick={() => setDay(wd, [...sessions, { start: '18:00', end: '20:00' }])}
                      >
                        {t('hall.addSession')}
                      </Button>
                    )}
                  </Space>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {!sessionsValid(value) && <Typography.Text type="danger">{t('hall.sessionOrder')}</Typography.Text>}
    </div>
  );
}
