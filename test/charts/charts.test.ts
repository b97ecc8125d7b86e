// Chart functions: file snapshots pretty-printed one element per line (coordinates rounded by
// the charts, ids fixed by the input) so diffs are reviewable, plus structural checks: one mark
// per datum, labels present, <title>/<desc> present, gaps drawn as nothing.
import { describe, expect, it } from 'vitest';
import { parse, type HTMLElement } from 'node-html-parser';
import { barChart } from '../../src/charts/bars';
import { lineChart } from '../../src/charts/lines';
import { europeMap } from '../../src/charts/map';
import { factCards, matrixChart } from '../../src/charts/grids';
import { textWidth, VARIANTS, wrap } from '../../src/charts/svg';

const text = (id: string) => ({ id, title: `Title of ${id}`, desc: `Description of ${id}` });
const fmt = (n: number) => n.toFixed(1);
/** One element per line: a line break before every tag that follows another tag. */
const pretty = (markup: string) => `${markup.replace(/></g, '>\n<')}\n`;
const svgs = (markup: string) => parse(markup).querySelectorAll('svg');
const variant = (markup: string, v: 'narrow' | 'wide') => parse(markup).querySelector(`svg.chart-svg--${v}`)!;

function accessible(markup: string, id: string, role: 'img' | 'group') {
  const all = svgs(markup);
  expect(all.map((s) => s.classList.value.find((c) => c.startsWith('chart-svg--')))).toEqual(['chart-svg--narrow', 'chart-svg--wide']);
  for (const svg of all) {
    const v = svg.classList.contains('chart-svg--narrow') ? 'narrow' : 'wide';
    expect(svg.getAttribute('role')).toBe(role);
    // The viewBox is as wide as the narrowest CSS width the rendering is shown at: text is drawn at true size.
    expect(svg.getAttribute('viewBox')).toMatch(new RegExp(`^0 0 ${VARIANTS[v]} `));
    expect(svg.querySelector('title')?.text).toBe(`Title of ${id}`);
    expect(svg.querySelector('desc')?.text).toBe(`Description of ${id}`);
    expect(svg.getAttribute('aria-labelledby')).toBe(`${id}-${v}-title`);
  }
  expect(markup).not.toMatch(/\d\.\d{2,}/); // coordinates are rounded
}

describe('text layout', () => {
  it('wraps a label into lines that fit, keeping every word', () => {
    const label = 'Arbetslös utan ersättning från A-kassa/Alfa - i aktivitet (03)';
    const lines = wrap(label, 13, 150);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
    for (const l of lines.filter((l) => l.includes(' '))) expect(textWidth(l, 13)).toBeLessThanOrEqual(150);
  });
});

describe('bar chart', () => {
  const data = [
    { key: 'kista', label: 'Kista', value: 5.1 },
    { key: 'rinkeby', label: 'Rinkeby', value: 3.4 },
    { key: 'hagersten', label: 'Hägersten', value: null },
    { key: 'long', label: 'Arbetslös utan ersättning från A-kassa/Alfa (02)', value: 19 },
  ];
  const markup = barChart(text('bars'), data, { format: fmt, missing: 'not given' });
  it('matches its snapshot', async () => {
    await expect(pretty(markup)).toMatchFileSnapshot('__snapshots__/bars.svg');
  });
  it('has one bar per value with the value written at its end, and no bar for a missing value', () => {
    for (const v of ['narrow', 'wide'] as const) {
      const svg = variant(markup, v);
      expect(svg.querySelectorAll('rect.c-bar').map((m) => m.getAttribute('data-row'))).toEqual(['kista', 'rinkeby', 'long']);
      expect(svg.querySelectorAll('.c-value').map((t) => t.text)).toEqual(['5.1', '3.4', 'not given', '19.0']);
      expect(svg.querySelector('[data-row="hagersten"]')!.tagName.toLowerCase()).toBe('text');
      // Every label is whole (wrapped, never cut).
      expect(svg.querySelectorAll('.c-label').map((l) => l.querySelectorAll('tspan').map((s) => s.text).join(' '))).toEqual(data.map((d) => d.label));
    }
    accessible(markup, 'bars', 'img');
  });
  it('draws longer bars for larger values', () => {
    const widths = variant(markup, 'wide').querySelectorAll('rect.c-bar').map((r) => Number(r.getAttribute('width')));
    expect(widths[0]!).toBeGreaterThan(widths[1]!);
    expect(widths[2]!).toBeGreaterThan(widths[0]!);
  });
  it('escapes markup in labels', () => {
    const hostile = barChart(text('x'), [{ key: '<b>', label: '<script>alert(1)</script>', value: 1 }], { format: fmt, missing: '-' });
    expect(hostile).not.toContain('<script>');
    expect(hostile).toContain('&lt;script&gt;');
  });
});

describe('line chart', () => {
  const series = [{ key: 'open', label: 'Open' }, { key: 'total', label: 'Total' }];
  const rows = [
    { key: '2006-01', label: '2006-01', values: { open: 3.2, total: 4.1 } },
    { key: '2006-02', label: '2006-02', values: { open: 3.2, total: null } },
    { key: '2006-03', label: '2006-03', values: { open: 2.6, total: 3.7 } },
    { key: '2006-04', label: '2006-04', values: { open: 2.9, total: null } },
  ];
  const markup = lineChart(text('lines'), series, rows, fmt);
  it('matches its snapshot', async () => {
    await expect(pretty(markup)).toMatchFileSnapshot('__snapshots__/lines.svg');
  });
  it('draws a point per value and nothing for a missing one: no mark on the zero line', () => {
    for (const v of ['narrow', 'wide'] as const) {
      const svg = variant(markup, v);
      const total = svg.querySelectorAll('[data-series="total"]');
      expect(total.map((m) => m.getAttribute('data-row'))).toEqual(['2006-01', '2006-03']);
      expect(svg.querySelectorAll('[data-series="open"]')).toHaveLength(4);
      // The y of zero: the lowest grid line. No point sits on it.
      const zeroY = Math.max(...svg.querySelectorAll('line.c-grid').map((l) => Number(l.getAttribute('y1'))));
      for (const p of svg.querySelectorAll('circle')) expect(Number(p.getAttribute('cy'))).toBeLessThan(zeroY);
      // The total line breaks at the gap: two separate pieces, each starting with a move.
      const d = svg.querySelectorAll('path.c-line')[1]!.getAttribute('d')!;
      expect(d.match(/M/g)).toHaveLength(2);
    }
  });
  it('names each series at the end of its line instead of a legend', () => {
    const svg = variant(markup, 'wide');
    const ends = svg.querySelectorAll('.c-end');
    expect(ends.map((e) => e.text)).toEqual(['Open', 'Total']);
    // "Total" is named at its last value (March), not at the end of the axis.
    const march = svg.querySelector('[data-series="total"][data-row="2006-03"]')!;
    // Right-aligned at the point, or starting just right of it.
    const gap = Number(ends[1]!.getAttribute('x')) - Number(march.getAttribute('cx'));
    expect(ends[1]!.getAttribute('text-anchor') === 'end' ? gap : gap - 8).toBe(0);
    accessible(markup, 'lines', 'img');
  });
  it('labels the first and the last category on the x axis', () => {
    const many = Array.from({ length: 26 }, (_, i) => ({ key: `k${i}`, label: `2006-${String(i + 1).padStart(2, '0')}`, values: { open: i } }));
    for (const v of ['narrow', 'wide'] as const) {
      const ticks = variant(lineChart(text('m'), [series[0]!], many, fmt), v).querySelectorAll('text.c-tick').map((t) => t.text);
      expect(ticks).toContain('2006-01');
      expect(ticks).toContain('2006-26');
    }
  });
});

describe('map', () => {
  const markup = europeMap(text('map'), [
    { id: 'stockholm', name: 'Stockholm', lon: 18.069, lat: 59.329, href: '/en/cities/stockholm/' },
    { id: 'rotterdam', name: 'Rotterdam', lon: 4.48, lat: 51.92, href: '/en/cities/rotterdam/' },
    { id: 'southampton', name: 'Southampton', lon: -1.404, lat: 50.909, href: '/en/cities/southampton/' },
    { id: 'bologna', name: 'Bologna', lon: 11.343, lat: 44.494, href: '/en/cities/bologna/' },
  ]);
  it('matches its snapshot', async () => {
    await expect(pretty(markup)).toMatchFileSnapshot('__snapshots__/map.svg');
  });
  it('places each city as a linked dot, north above south, in both renderings', () => {
    for (const v of ['narrow', 'wide'] as const) {
      const svg = variant(markup, v);
      const dots = svg.querySelectorAll('circle.map-dot');
      expect(dots.map((d) => d.getAttribute('data-row'))).toEqual(['stockholm', 'rotterdam', 'southampton', 'bologna']);
      expect(Number(dots[0]!.getAttribute('cy'))).toBeLessThan(Number(dots[3]!.getAttribute('cy')));
      expect(svg.querySelectorAll('a').map((a) => a.getAttribute('aria-label'))).toEqual(['Stockholm', 'Rotterdam', 'Southampton', 'Bologna']);
      expect(svg.querySelectorAll('path.map-land').length).toBeGreaterThan(30);
    }
    accessible(markup, 'map', 'group');
  });
});

describe('matrix (HTML grid)', () => {
  const markup = matrixChart({
    name: 'findings',
    caption: 'Grid',
    corner: 'City',
    columns: [{ id: 'p1', label: '1. Access' }, { id: 'p2', label: '2. Equal <opportunities>' }],
    rows: [
      { id: 'a', label: 'City A', href: '/en/cities/a/', cells: [
        { key: '1-a', tone: 'reported', parts: [{ text: 'Social counters in nine districts', kind: 'gist' }], href: '/en/principles/p1/#finding-1-a' },
        { key: '2-a', tone: 'not-reported', parts: [{ text: '–', kind: 'symbol', decorative: true }, { text: 'Not reported', kind: 'word' }] },
      ] },
      { id: 'b', label: 'City B', cells: [{ tone: 'empty', parts: [] }, { key: 'b', tone: 'sole', parts: [{ text: '●', kind: 'symbol', decorative: true }, { text: 'sole', kind: 'word' }] }] },
    ],
    key: [{ symbol: '–', tone: 'not-reported', text: 'Not reported: the report is silent.' }],
  });
  it('matches its snapshot', async () => {
    await expect(pretty(markup)).toMatchFileSnapshot('__snapshots__/matrix.html');
  });
  it('is a table with scoped headers, a mark per filled cell, column names for the stacked view and one key', () => {
    const root = parse(markup);
    const table = root.querySelector('table.mx')!;
    expect(table.querySelectorAll('thead th').map((th) => [th.getAttribute('scope'), th.text])).toEqual([['col', 'City'], ['col', '1. Access'], ['col', '2. Equal <opportunities>']]);
    expect(table.querySelectorAll('tbody th[scope="row"]').map((th) => th.text)).toEqual(['City A', 'City B']);
    expect(table.querySelectorAll('[data-mark]').map((m) => m.getAttribute('data-row'))).toEqual(['1-a', '2-a', 'b']);
    const cell = (row: string) => table.querySelector(`[data-row="${row}"]`) as HTMLElement;
    expect(cell('1-a').querySelector('a')!.getAttribute('href')).toBe('/en/principles/p1/#finding-1-a');
    expect(cell('1-a').querySelector('.mx-colhead')!.getAttribute('aria-hidden')).toBe('true');
    // "Not reported" is in words and looks different (its own class), the symbol only repeats it.
    expect(cell('2-a').classList.contains('mx-cell--not-reported')).toBe(true);
    expect(cell('2-a').querySelector('.mx-part--symbol')!.getAttribute('aria-hidden')).toBe('true');
    expect(cell('2-a').querySelector('.mx-part--word')!.text).toBe('Not reported');
    expect(root.querySelectorAll('.chart-key li')).toHaveLength(1);
    expect(markup).toContain('2. Equal &lt;opportunities&gt;');
  });
});

describe('fact cards', () => {
  const markup = factCards([
    { key: 'jobs', value: '500 of 750', label: 'Jobs', caption: '750 expected; 500 created', href: '/en/cases/x/', linkText: 'Read the case' },
    { key: 'share', value: '43%', label: 'Share', caption: '43% found work' },
  ]);
  it('matches its snapshot', async () => {
    await expect(pretty(markup)).toMatchFileSnapshot('__snapshots__/facts.html');
  });
  it('gives each figure its own card with its value', () => {
    const cards = parse(markup).querySelectorAll('li.fact-card');
    expect(cards.map((c) => [c.getAttribute('data-row'), c.querySelector('.fact-card__value')!.text])).toEqual([['jobs', '500 of 750'], ['share', '43%']]);
  });
});
