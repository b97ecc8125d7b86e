/**
 * Line chart over an ordered category (years, months): one line per series, a dot per value.
 * A value the source does not give is a gap: the line breaks and nothing is drawn there (never
 * a mark at zero); a note under the chart says so. Up to four series are named at the end of
 * their line instead of in a legend; series also differ by dash pattern, not colour alone.
 */
import { scaleLinear, scalePoint } from 'd3-scale';
import { line } from 'd3-shape';
import { bothVariants, esc, FONT, r1, svgShell, textWidth, tspans, wrap, VARIANTS, type ChartText, type Variant } from './svg';

export interface LineSeries {
  key: string;
  label: string;
}
export interface LineRow {
  key: string;
  label: string;
  values: Record<string, number | null>;
}

const HEIGHT = { narrow: 260, wide: 320 } as const;
const LINE = 15;

const valueOf = (r: LineRow, key: string): number | null => r.values[key] ?? null;

/** X tick indices: evenly spaced, always the first and the last, as many as fit without touching. */
function xTicks(rows: readonly LineRow[], plotWidth: number): number[] {
  const widest = Math.max(...rows.map((r) => textWidth(r.label, FONT.tick))) + 12;
  const fit = Math.max(2, Math.floor(plotWidth / widest) + 1);
  if (rows.length <= fit) return rows.map((_, i) => i);
  const step = Math.ceil((rows.length - 1) / (fit - 1));
  const ticks: number[] = [];
  for (let i = 0; i < rows.length - 1; i += step) ticks.push(i);
  // The last category always gets its label; drop the one before it if they would touch.
  const last = rows.length - 1;
  if (ticks.length > 0 && last - ticks.at(-1)! < step) ticks.pop();
  return [...ticks, last];
}

function draw(text: ChartText, series: readonly LineSeries[], rows: readonly LineRow[], format: (n: number) => string, variant: Variant): string {
  const W = VARIANTS[variant];
  const H = HEIGHT[variant];
  const all = rows.flatMap((r) => series.map((s) => valueOf(r, s.key))).filter((v): v is number => v !== null);
  const y = scaleLinear().domain([Math.min(0, ...all), Math.max(...all, 1)]).nice();
  const ticks = y.ticks(variant === 'wide' ? 5 : 4);
  const left = Math.max(...ticks.map((t) => textWidth(format(t), FONT.tick))) + 8;
  const top = 8;
  const bottom = H - 24;
  y.range([bottom, top + 40]);
  const half = textWidth(rows[0]?.label ?? '', FONT.tick) / 2;
  const x = scalePoint<string>().domain(rows.map((r) => r.key)).range([left + Math.max(8, half), W - Math.max(8, textWidth(rows.at(-1)?.label ?? '', FONT.tick) / 2)]);
  const grid = ticks
    .map((t) => `<line class="c-grid" x1="${r1(left)}" x2="${W}" y1="${r1(y(t))}" y2="${r1(y(t))}"/><text class="c-tick" x="${r1(left - 6)}" y="${r1(y(t) + 4)}" text-anchor="end">${esc(format(t))}</text>`)
    .join('');
  const xLabels = xTicks(rows, W - left)
    .map((i) => `<text class="c-tick" x="${r1(x(rows[i]!.key)!)}" y="${H - 6}" text-anchor="middle">${esc(rows[i]!.label)}</text>`)
    .join('');
  const paths = series
    .map((s, si) => {
      const d = line<LineRow>()
        .defined((r) => valueOf(r, s.key) !== null)
        .x((r) => x(r.key)!)
        .y((r) => y(valueOf(r, s.key)!))
        .digits(1)(rows as LineRow[]);
      const points = rows
        .filter((r) => valueOf(r, s.key) !== null)
        .map((r) => `<circle class="c-point s${si}" data-mark data-row="${esc(r.key)}" data-series="${esc(s.key)}" cx="${r1(x(r.key)!)}" cy="${r1(y(valueOf(r, s.key)!))}" r="2.5"><title>${esc(`${r.label}, ${s.label}: ${format(valueOf(r, s.key)!)}`)}</title></circle>`)
        .join('');
      return `<path class="c-line s${si}" d="${d ?? ''}"/>${points}`;
    })
    .join('');
  return svgShell(text, variant, H, `${grid}${xLabels}${paths}${endLabels(series, rows, x, y, W, left)}`);
}

/**
 * Each series named at its last value, right-aligned above it (so it never runs past the
 * plot), wrapped to the plot width; a label that would touch the one above moves below its point.
 */
function endLabels(series: readonly LineSeries[], rows: readonly LineRow[], x: (k: string) => number | undefined, y: (v: number) => number, W: number, left: number): string {
  if (series.length > 4) return '';
  const placed: Array<{ x0: number; x1: number; y0: number; y1: number }> = [];
  return series
    .map((s, si) => {
      const last = [...rows].reverse().find((r) => valueOf(r, s.key) !== null);
      if (!last) return '';
      const px = x(last.key)!;
      const py = y(valueOf(last, s.key)!);
      const lines = wrap(s.label, FONT.label, Math.min(px - left, W * 0.6));
      const w = Math.max(...lines.map((l) => textWidth(l, FONT.label)));
      const h = lines.length * LINE;
      const above = { x0: px - w, x1: px, y0: py - 8 - h, y1: py - 8 };
      const below = { x0: px - w, x1: px, y0: py + 8, y1: py + 8 + h };
      const hits = (b: typeof above) => placed.some((p) => b.x0 < p.x1 && p.x0 < b.x1 && b.y0 < p.y1 && p.y0 < b.y1);
      const box = hits(above) ? below : above;
      placed.push(box);
      return `<text class="c-label c-end s${si}" x="${r1(px)}" y="${r1(box.y0 + 12)}" text-anchor="end">${tspans(lines, px, LINE)}</text>`;
    })
    .join('');
}

export const lineChart = (text: ChartText, series: readonly LineSeries[], rows: readonly LineRow[], format: (n: number) => string): string =>
  bothVariants((variant) => draw(text, series, rows, format, variant));
