// Chart.js for the figures, tree-shaken: only the bar chart and what it needs are registered. Imported only from
// this folder, so Chart.js stays in the back office's lazy chunk. Colours come from the app's palette.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  Tooltip,
  type Plugin,
} from 'chart.js';
import type { Tone } from './figureData';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);

export { Chart };

/** Fill and edge of each tone: [CSS variable, fallback]; light fills get a dark edge so every bar stands out. */
const TONES: Record<Tone, { fill: [string, string]; edge: [string, string] }> = {
  primary: { fill: ['--primary', '#2f6f5e'], edge: ['--primary', '#2f6f5e'] },
  soft: { fill: ['--primary-soft', '#dcebe5'], edge: ['--primary', '#2f6f5e'] },
  amber: { fill: ['--amber', '#8a5300'], edge: ['--amber', '#8a5300'] },
  red: { fill: ['--red', '#a4231b'], edge: ['--red', '#a4231b'] },
  neutral: { fill: ['--accent', '#f0c987'], edge: ['--amber', '#8a5300'] },
};

const cssValue = ([name, fallback]: [string, string]): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

Chart.defaults.font.family = cssValue(['--font', "'Noto Sans', system-ui, sans-serif"]);

export const fillOf = (tone: Tone): string => cssValue(TONES[tone].fill);
export const edgeOf = (tone: Tone): string => cssValue(TONES[tone].edge);
export const inkColour = (): string => cssValue(['--ink', '#1f2a2a']);
export const lineColour = (): string => cssValue(['--line', '#d9d3c7']);

/** A dashed line between two bars of a category axis (e.g. the PIP's ten weeks), with its label at the top. */
export const thresholdLine = (beforeIndex: number, label: string): Plugin<'bar'> => ({
  id: 'thresholdLine',
  afterDatasetsDraw(chart) {
    const x = chart.scales.x;
    if (!x || beforeIndex <= 0 || beforeIndex >= chart.data.labels!.length) return;
    const at = (x.getPixelForValue(beforeIndex - 1) + x.getPixelForValue(beforeIndex)) / 2;
    const { ctx, chartArea } = chart;
    ctx.save();
    ctx.strokeStyle = inkColour();
    ctx.fillStyle = inkColour();
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    ctx.moveTo(at, chartArea.top + 18);
    ctx.lineTo(at, chartArea.bottom);
    ctx.stroke();
    ctx.textAlign = 'center';
    ctx.font = `600 14px ${Chart.defaults.font.family ?? 'sans-serif'}`;
    ctx.fillText(label, at, chartArea.top + 12);
    ctx.restore();
  },
});
