/** Part-of-a-whole bars for key figures that have different units: each bar is its own 0–100 % scale. */
import { esc, r1, svgShell, type ChartText } from './svg';

export interface Proportion {
  key: string;
  label: string;
  part: number;
  whole: number;
  /** The figure in words, e.g. "500 of 750 jobs". */
  caption: string;
}

const W = 640;
const ROW = 62;
const LEFT = 16;

export function proportionChart(text: ChartText, data: readonly Proportion[]): string {
  const width = W - LEFT * 2;
  const body = data
    .map((d, i) => {
      const y = 8 + i * ROW;
      const share = Math.max(0, Math.min(1, d.part / d.whole));
      return `<g data-mark data-row="${esc(d.key)}"><text class="c-label" x="${LEFT}" y="${y + 14}">${esc(d.label)}</text>` +
        `<rect class="c-whole" x="${LEFT}" y="${y + 22}" width="${width}" height="16"/>` +
        `<rect class="c-bar" x="${LEFT}" y="${y + 22}" width="${r1(width * share)}" height="16"/>` +
        `<text class="c-value" x="${LEFT}" y="${y + 54}">${esc(d.caption)}</text></g>`;
    })
    .join('');
  return svgShell(text, W, 8 + data.length * ROW, body);
}
