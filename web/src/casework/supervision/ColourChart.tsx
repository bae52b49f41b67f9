import type { PieSeriesOption } from 'echarts/charts';
import { PieChart } from 'echarts/charts';
import type { AriaComponentOption, LegendComponentOption, TooltipComponentOption } from 'echarts/components';
import { AriaComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import type { Colour } from '../types';

use([PieChart, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

type Option = ComposeOption<PieSeriesOption | TooltipComponentOption | LegendComponentOption | AriaComponentOption>;

const FILL: Record<Colour, string> = { green: '#52c41a', yellow: '#faad14', red: '#f5222d' };

/** The running cases by light, as a doughnut (lazily loaded: ECharts stays out of the other pages). */
export default function ColourChart(props: {
  counts: Record<Colour, number>;
  names: Record<Colour, string>;
  label: string;
}) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  const { counts, names } = props;

  useEffect(() => {
    const node = el.current;
    if (!node) return;
    const c = init(node, undefined, { renderer: 'svg', height: 220, width: node.clientWidth || 320 });
    chart.current = c;
    const resize = () => c.resize({ width: node.clientWidth || 320, height: 220 });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    observer?.observe(node);
    return () => {
      observer?.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    const order: Colour[] = ['green', 'yellow', 'red'];
    const option: Option = {
      aria: { enabled: true },
      tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['45%', '70%'],
          center: ['50%', '45%'],
          label: { formatter: '{b} {c}' },
          data: order.map((c) => ({ name: names[c], value: counts[c], itemStyle: { color: FILL[c] } })),
        },
      ],
    };
    chart.current?.setOption(option, { notMerge: true });
  }, [counts, names]);

  return (
    <figure aria-label={props.label} style={{ margin: 0 }}>
      <div ref={el} style={{ width: '100%', height: 220 }} />
    </figure>
  );
}
