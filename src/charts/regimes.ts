/**
 * The welfare-regime typology as a chart: the regimes as columns (a sub-type as a band
 * inside its parent), each city as a row with a dot in its regime — a hybrid as a bar that
 * spans both of its regimes, labelled as such.
 */
import { esc, r1, svgShell, tspans, twoLines, type ChartText } from './svg';

export interface RegimeColumn {
  id: string;
  name: string;
  parent?: string | undefined;
}
export interface RegimeCity {
  id: string;
  name: string;
  regimes: string[];
  href: string;
}

const W = 640;
const LEFT = 110;
const HEAD = 84;
const ROW = 40;

export function regimeChart(text: ChartText, regimes: readonly RegimeColumn[], cities: readonly RegimeCity[], hybridLabel: string): string {
  const tops = regimes.filter((r) => !r.parent);
  const colW = (W - LEFT - 8) / tops.length;
  const x = new Map<string, number>();
  const heads: string[] = [];
  tops.forEach((top, i) => {
    const x0 = LEFT + i * colW;
    const subs = regimes.filter((r) => r.parent === top.id);
    x.set(top.id, x0 + (subs.length > 0 ? colW / 4 : colW / 2));
    heads.push(`<rect class="c-band${i % 2 ? ' c-band--alt' : ''}" x="${r1(x0)}" y="0" width="${r1(colW)}" height="${HEAD + cities.length * ROW}"/>` +
      `<text class="c-head" x="${r1(x0 + colW / 2)}" y="18" text-anchor="middle">${tspans(twoLines(top.name), x0 + colW / 2)}</text>`);
    subs.forEach((s) => {
      x.set(s.id, x0 + (colW * 3) / 4);
      heads.push(`<rect class="c-subband" x="${r1(x0 + colW / 2)}" y="40" width="${r1(colW / 2)}" height="${HEAD - 40 + cities.length * ROW}"/>` +
        `<text class="c-subhead" x="${r1(x0 + (colW * 3) / 4)}" y="54" text-anchor="middle">${tspans(twoLines(s.name, 10), x0 + (colW * 3) / 4, 12)}</text>`);
    });
  });
  const rows = cities
    .map((c, i) => {
      const y = HEAD + i * ROW + ROW / 2;
      const xs = c.regimes.map((r) => x.get(r)!).sort((a, b) => a - b);
      const hybrid = xs.length > 1;
      const span = hybrid ? `<line class="c-hybrid" x1="${r1(xs[0]!)}" x2="${r1(xs.at(-1)!)}" y1="${y}" y2="${y}"/>` : '';
      const dots = xs.map((cx) => `<circle class="c-dot" cx="${r1(cx)}" cy="${y}" r="7"/>`).join('');
      const tag = hybrid ? `<text class="c-tick" x="${r1((xs[0]! + xs.at(-1)!) / 2)}" y="${y - 10}" text-anchor="middle">${esc(hybridLabel)}</text>` : '';
      return `<a href="${esc(c.href)}" aria-label="${esc(c.name)}"><g data-mark data-row="${esc(c.id)}"><text class="c-label" x="${LEFT - 10}" y="${y + 4}" text-anchor="end">${esc(c.name)}</text>${span}${dots}${tag}</g></a>`;
    })
    .join('');
  return svgShell(text, W, HEAD + cities.length * ROW + 8, `${heads.join('')}${rows}`, true);
}
