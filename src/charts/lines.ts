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
  return svgShell(text, variant, H, `${grid}${xLabels}${paths}${endLabels(series, rows, x, y, { left, right: W, top: 0, bottom: bottom - 2 })}`);
}

type Box = { x0: number; x1: number; y0: number; y1: number };
const touches = (a: Box, b: Box, pad: number) => a.x0 < b.x1 + pad && b.x0 < a.x1 + pad && a.y0 < b.y1 + pad && b.y0 < a.y1 + pad;

/** Small boxes along every drawn line, so names can be kept off the lines. */
function lineObstacles(series: readonly LineSeries[], rows: readonly LineRow[], x: (k: string) => number | undefined, y: (v: number) => number): Box[] {
  const boxes: Box[] = [];
  for (const s of series) {
    for (let i = 0; i < rows.length; i++) {
      const a = valueOf(rows[i]!, s.key);
      if (a === null) continue;
      const ax = x(rows[i]!.key)!;
      const ay = y(a);
      boxes.push({ x0: ax - 3, x1: ax + 3, y0: ay - 3, y1: ay + 3 });
      const b = i + 1 < rows.length ? valueOf(rows[i + 1]!, s.key) : null;
      if (b === null) continue;
      const bx = x(rows[i + 1]!.key)!;
      const by = y(b);
      const steps = Math.ceil(Math.hypot(bx - ax, by - ay) / 4);
      for (let k = 1; k < steps; k++) {
        const px = ax + ((bx - ax) * k) / steps;
        const py = ay + ((by - ay) * k) / steps;
        boxes.push({ x0: px - 1.5, x1: px + 1.5, y0: py - 1.5, y1: py + 1.5 });
      }
    }
  }
  return boxes;
}

/**
 * Each series named at its last value: right of the point if the name fits there, else
 * right-aligned just above or below it, else the nearest free place above or below. A place is
 * free when it stays in the plot and touches neither another name nor a line; if no place is
 * free of lines, the first that is free of names is used (names never overlap).
 */
function endLabels(series: readonly LineSeries[], rows: readonly LineRow[], x: (k: string) => number | undefined, y: (v: number) => number, plot: { left: number; right: number; top: number; bottom: number }): string {
  if (series.length > 4) return '';
  const lines = lineObstacles(series, rows, x, y);
  const placed: Box[] = [];
  return series
    .map((s, si) => {
      const last = [...rows].reverse().find((r) => valueOf(r, s.key) !== null);
      if (!last) return '';
      const px = x(last.key)!;
      const py = y(valueOf(last, s.key)!);
      const candidates: Array<{ box: Box; lines: string[]; anchor: 'start' | 'end'; tx: number }> = [];
      const beside = plot.right - px - 8;
      if (beside >= 60) {
        const ls = wrap(s.label, FONT.label, beside);
        const w = Math.max(...ls.map((l) => textWidth(l, FONT.label)));
        const h = ls.length * LINE;
        if (w <= beside) candidates.push({ box: { x0: px + 8, x1: px + 8 + w, y0: py - h / 2, y1: py + h / 2 }, lines: ls, anchor: 'start', tx: px + 8 });
      }
      const ls = wrap(s.label, FONT.label, Math.min(px - plot.left, (plot.right - plot.left) * 0.6));
      const w = Math.max(...ls.map((l) => textWidth(l, FONT.label)));
      const h = ls.length * LINE;
      const ys = [py - 8 - h, py + 8];
      for (let step = 1; step * LINE < plot.bottom - plot.top; step++) ys.push(py - 8 - h - step * LINE, py + 8 + step * LINE);
      for (const y0 of ys) candidates.push({ box: { x0: px - w, x1: px, y0, y1: y0 + h }, lines: ls, anchor: 'end', tx: px });
      const inPlot = (b: Box) => b.y0 >= plot.top && b.y1 <= plot.bottom && b.x0 >= plot.left && b.x1 <= plot.right;
      const freeOfNames = (b: Box) => !placed.some((p) => touches(b, p, 3));
      const pick =
        candidates.find((c) => inPlot(c.box) && freeOfNames(c.box) && !lines.some((l) => touches(c.box, l, 2))) ??
        candidates.find((c) => inPlot(c.box) && freeOfNames(c.box)) ??
        candidates[0]!;
      placed.push(pick.box);
      return `<text class="c-label c-end s${si}" x="${r1(pick.tx)}" y="${r1(pick.box.y0 + 12)}"${pick.anchor === 'end' ? ' text-anchor="end"' : ''}>${tspans(pick.lines, pick.tx, LINE)}</text>`;
    })
    .join('');
}

export const lineChart = (text: ChartText, series: readonly LineSeries[], rows: readonly LineRow[], format: (n: number) => string): string =>
  bothVariants((variant) => draw(text, series, rows, format, variant));
