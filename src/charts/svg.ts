/** Small helpers shared by the chart functions: escaping, rounding, text width and the accessible SVG shell. */

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
 * The two renderings of an SVG chart. Each is drawn in a viewBox as wide as the CSS pixels it
 * is shown at (at least), so text drawn at 12 units is never smaller than 12 px: the narrow one
 * for phones, the wide one from 640 px of chart width up. CSS container queries pick one.
 */
export const VARIANTS = { narrow: 300, wide: 640 } as const;
export type Variant = keyof typeof VARIANTS;

/** Font sizes in viewBox units (= CSS px at the narrowest width each variant is shown at). */
export const FONT = { label: 13, tick: 12, value: 12 } as const;

/**
 * Estimated advance width of a string in a sans-serif face, as a share of the font size.
 * Deliberately generous (DejaVu Sans, Chromium's fallback on Linux, is wide), so labels laid
 * out with it fit in any system font; the browser check in test/e2e/chart-layout proves it.
 */
export function textWidth(s: string, fontSize: number): number {
  let em = 0;
  for (const ch of s) {
    if (/[iljI.,:;'|!()[\]\s]/.test(ch)) em += 0.34;
    else if (/[mwMW%@]/.test(ch)) em += 0.92;
    else if (/[A-ZÅÄÖ0-9]/.test(ch)) em += 0.7;
    else em += 0.62;
  }
  return em * fontSize;
}

/** Breaks a label into lines no wider than `max` units (a word longer than that keeps its own line). */
export function wrap(s: string, fontSize: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of s.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize) > max) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** `<tspan>`s for a multi-line label at x. */
export const tspans = (lines: readonly string[], x: number, lineHeight: number): string =>
  lines.map((l, i) => `<tspan x="${r1(x)}" dy="${i === 0 ? 0 : lineHeight}">${esc(l)}</tspan>`).join('');

/**
 * The outer `<svg>`: a `viewBox` so it scales, `<title>` and `<desc>` as its accessible name
 * and description. Charts whose marks are links use role="group" so the links stay reachable;
 * the others are a single image (role="img").
 */
export function svgShell(text: ChartText, variant: Variant, height: number, body: string, interactive = false): string {
  const role = interactive ? 'group' : 'img';
  const id = `${text.id}-${variant}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${VARIANTS[variant]} ${r1(height)}" class="chart-svg chart-svg--${variant}" role="${role}" ` +
    `aria-labelledby="${id}-title" aria-describedby="${id}-desc">` +
    `<title id="${id}-title">${esc(text.title)}</title><desc id="${id}-desc">${esc(text.desc)}</desc>${body}</svg>`
  );
}

/** Both renderings of a chart, for CSS to choose between. */
export const bothVariants = (draw: (variant: Variant) => string): string => `${draw('narrow')}${draw('wide')}`;
