// One bar chart (Chart.js on a canvas) of shaped figure data: the canvas is an image whose accessible name sums
// the figure up; the numbers themselves are in the table beside it. No animation: the back office stays calm.
import { useEffect, useRef } from 'react';
import type { BarData } from './figureData';
import { Chart, edgeOf, fillOf, inkColour, lineColour, thresholdLine } from './chartSetup';

interface Props {
  data: BarData;
  /** The accessible name: what the chart shows and its main numbers. */
  summary: string;
  horizontal?: boolean;
  stacked?: boolean;
  /** Values are percentages (axis 0–100 %). */
  percent?: boolean;
  /** A dashed line before this bar, with its label. */
  threshold?: { beforeIndex: number; label: string };
  /** Titles of the axis of the bars' names and of the axis of their values. */
  axisTitles?: { category: string; value: string };
}

const ROW_PX = 36;

export function BarChart({
  data,
  summary,
  horizontal = false,
  stacked = false,
  percent = false,
  threshold,
  axisTitles,
}: Props) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const key = JSON.stringify({ data, horizontal, stacked, percent, threshold, axisTitles });
  useEffect(() => {
    if (!canvas.current) return;
    const {
      data: bars,
      horizontal: across,
      stacked: stack,
      percent: share,
      threshold: line,
      axisTitles: titles,
    } = JSON.parse(key) as Props;
    const title = (text?: string) =>
      text ? { title: { display: true, text, color: inkColour() } } : {};
    const valueAxis = {
      stacked: stack,
      beginAtZero: true,
      grid: { color: lineColour() },
      ...title(titles?.value),
      ...(share
        ? { max: 100, ticks: { callback: (v: string | number) => `${v} %` } }
        : { ticks: { precision: 0 } }),
    };
    const categoryAxis = { stacked: stack, grid: { display: false }, ...title(titles?.category) };
    const chart = new Chart(canvas.current, {
      type: 'bar',
      data: {
        labels: bars.labels,
        datasets: bars.series.map((s) => ({
          label: s.label,
          data: s.values,
          backgroundColor: Array.isArray(s.tone) ? s.tone.map(fillOf) : fillOf(s.tone),
          borderColor: Array.isArray(s.tone) ? s.tone.map(edgeOf) : edgeOf(s.tone),
          borderWidth: 1.5,
        })),
      },
      options: {
        indexAxis: across ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        devicePixelRatio: Math.max(window.devicePixelRatio || 1, 2),
        color: inkColour(),
        font: { size: 14 },
        scales: across ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: {
            display: bars.series.length > 1,
            position: 'bottom',
            labels: { color: inkColour(), boxWidth: 18, padding: 16 },
          },
          tooltip: {
            callbacks: share
              ? { label: (item) => `${item.dataset.label ?? ''}: ${String(item.raw)} %` }
              : {},
          },
        },
        layout: { padding: { top: line ? 24 : 4 } },
      },
      plugins: line ? [thresholdLine(line.beforeIndex, line.label)] : [],
    });
    // Printing lays the page out anew: the chart follows its box there and back.
    const resize = () => chart.resize();
    window.addEventListener('beforeprint', resize);
    window.addEventListener('afterprint', resize);
    return () => {
      window.removeEventListener('beforeprint', resize);
      window.removeEventListener('afterprint', resize);
      chart.destroy();
    };
  }, [key]);
  const height = horizontal ? Math.max(180, data.labels.length * ROW_PX + 90) : 320;
  return (
    <div className="figure-chart" style={{ blockSize: `${height}px` }}>
      <canvas ref={canvas} role="img" aria-label={summary} />
    </div>
  );
}
