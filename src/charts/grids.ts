/**
 * Matrix-like charts as HTML, so their words wrap instead of shrinking: a real <table>
 * (rows × columns, headers scoped) that CSS turns into one card per row on narrow screens,
 * each cell then showing its column's name. Meaning is carried by words and symbols; colour
 * and border only repeat it. Pure: data in, markup out.
 */
import { esc } from './svg';

export interface MatrixColumn {
  id: string;
  label: string;
}
/** A piece of a cell's content, shown on its own line. */
export interface CellPart {
  text: string;
  /** Class suffix for styling the part (`symbol`, `word`, `bodies`, `lead`, `gist`…). */
  kind: string;
  /** Marks a symbol that only repeats the words beside it (hidden from screen readers). */
  decorative?: boolean;
}
export interface MatrixCell {
  /** The data row this cell draws (the first column of the chart's download); none for an empty cell. */
  key?: string | undefined;
  /** Class suffix: what kind of cell this is (`reported`, `not-reported`, `sole`, `empty`…). */
  tone: string;
  parts: CellPart[];
  /** Where the cell's passage is; the whole cell links there. */
  href?: string | undefined;
}
export interface MatrixRow {
  id: string;
  label: string;
  href?: string | undefined;
  cells: MatrixCell[];
}
export interface KeyItem {
  symbol?: string;
  tone?: string;
  text: string;
}
export interface Matrix {
  /** Names the table for assistive technology (the figure's title). */
  caption: string;
  /** Heading of the row-label column. */
  corner: string;
  columns: readonly MatrixColumn[];
  rows: readonly MatrixRow[];
  /** The key, said once under the grid. */
  key: readonly KeyItem[];
  /** Class suffix for the grid (sets its column widths and the width where it stacks). */
  name: string;
}

const part = (p: CellPart) =>
  `<span class="mx-part mx-part--${esc(p.kind)}"${p.decorative ? ' aria-hidden="true"' : ''}>${esc(p.text)}</span>`;

export function keyList(items: readonly KeyItem[]): string {
  if (items.length === 0) return '';
  return (
    '<ul class="chart-key">' +
    items
      .map((k) => `<li${k.tone ? ` class="chart-key__item--${esc(k.tone)}"` : ''}>${k.symbol ? `<span class="chart-key__symbol" aria-hidden="true">${esc(k.symbol)}</span> ` : ''}${esc(k.text)}</li>`)
      .join('') +
    '</ul>'
  );
}

export function matrixChart(m: Matrix): string {
  const head = `<thead><tr><th scope="col" class="mx-corner">${esc(m.corner)}</th>${m.columns.map((c) => `<th scope="col">${esc(c.label)}</th>`).join('')}</tr></thead>`;
  const body = m.rows
    .map((r) => {
      const label = r.href ? `<a href="${esc(r.href)}">${esc(r.label)}</a>` : esc(r.label);
      const cells = r.cells
        .map((c, i) => {
          const colhead = `<span class="mx-colhead" aria-hidden="true">${esc(m.columns[i]!.label)}</span>`;
          const inner = c.parts.map(part).join('');
          const content = c.href ? `<a class="mx-link" href="${esc(c.href)}">${inner}</a>` : inner;
          const mark = c.key === undefined ? '' : ` data-mark data-row="${esc(c.key)}"`;
          return `<td class="mx-cell mx-cell--${esc(c.tone)}"${mark}>${c.parts.length > 0 ? colhead : ''}${content}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${label}</th>${cells}</tr>`;
    })
    .join('');
  return `<table class="mx mx--${esc(m.name)}"><caption class="visually-hidden">${esc(m.caption)}</caption>${head}<tbody>${body}</tbody></table>${keyList(m.key)}`;
}

export interface FactCard {
  key: string;
  /** The number, formatted, with its unit. */
  value: string;
  label: string;
  caption: string;
  href?: string | undefined;
  linkText?: string | undefined;
}

/** Headline numbers that do not share a scale, each on its own card with its value in words. */
export const factCards = (cards: readonly FactCard[]): string =>
  '<ul class="fact-cards">' +
  cards
    .map(
      (c) =>
        `<li class="fact-card" data-mark data-row="${esc(c.key)}"><p class="fact-card__value">${esc(c.value)}</p>` +
        `<p class="fact-card__label">${esc(c.label)}</p><p class="fact-card__caption">${esc(c.caption)}</p>` +
        (c.href ? `<p class="fact-card__more"><a href="${esc(c.href)}">${esc(c.linkText ?? c.label)}</a></p>` : '') +
        '</li>',
    )
    .join('') +
  '</ul>';
