/**
 * Horizontal bar chart: one bar per row with its value at the end. A row without a value
 * draws no bar (nothing at zero), only the words for "not given". On the wide rendering the
 * labels sit left of the bars; on the narrow one above them, so long labels keep their width.
 */
import { scaleLinear } from 'd3-scale';
import { bothVariants, esc, FONT, r1, svgShell, textWidth, tspans, wrap, VARIANTS, type ChartText, type Variant } from './svg';

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

const LINE = 16;
const BAR = 14;
const GAP = 10;

function draw(text: ChartText, data: readonly BarDatum[], options: BarOptions, variant: Variant): string {
  const W = VARIANTS[variant];
  const values = data.map((d) => d.value).filter((v): v is number => v !== null);
  const valueRoom = Math.max(textWidth(options.missing, FONT.value), ...values.map((v) => textWidth(options.format(v), FONT.value))) + 8;
  const beside = variant === 'wide';
  const longest = Math.max(...data.map((d) => textWidth(d.label, FONT.label)));
  const labelWidth = beside ? Math.min(longest, W * 0.4) : W;
  const left = beside ? labelWidth + 10 : 0;
  const lo = Math.min(0, ...values);
  const x = scaleLinear().domain([lo, Math.max(0, ...values) || 1]).range([left + (lo < 0 ? valueRoom : 0), W - valueRoom]);
  const zero = x(0);
  let y = 4;
  const rows = data.map((d) => {
    const lines = wrap(d.label, FONT.label, labelWidth);
    const labelHeight = lines.length * LINE;
    // Wide: the bar is centred on the label block. Narrow: the label, then the bar under it.
    const barY = beside ? y + Math.max(0, (labelHeight - BAR) / 2) : y + labelHeight + 2;
    const labelY = beside ? y + Math.max(0, (BAR - labelHeight) / 2) + 12 : y + 12;
    const labelX = beside ? labelWidth : 0;
    const label = `<text class="c-label" x="${r1(labelX)}" y="${r1(labelY)}"${beside ? ' text-anchor="end"' : ''}>${tspans(lines, labelX, LINE)}</text>`;
    const valueY = r1(barY + BAR / 2 + 4);
    let mark: string;
    if (d.value === null) {
      mark = `<text class="c-value c-value--missing" data-missing data-row="${esc(d.key)}" x="${r1(zero + 4)}" y="${valueY}">${esc(options.missing)}</text>`;
    } else {
      const end = x(d.value);
      const x0 = Math.min(zero, end);
      const valueX = d.value < 0 ? end - 4 : end + 4;
      mark =
        `<rect class="c-bar" data-mark data-row="${esc(d.key)}" x="${r1(x0)}" y="${r1(barY)}" width="${r1(Math.abs(end - zero))}" height="${BAR}"/>` +
        `<text class="c-value" x="${r1(valueX)}" y="${valueY}"${d.value < 0 ? ' text-anchor="end"' : ''}>${esc(options.format(d.value))}</text>`;
    }
    const bottom = beside ? Math.max(labelHeight, BAR) : labelHeight + 2 + BAR;
    y += bottom + GAP;
    return `${label}${mark}`;
  });
  const height = y;
  const axis = `<line class="c-axis" x1="${r1(zero)}" x2="${r1(zero)}" y1="0" y2="${r1(height - GAP + 4)}"/>`;
  return svgShell(text, variant, height, `${axis}${rows.join('')}`);
}

export const barChart = (text: ChartText, data: readonly BarDatum[], options: BarOptions): string =>
  bothVariants((variant) => draw(text, data, options, variant));
