/**
 * Line chart over an ordered category (years, months): one line per series, a point per
 * value; a value the source does not give breaks the line and leaves a hollow mark on the axis.
 * Series differ by dash pattern as well as colour.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { esc, r1, svgShell, type ChartText } from './svg';

export interface LineSeries {
  key: string;
  label: string;
}
export interface LineRow {
  key: string;
  label: string;
  values: Record<string, number | null>;
}

const W = 640;
const H = 320;
const M = { top: 16, right: 16, bottom: 56, left: 52 };

export function lineChart(text: ChartText, series: readonly LineSeries[], rows: readonly LineRow[], format: (n: number) => string): string {
  const all = rows.flatMap((r) => series.map((s) => r.values[s.key])).filter((v): v is number => v !== null && v !== undefined);
  const y = scaleLinear().domain([Math.min(0, ...all), Math.max(...all, 1)]).nice().range([H - M.bottom, M.top]);
  const x = scalePoint<string>().domain(rows.map((r) => r.key)).range([M.left + 8, W - M.right - 8]);
  const ticks = y.ticks(5);
  const grid = ticks
    .map((t) => `<line class="c-grid" x1="${M.left}" x2="${W - M.right}" y1="${r1(y(t))}" y2="${r1(y(t))}"/><text class="c-tick" x="${M.left - 6}" y="${r1(y(t) + 4)}" text-anchor="end">${esc(format(t))}</text>`)
    .join('');
  const every = Math.ceil(rows.length / 12);
  const xLabels = rows
    .map((r, i) => (i % every === 0 ? `<text class="c-tick" x="${r1(x(r.key)!)}" y="${H - M.bottom + 16}" text-anchor="middle">${esc(r.label)}</text>` : ''))
    .join('');
  const paths = series
    .map((s, si) => {
      const d = line<LineRow>()
        .defined((r) => r.values[s.key] !== null && r.values[s.key] !== undefined)
        .x((r) => x(r.key)!)
        .y((r) => y(r.values[s.key]!))
        .digits(1)(rows as LineRow[]);
      const points = rows
        .map((r) => {
          const v = r.values[s.key];
          return v === null || v === undefined
            ? `<circle class="c-point c-point--missing" data-mark data-row="${esc(r.key)}" cx="${r1(x(r.key)!)}" cy="${r1(y.range()[0]!)}" r="3.5"><title>${esc(`${r.label}, ${s.label}: –`)}</title></circle>`
            : `<circle class="c-point s${si}" data-mark data-row="${esc(r.key)}" cx="${r1(x(r.key)!)}" cy="${r1(y(v))}" r="3"><title>${esc(`${r.label}, ${s.label}: ${format(v)}`)}</title></circle>`;
        })
        .join('');
      return `<path class="c-line s${si}" d="${d ?? ''}"/>${points}`;
    })
    .join('');
  const legend = series
    .map((s, si) => `<g transform="translate(${M.left + si * 220},${H - 14})"><line class="c-line s${si}" x1="0" x2="24" y1="-4" y2="-4"/><text class="c-tick" x="30" y="0">${esc(s.label)}</text></g>`)
    .join('');
  return svgShell(text, W, H, `${grid}${xLabels}${paths}${legend}`);
}
