// Every chart in the built site carries its data: a <figure> with title, takeaway, an
// accessible SVG, a table with one row per mark row, a source and downloads that exist;
// and every CSV download parses to exactly its JSON twin.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { DIST, pages, servedPaths } from '../helpers/site';
import { neutralise } from '../../src/lib/csv';

const figures = () => pages().flatMap((p) => p.root.querySelectorAll('figure.chart').map((f) => ({ page: p.url, f })));

describe('chart figures', () => {
  it('exist on the pages that promise them, in both locales', () => {
    const urls = new Set(figures().map((x) => x.page));
    for (const l of ['en', 'sv']) {
      for (const u of ['/', '/regimes/', '/principles/', '/responsibilities/', '/data/', '/data/refugees-self-sufficiency/']) expect(urls, `/${l}${u}`).toContain(`/${l}${u}`);
    }
  });
  it('each has a title, a takeaway, an SVG with <title>, <desc> and a role, a source and downloads', () => {
    const served = servedPaths();
    for (const { page, f } of figures()) {
      const where = `${page}#${f.id}`;
      expect(f.querySelector('figcaption .chart__title')?.text.trim(), where).toBeTruthy();
      expect(f.querySelector('figcaption .chart__takeaway')?.text.trim(), where).toBeTruthy();
      const svg = f.querySelector('svg')!;
      expect(['img', 'group'], where).toContain(svg.getAttribute('role'));
      expect(svg.querySelector('title')?.text.trim(), where).toBeTruthy();
      expect(svg.querySelector('desc')?.text.trim(), where).toBeTruthy();
      expect(svg.getAttribute('aria-labelledby'), where).toBe(svg.querySelector('title')!.id);
      expect(f.querySelector('.chart__meta .source-ref a'), where).not.toBeNull();
      const downloads = f.querySelectorAll('.chart__meta a[download]').map((a) => a.getAttribute('href')!);
      expect(downloads.map((d) => path.extname(d)).sort(), where).toEqual(['.csv', '.json', '.xlsx']);
      for (const d of downloads) expect(served.has(d), `${where} → ${d}`).toBe(true);
    }
  });
  it('each has a table with as many data rows as the chart has mark rows', () => {
    for (const { page, f } of figures()) {
      const marks = f.querySelectorAll('svg [data-mark]');
      expect(marks.length, `${page}#${f.id} has marks`).toBeGreaterThan(0);
      const markRows = new Set(marks.map((m) => m.getAttribute('data-row')));
      const tableRows = f.querySelectorAll('table tbody tr').map((tr) => tr.getAttribute('data-row'));
      expect(tableRows.length, `${page}#${f.id}`).toBe(markRows.size);
      expect(new Set(tableRows), `${page}#${f.id}`).toEqual(markRows);
    }
  });
  it('use colour only through classes and CSS variables (dark mode and print work)', () => {
    for (const { page, f } of figures()) {
      const svg = f.querySelector('svg')!.toString();
      expect(svg, page).not.toMatch(/(fill|stroke)="#[0-9a-f]{3,6}"/i);
    }
  });
});

describe('downloads', () => {
  const csvs = [...servedPaths()].filter((p) => p.endsWith('.csv'));
  it('exist for every chart and dataset', () => expect(csvs.length).toBeGreaterThanOrEqual(15));
  it('every CSV parses and equals its JSON', () => {
    for (const csv of csvs) {
      // The CSV starts with a byte-order mark (for Excel); the JSON carries its rows under `rows`.
      const rows = csvParse(readFileSync(path.join(DIST, csv), 'utf8').replace(/^\uFEFF/, ''));
      const json = (JSON.parse(readFileSync(path.join(DIST, csv.replace(/\.csv$/, '.json')), 'utf8')) as { rows: Array<Record<string, string | number | null>> }).rows;
      expect(rows.length, csv).toBe(json.length);
      const asText = json.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, String(neutralise(v) ?? '')])));
      expect(rows.map((r) => ({ ...r })), csv).toEqual(asText);
    }
  });
});
