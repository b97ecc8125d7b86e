// Every chart in the built site carries its data: a <figure> with title, takeaway, a chart body
// (accessible SVG renderings or an HTML grid), a table with one row per mark row, a source and
// downloads that exist; the table drawn on the page holds exactly the values of its downloads;
// a value the source does not give is drawn as nothing; every CSV equals its JSON twin.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { DIST, pages, servedPaths } from '../helpers/site';
import { neutralise } from '../../src/lib/csv';

const figures = () => pages().flatMap((p) => p.root.querySelectorAll('figure.chart').map((f) => ({ page: p.url, f })));
type Row = Record<string, unknown>;
/** A download's rows (a JSON array, or an object holding them under `rows` or `data`). */
const download = (url: string): Row[] => {
  const json = JSON.parse(readFileSync(path.join(DIST, url), 'utf8')) as Row[] | { rows?: Row[]; data?: Row[] };
  return Array.isArray(json) ? json : (json.rows ?? json.data ?? []);
};
/** How a download value is written into the page's data-value (null as empty, as in the CSV). */
const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

describe('chart figures', () => {
  it('exist on the pages that promise them, in both locales', () => {
    const urls = new Set(figures().map((x) => x.page));
    for (const l of ['en', 'sv']) {
      for (const u of ['/', '/regimes/', '/principles/', '/responsibilities/', '/data/', '/data/refugees-self-sufficiency/']) expect(urls, `/${l}${u}`).toContain(`/${l}${u}`);
    }
  });
  it('each has a title, a takeaway, an accessible chart body, a source and downloads', () => {
    const served = servedPaths();
    for (const { page, f } of figures()) {
      const where = `${page}#${f.id}`;
      expect(f.querySelector('figcaption .chart__title')?.text.trim(), where).toBeTruthy();
      expect(f.querySelector('figcaption .chart__takeaway')?.text.trim(), where).toBeTruthy();
      const body = f.querySelector('.chart__body')!;
      const svgs = body.querySelectorAll('svg');
      if (f.classList.contains('chart--svg')) {
        // A narrow and a wide rendering, each with its own accessible name.
        expect(svgs.map((s) => s.classList.contains('chart-svg--narrow') || s.classList.contains('chart-svg--wide')), where).toEqual([true, true]);
        for (const svg of svgs) {
          expect(['img', 'group'], where).toContain(svg.getAttribute('role'));
          expect(svg.querySelector('title')?.text.trim(), where).toBeTruthy();
          expect(svg.querySelector('desc')?.text.trim(), where).toBeTruthy();
          expect(svg.getAttribute('aria-labelledby'), where).toBe(svg.querySelector('title')!.id);
        }
      } else {
        expect(f.classList.contains('chart--html'), where).toBe(true);
        expect(svgs, where).toHaveLength(0);
        // A grid is a table with scoped headers, named by the figure's title; fact cards are a list.
        const grid = body.querySelector('table.mx');
        if (grid) {
          expect(grid.querySelector('caption')?.text, where).toBe(f.querySelector('.chart__title')!.text);
          expect(grid.querySelectorAll('thead th').every((th) => th.getAttribute('scope') === 'col'), where).toBe(true);
          expect(grid.querySelectorAll('tbody th').every((th) => th.getAttribute('scope') === 'row'), where).toBe(true);
        } else expect(body.querySelectorAll('ul.fact-cards > li').length, where).toBeGreaterThan(0);
      }
      expect(f.querySelector('.chart__meta .source-ref a'), where).not.toBeNull();
      const downloads = f.querySelectorAll('.chart__meta a[download]').map((a) => a.getAttribute('href')!);
      expect(downloads.map((d) => path.extname(d)).sort(), where).toEqual(['.csv', '.json', '.xlsx']);
      for (const d of downloads) expect(served.has(d), `${where} → ${d}`).toBe(true);
    }
  });
  it('each has a table with one data row per drawn row (a mark, or the words for a missing value)', () => {
    for (const { page, f } of figures()) {
      const drawn = f.querySelectorAll('.chart__body [data-row]');
      expect(drawn.length, `${page}#${f.id} has marks`).toBeGreaterThan(0);
      const markRows = new Set(drawn.map((m) => m.getAttribute('data-row')));
      const tableRows = f.querySelectorAll('.chart__data table tbody tr');
      expect(new Set(tableRows.map((tr) => tr.getAttribute('data-row'))).size, `${page}#${f.id}: row keys are unique`).toBe(tableRows.length);
      for (const key of markRows) expect(tableRows.some((tr) => tr.getAttribute('data-row') === key), `${page}#${f.id}: ${key} is in the table`).toBe(true);
      // A row with nothing drawn is one whose every plotted value is missing (a gap, not a zero).
      for (const tr of tableRows.filter((tr) => !markRows.has(tr.getAttribute('data-row')))) {
        expect(tr.querySelectorAll('td[data-field]').map((td) => td.getAttribute('data-value')), `${page}#${f.id}: ${tr.getAttribute('data-row')} is drawn`).toEqual(tr.querySelectorAll('td[data-field]').map(() => ''));
      }
    }
  });
  it('draw a missing value as words, never as a mark', () => {
    for (const { page, f } of figures()) {
      for (const m of f.querySelectorAll('[data-missing]')) {
        expect(m.tagName.toLowerCase(), `${page}#${f.id} ${m.getAttribute('data-row')}`).toBe('text');
        expect(m.text.trim(), `${page}#${f.id}`).not.toBe('');
      }
    }
  });
  it('use colour only through classes and CSS variables (dark mode and print work)', () => {
    for (const { page, f } of figures()) {
      expect(f.querySelector('.chart__body')!.toString(), page).not.toMatch(/(fill|stroke|color)[=:]"?#[0-9a-f]{3,6}/i);
    }
  });
});

describe('downloads hold exactly the values drawn', () => {
  it('each data-table cell shows the value its download holds, and each download row is drawn', () => {
    for (const { page, f } of figures()) {
      const href = f.querySelector('.chart__meta a[download][href$=".json"]')!.getAttribute('href')!;
      const rows = download(href);
      const keyField = f.querySelector('.chart__data table')!.getAttribute('data-key-field')!;
      expect(Object.keys(rows[0] ?? {}), `${page}#${f.id}: ${href} has the key field`).toContain(keyField);
      const byKey = new Map(rows.map((r) => [asText(r[keyField]), r]));
      const drawn = f.querySelectorAll('.chart__data table tbody tr');
      for (const tr of drawn) {
        const key = tr.getAttribute('data-row')!;
        const row = byKey.get(key);
        expect(row, `${page}#${f.id}: row ${key} is in ${href}`).toBeDefined();
        const cells = tr.querySelectorAll('[data-field]');
        expect(cells.length, `${page}#${f.id}: row ${key} names its fields`).toBeGreaterThan(0);
        for (const c of cells) expect(c.getAttribute('data-value') ?? '', `${page}#${f.id}: ${key}.${c.getAttribute('data-field')}`).toBe(asText(row![c.getAttribute('data-field')!]));
      }
      // A chart's own download is exactly its rows; a dataset's file may also hold rows the chart leaves out (totals).
      if (href.startsWith('/data/charts/')) expect(drawn.length, `${page}#${f.id}`).toBe(rows.length);
    }
  });
  it('a gap in a series is drawn as nothing (Stockholm youth unemployment)', () => {
    const rows = download('/data/datasets/youth-unemployment-by-month.json');
    const gaps = rows.filter((r) => r.total_unemployed_pct === null).map((r) => asText(r.month));
    expect(gaps.length).toBeGreaterThan(0);
    for (const l of ['en', 'sv']) {
      const f = pages().find((p) => p.url === `/${l}/data/youth-unemployment-by-month/`)!.root.querySelector('figure.chart')!;
      for (const svg of f.querySelectorAll('svg')) {
        const drawn = svg.querySelectorAll('[data-series="total_unemployed_pct"]').map((m) => m.getAttribute('data-row'));
        expect(drawn, l).toEqual(rows.filter((r) => r.total_unemployed_pct !== null).map((r) => asText(r.month)));
        for (const month of gaps) expect(svg.querySelector(`[data-row="${month}"][data-series="total_unemployed_pct"]`), `${l} ${month}`).toBeNull();
      }
      expect(f.querySelector('.chart-key')?.text, l).toBeTruthy();
    }
  });
  const csvs = [...servedPaths()].filter((p) => p.endsWith('.csv'));
  it('exist for every chart and dataset', () => expect(csvs.length).toBeGreaterThanOrEqual(15));
  it('every CSV parses and equals its JSON', () => {
    for (const csv of csvs) {
      // The CSV starts with a byte-order mark (for Excel); formula-like text is neutralised in it.
      const rows = csvParse(readFileSync(path.join(DIST, csv), 'utf8').replace(/^\uFEFF/, ''));
      const json = download(csv.replace(/\.csv$/, '.json'));
      expect(rows.length, csv).toBe(json.length);
      expect(rows.map((r) => ({ ...r })), csv).toEqual(json.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, asText(neutralise(v as Parameters<typeof neutralise>[0]))]))));
    }
  });
});
