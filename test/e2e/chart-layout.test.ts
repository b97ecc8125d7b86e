// Every chart holds at phone, tablet and desktop widths, in both locales and both colour
// schemes: chart text is at least 12 CSS px, every label lies inside its chart, no two labels
// overlap, and the page never scrolls sideways. The pages are found in the built site (every
// page with a chart figure); each is loaded once and measured at every width and scheme with
// one evaluation in the page. Failures name the page, width, scheme, chart and label.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { useSiteAndBrowser } from '../helpers/browser';
import { DIST, urlOf } from '../helpers/site';
import { listFiles } from '../helpers/content';

const WIDTHS = [360, 768, 1366];
const SCHEMES = ['light', 'dark'] as const;
const MIN_FONT_PX = 12;

const chartPages = listFiles(DIST)
  .filter((f) => f.endsWith('.html') && /<figure[^>]*class="chart[ "]/.test(readFileSync(path.join(DIST, f), 'utf8')))
  .map(urlOf)
  .sort();

const site = useSiteAndBrowser(DIST);

/** Runs in the page: every problem with the charts as it is laid out now. */
function measure(minFont: number): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth + 1) problems.push(`the page scrolls sideways (${root.scrollWidth} px wide in a ${root.clientWidth} px window)`);
  interface Label { name: string; rects: DOMRect[]; size: number }
  const short = (s: string) => JSON.stringify(s.replace(/\s+/g, ' ').trim().slice(0, 50));
  for (const figure of Array.from(document.querySelectorAll('figure.chart'))) {
    const body = figure.querySelector('.chart__body');
    if (!body) {
      problems.push(`#${figure.id}: no chart body`);
      continue;
    }
    const box = body.getBoundingClientRect();
    const labels: Label[] = [];
    for (const text of Array.from(body.querySelectorAll('svg text')) as SVGTextElement[]) {
      const r = text.getBoundingClientRect();
      if (r.width === 0 || !text.checkVisibility()) continue;
      // SVG text is drawn in viewBox units: its size on screen is the font size times the scale.
      const scale = text.getScreenCTM()?.a ?? 1;
      labels.push({ name: text.textContent ?? '', rects: [r], size: parseFloat(getComputedStyle(text).fontSize) * scale });
    }
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      const el = node.parentElement!;
      if (!node.textContent?.trim() || el.closest('svg') || el.closest('.visually-hidden') || !el.checkVisibility()) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      // One rectangle per line, so wrapped text is compared line by line.
      const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
      if (rects.length > 0) labels.push({ name: node.textContent, rects, size: parseFloat(getComputedStyle(el).fontSize) });
    }
    if (labels.length === 0) problems.push(`#${figure.id}: no visible chart text`);
    for (const l of labels) {
      if (l.size < minFont - 0.05) problems.push(`#${figure.id}: label ${short(l.name)} is ${l.size.toFixed(1)} px`);
      for (const r of l.rects) {
        if (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1) {
          problems.push(`#${figure.id}: label ${short(l.name)} lies outside its chart (${Math.round(r.left)}–${Math.round(r.right)} px in ${Math.round(box.left)}–${Math.round(box.right)} px)`);
        }
      }
    }
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const hit = labels[i]!.rects.some((a) =>
          labels[j]!.rects.some((b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1),
        );
        if (hit) problems.push(`#${figure.id}: labels ${short(labels[i]!.name)} and ${short(labels[j]!.name)} overlap`);
      }
    }
  }
  return problems;
}

describe('chart layout', () => {
  it('finds the chart pages in the built site, in both locales', () => {
    for (const l of ['en', 'sv']) {
      for (const u of ['/', '/regimes/', '/principles/', '/responsibilities/', '/data/', '/data/youth-unemployment-by-month/']) expect(chartPages).toContain(`/${l}${u}`);
    }
  });

  it('holds at 360, 768 and 1366 px, light and dark: text ≥ 12 px, labels inside, no overlaps, no sideways scroll', async () => {
    const page = await site.browser().newPage();
    const problems: string[] = [];
    try {
      for (const url of chartPages) {
        await page.setViewportSize({ width: WIDTHS[0]!, height: 900 });
        await page.goto(`${site.origin()}${url}`, { waitUntil: 'load' });
        for (const colorScheme of SCHEMES) {
          await page.emulateMedia({ colorScheme });
          for (const width of WIDTHS) {
            await page.setViewportSize({ width, height: 900 });
            for (const p of await page.evaluate(measure, MIN_FONT_PX)) problems.push(`${url} at ${width} px, ${colorScheme}: ${p}`);
          }
        }
      }
    } finally {
      await page.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);
});
