import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Space, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useDeskT } from '../lib/use-desk';
import type { TakeHours } from '../types';

/** The server takes at most four ticket periods a day. */
export const MAX_RANGES = 4;

/** 'HH:mm' as a dayjs on today's date, for the time picker. */
const toTime = (hhmm: string): Dayjs => {
  const [h, m] = hhmm.split(':').map(Number);
  return dayjs().hour(h).minute(m).second(0).millisecond(0);
};

/** Ticket hours 取号时段 as a form control: a list of HH:mm ranges, kept as strings. */
export function TakeHoursInput(props: { value?: TakeHours[]; onChange?: (v: TakeHours[]) => void }) {
  const t = useDeskT();
  const value = props.value ?? [];
  const set = (next: TakeHours[]) => props.onChange?.(next);
  return (
    <Space orientation="vertical" size={8}>
      {value.map((r, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: ranges are plain values; their position is their identity
        <Space.Compact key={i}>
          <TimePicker.RangePicker
            format="HH:mm"
            minuteStep={5}
            allowClear={false}
            order
            aria-label={t('config.hoursN', { n: i + 1 })}
            value={[toTime(r.start), toTime(r.end)]}
            onChange={(v) => {
              if (!v?.[0] || !v[1]) return;
              const range = { start: v[0].format('HH:mm'), end: v[1].format('HH:mm') };
              set(value.map((x, j) => (j === i ? range : x)));
            }}
          />
          <Button
            icon={<MinusCircleOutlined />}
            aria-label={t('common.remove')}
            onClick={() => set(value.filter((_x, j) => j !== i))}
          />
        </Space.Compact>
      ))}
      <Button
        type="dashed"
        icon={<PlusOutlined />}
        disabled={value.length >= MAX_RANGES}
        onClick={() =>
          set([...value, value.length === 0 ? { start: '08:30', end: '12:00' } : { start: '14:00', end: '17:30' }])
        }
      >
        {t('config.addHours')}
      </Button>
    </Space>
  );
}

/** Sorted by start; overlapping or empty ranges are reported for the form rule. */
export function takeHoursProblem(ranges: TakeHours[]): string | null {
  const sorted = [...ranges].sort((a, b) => a.start.localeCompare(b.start));
  for (let i = 0; i < sorted.length; i++) {
    if (sorted[i].start >= sorted[i].end) return `${sorted[i].start}–${sorted[i].end}`;
    if (i > 0 && sorted[i].start < sorted[i - 1].end)
      return `${sorted[i - 1].start}–${sorted[i - 1].end} / ${sorted[i].start}–${sorted[i].end}`;
  }
  return null;
}
