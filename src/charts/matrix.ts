/**
 * Grid charts: principle × city findings, and a responsibility table's functions × cities.
 * Each cell is a mark that carries its meaning in text and pattern, never colour alone.
 */
import { esc, r1, rolePatterns, svgShell, type ChartText } from './svg';

export interface GridColumn {
  id: string;
  label: string;
}
export interface GridCell {
  /** Short words inside the cell (e.g. "shared", "lead unknown"). */
  lines: string[];
  /** `filled` (solid), `hatched`, `empty` (outline) or `none` (a dash: not applicable). */
  pattern: 'filled' | 'hatched' | 'empty' | 'none';
  /** The cell's full meaning for assistive technology. */
  label: string;
  href?: string | undefined;
}
export interface GridRow {
  id: string;
  label: string;
  cells: GridCell[];
}

const W = 640;
const CELL_H = 46;
const HEAD = 30;

export function gridChart(text: ChartText, columns: readonly GridColumn[], rows: readonly GridRow[], labelWidth = 200): string {
  const colW = (W - labelWidth) / columns.length;
  const heads = columns
    .map((c, i) => `<text class="c-head" x="${r1(labelWidth + i * colW + colW / 2)}" y="20" text-anchor="middle">${esc(c.label)}</text>`)
    .join('');
  const body = rows
    .map((row, ri) => {
      const y = HEAD + ri * CELL_H;
      const label = `<text class="c-label" x="${labelWidth - 8}" y="${y + CELL_H / 2 + 4}" text-anchor="end">${esc(row.label)}</text>`;
      const cells = row.cells
        .map((cell, ci) => {
          const x = labelWidth + ci * colW;
          const box =
            cell.pattern === 'none'
              ? `<line class="c-axis" x1="${r1(x + colW / 2 - 8)}" x2="${r1(x + colW / 2 + 8)}" y1="${y + 14}" y2="${y + 14}"/>`
              : `<rect class="c-cell c-cell--${cell.pattern}" x="${r1(x + 4)}" y="${y + 4}" width="${r1(colW - 8)}" height="${CELL_H - 8}"${cell.pattern === 'hatched' ? ` fill="url(#${text.id}-shared)"` : ''}/>`;
          // One <text> with a line per <tspan>, spaced, so the cell reads as words ("sole lead stated").
          const words =
            cell.lines.length === 0
              ? ''
              : `<text class="c-cell-text${cell.pattern === 'filled' ? ' c-cell-text--inverse' : ''}" x="${r1(x + colW / 2)}" y="${y + 20}" text-anchor="middle">` +
                cell.lines.map((l, li) => `<tspan x="${r1(x + colW / 2)}" dy="${li === 0 ? 0 : 13}">${esc(li < cell.lines.length - 1 ? `${l} ` : l)}</tspan>`).join('') +
                '</text>';
          // The accessible name starts with the words shown in the cell (WCAG 2.5.3, label in name).
          const name = cell.lines.length > 0 ? `${cell.lines.join(' ')}: ${cell.label}` : cell.label;
          const mark = `<g data-mark data-row="${esc(row.id)}"><title>${esc(name)}</title>${box}${words}</g>`;
          return cell.href ? `<a href="${esc(cell.href)}" aria-label="${esc(name)}">${mark}</a>` : mark;
        })
        .join('');
      return label + cells;
    })
    .join('');
  const interactive = rows.some((r) => r.cells.some((c) => c.href));
  return svgShell(text, W, HEAD + rows.length * CELL_H + 6, `${rolePatterns(text.id)}${heads}${body}`, interactive);
}
