/** Small helpers shared by the chart functions: escaping, rounding and the accessible SVG shell. */

export const esc = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Coordinates with one decimal: enough for the eye, stable for snapshots. */
export const r1 = (n: number): number => Math.round(n * 10) / 10;

export interface ChartText {
  /** Base for the ids inside the SVG (title, desc, patterns); unique on the page. */
  id: string;
  /** Short title, read first by screen readers. */
  title: string;
  /** The text alternative: what the chart shows, in a sentence or two. */
  desc: string;
}

/**
 * The outer `<svg>`: a `viewBox` so it scales, `<title>` and `<desc>` as its accessible name
 * and description. Charts whose marks are links use role="group" so the links stay reachable;
 * the others are a single image (role="img").
 */
export function svgShell(text: ChartText, width: number, height: number, body: string, interactive = false): string {
  const role = interactive ? 'group' : 'img';
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" class="chart-svg" role="${role}" ` +
    `aria-labelledby="${text.id}-title" aria-describedby="${text.id}-desc">` +
    `<title id="${text.id}-title">${esc(text.title)}</title><desc id="${text.id}-desc">${esc(text.desc)}</desc>${body}</svg>`
  );
}

/** Role patterns drawn with currentColor, so meaning never rests on colour and prints in black. */
export const rolePatterns = (id: string): string =>
  `<defs><pattern id="${id}-shared" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
  `<line x1="0" y1="0" x2="0" y2="6" stroke="currentColor" stroke-width="2"/></pattern></defs>`;

/** Splits a label into at most two lines at a hyphen or space, for narrow column heads. */
export function twoLines(label: string, max = 14): string[] {
  if (label.length <= max) return [label];
  const hyphen = label.indexOf('-');
  if (hyphen > 0 && hyphen < label.length - 1) return [label.slice(0, hyphen + 1), label.slice(hyphen + 1)];
  const space = label.lastIndexOf(' ', Math.ceil(label.length / 2) + 3);
  if (space > 0) return [label.slice(0, space), label.slice(space + 1)];
  const cut = Math.ceil(label.length / 2);
  return [`${label.slice(0, cut)}-`, label.slice(cut)];
}

/** `<tspan>`s for a multi-line label centred on x. */
export const tspans = (lines: string[], x: number, lineHeight = 13): string =>
  lines.map((l, i) => `<tspan x="${r1(x)}" dy="${i === 0 ? 0 : lineHeight}">${esc(l)}</tspan>`).join('');
