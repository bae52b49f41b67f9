import type { BarSeriesOption } from 'echarts/charts';
import { BarChart } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only what the statistics page draws: bar charts on a grid, with tooltip, legend and an aria description.
use([BarChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer]);

export type ChartOption = ComposeOption<
  BarSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | AriaComponentOption
>;

/** One ECharts chart (SVG renderer), resized with its box and disposed on unmount. */
export function EChart({ option, height = 300, label }: { option: ChartOption; height?: number; label: string }) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);
  const latest = useRef(option);

  useEffect(() => {
    const node = el.current;
    if (!node) return;
    const c = init(node, undefined, { renderer: 'svg', height, width: node.clientWidth || 600 });
    chart.current = c;
    c.setOption(withAria(latest.current), { notMerge: true });
    const resize = () => c.resize({ width: node.clientWidth || 600, height });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(resize);
    observer?.observe(node);
    window.addEventListener('resize', resize);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', resize);
      c.dispose();
      chart.current = null;
    };
  }, [height]);

  useEffect(() => {
    latest.current = option;
    chart.current?.setOption(withAria(option), { notMerge: true });
  }, [option]);

  return (
    <figure className="yz-chart" aria-label={label} style={{ margin: 0 }}>
      <div ref={el} style={{ width: '100%', height }} />
    </figure>
  );
}

/** ECharts' aria component writes a text description of the data for screen readers. */
const withAria = (option: ChartOption): ChartOption => ({ aria: { enabled: true }, ...option });
