import type { QueueStats } from '../types';
import type { ChartOption } from './EChart';

type T = (key: string, vars?: Record<string, string | number>) => string;

const COLORS = ['#c0392b', '#2f6fb0', '#52a35a', '#d48806'];

/** Tickets taken and called per hour of the day (8–18 h, hall time). */
export function hourOption(s: QueueStats, t: T): ChartOption {
  const rows = [...s.byHour].sort((a, b) => a.hour - b.hour);
  return {
    color: COLORS,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: rows.map((r) => t('stats.hourLabel', { h: r.hour })) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: t('stats.taken'), data: rows.map((r) => r.taken) },
      { type: 'bar', name: t('stats.called'), data: rows.map((r) => r.called) },
    ],
  };
}

/** Average wait (take → call) and service (call → done) minutes per business type. */
export function typeTimesOption(s: QueueStats, t: T): ChartOption {
  const round = (m: number | null) => (m === null ? null : Math.round(m * 10) / 10);
  return {
    color: [COLORS[1], COLORS[2]],
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: {
      type: 'category',
      data: s.byType.map((r) => r.name),
      axisLabel: { interval: 0, overflow: 'truncate', width: 90 },
    },
    yAxis: { type: 'value', name: t('common.minUnit') },
    series: [
      { type: 'bar', name: t('stats.avgWait'), data: s.byType.map((r) => round(r.avgWaitMinutes)) },
      { type: 'bar', name: t('stats.avgService'), data: s.byType.map((r) => round(r.avgServiceMinutes)) },
    ],
  };
}
