/** Horizontal bar chart: one bar per row; a row without a value gets a visible "not given" mark. */
import { scaleLinear } from 'd3-scale';
import { max } from 'd3-array';
import { esc, r1, svgShell, type ChartText } from './svg';

export interface BarDatum {
  key: string;
  label: string;
  value: number | null;
}

export interface BarOptions {
  /** Formats a value for its label, in the page's locale. */
  format: (n: number) => string;
  /** Text for a row whose value the source does not give. */
  missing: string;
}

const ROW = 24;
const CHAR = 6.6;
const MAX_LABEL = 34;

const clip = (s: string) => (s.length > MAX_LABEL ? `${s.slice(0, MAX_LABEL - 1)}…` : s);

export function barChart(text: ChartText, data: readonly BarDatum[], options: BarOptions): string {
  const labelWidth = Math.min(MAX_LABEL, Math.max(...data.map((d) => d.label.length), 4)) * CHAR + 12;
  const width = 640;
  const top = 8;
  const height = top + data.length * ROW + 8;
  const values = data.map((d) => d.value).filter((v): v is number => v !== null);
  const lo = Math.min(0, ...values);
  const x = scaleLinear().domain([lo, max(values) ?? 1]).nice().range([labelWidth, width - 70]);
  const zero = x(0);
  const rows = data
    .map((d, i) => {
      const y = top + i * ROW;
      const label = `<text class="c-label" x="${r1(labelWidth - 8)}" y="${y + 16}" text-anchor="end">${d.label.length > MAX_LABEL ? `<title>${esc(d.label)}</title>` : ''}${esc(clip(d.label))}</text>`;
      if (d.value === null) {
        return `${label}<g class="c-missing" data-mark data-row="${esc(d.key)}"><rect x="${r1(zero)}" y="${y + 5}" width="12" height="${ROW - 10}" fill="none" stroke="currentColor" stroke-dasharray="2 2"/>` +
          `<text class="c-value" x="${r1(zero + 18)}" y="${y + 16}">${esc(options.missing)}</text></g>`;
      }
      const x0 = Math.min(zero, x(d.value));
      const w = Math.abs(x(d.value) - zero);
      return `${label}<rect class="c-bar" data-mark data-row="${esc(d.key)}" x="${r1(x0)}" y="${y + 4}" width="${r1(w)}" height="${ROW - 8}"/>` +
        `<text class="c-value" x="${r1(Math.max(zero, x(d.value)) + 6)}" y="${y + 16}">${esc(options.format(d.value))}</text>`;
    })
    .join('');
  const axis = `<line class="c-axis" x1="${r1(zero)}" x2="${r1(zero)}" y1="${top}" y2="${height - 8}"/>`;
  return svgShell(text, width, height, `${rows}${axis}`);
}
