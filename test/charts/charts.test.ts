// Chart functions: SVG file snapshots (coordinates rounded by the charts, ids fixed by the
// input) plus structural checks: one mark per datum, labels present, <title>/<desc> present.
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { barChart } from '../../src/charts/bars';
import { lineChart } from '../../src/charts/lines';
import { regimeChart } from '../../src/charts/regimes';
import { gridChart } from '../../src/charts/matrix';
import { proportionChart } from '../../src/charts/proportions';
import { europeMap } from '../../src/charts/map';

const text = (id: string) => ({ id, title: `Title of ${id}`, desc: `Description of ${id}` });
const fmt = (n: number) => n.toFixed(1);
const svgOf = (markup: string) => parse(markup).querySelector('svg')!;

function accessible(markup: string, id: string, role: 'img' | 'group') {
  const svg = svgOf(markup);
  expect(svg.getAttribute('role')).toBe(role);
  expect(svg.querySelector('title')?.text).toBe(`Title of ${id}`);
  expect(svg.querySelector('desc')?.text).toBe(`Description of ${id}`);
  expect(svg.getAttribute('aria-labelledby')).toBe(`${id}-title`);
  expect(markup).not.toMatch(/\d\.\d{2,}/); // coordinates are rounded
}

describe('bar chart', () => {
  const data = [
    { key: 'kista', label: 'Kista', value: 5.1 },
    { key: 'rinkeby', label: 'Rinkeby', value: 3.4 },
    { key: 'hagersten', label: 'Hägersten', value: null },
    { key: 'long', label: 'Arbetslös utan ersättning från A-kassa/Alfa (02)', value: 19 },
  ];
  const markup = barChart(text('bars'), data, { format: fmt, missing: 'not given' });
  it('matches its snapshot', async () => {
    await expect(markup).toMatchFileSnapshot('__snapshots__/bars.svg');
  });
  it('has one mark per datum, a visible mark for a missing value, and every label', () => {
    const svg = svgOf(markup);
    expect(svg.querySelectorAll('[data-mark]').map((m) => m.getAttribute('data-row'))).toEqual(['kista', 'rinkeby', 'hagersten', 'long']);
    expect(svg.querySelectorAll('rect.c-bar')).toHaveLength(3);
    expect(svg.querySelector('.c-missing')?.text).toContain('not given');
    const labels = svg.querySelectorAll('.c-label');
    expect(labels.slice(0, 3).map((l) => l.text)).toEqual(['Kista', 'Rinkeby', 'Hägersten']);
    // A long label is shortened on screen and kept whole in its <title>.
    expect(labels[3]!.querySelector('title')?.text).toBe('Arbetslös utan ersättning från A-kassa/Alfa (02)');
    expect(labels[3]!.lastChild?.text).toMatch(/^Arbetslös utan .*…$/);
    accessible(markup, 'bars', 'img');
  });
  it('draws longer bars for larger values', () => {
    const widths = svgOf(markup).querySelectorAll('rect.c-bar').map((r) => Number(r.getAttribute('width')));
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
  ];
  const markup = lineChart(text('lines'), series, rows, fmt);
  it('matches its snapshot', async () => {
    await expect(markup).toMatchFileSnapshot('__snapshots__/lines.svg');
  });
  it('has a point per value, a hollow mark per missing value, one path and legend entry per series', () => {
    const svg = svgOf(markup);
    expect(svg.querySelectorAll('[data-mark]')).toHaveLength(6);
    expect(svg.querySelectorAll('.c-point--missing')).toHaveLength(1);
    expect(svg.querySelectorAll('path.c-line')).toHaveLength(2);
    expect(svg.text).toContain('Open');
    expect(svg.text).toContain('Total');
    accessible(markup, 'lines', 'img');
  });
});

describe('regime chart', () => {
  const regimes = [
    { id: 'post-socialist', name: 'Post-socialist' },
    { id: 'liberal', name: 'Liberal' },
    { id: 'conservative-corporatist', name: 'Conservative-corporatist' },
    { id: 'mediterranean', name: 'Mediterranean', parent: 'conservative-corporatist' },
    { id: 'social-democratic', name: 'Social-democratic' },
  ];
  const cities = [
    { id: 'bologna', name: 'Bologna', regimes: ['mediterranean'], href: '/en/cities/bologna/' },
    { id: 'prague', name: 'Prague', regimes: ['post-socialist', 'liberal'], href: '/en/cities/prague/' },
  ];
  const markup = regimeChart(text('regimes'), regimes, cities, 'hybrid');
  it('matches its snapshot', async () => {
    await expect(markup).toMatchFileSnapshot('__snapshots__/regimes.svg');
  });
  it('draws one mark per city, a hybrid as a spanning bar with two dots, and links each city', () => {
    const svg = svgOf(markup);
    const marks = svg.querySelectorAll('[data-mark]');
    expect(marks.map((m) => m.getAttribute('data-row'))).toEqual(['bologna', 'prague']);
    expect(marks[0]!.querySelectorAll('.c-dot')).toHaveLength(1);
    expect(marks[1]!.querySelectorAll('.c-dot')).toHaveLength(2);
    expect(marks[1]!.querySelector('.c-hybrid')).not.toBeNull();
    expect(marks[1]!.text).toContain('hybrid');
    expect(svg.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(['/en/cities/bologna/', '/en/cities/prague/']);
    accessible(markup, 'regimes', 'group');
  });
});

describe('grid chart', () => {
  const markup = gridChart(
    text('grid'),
    [{ id: 'a', label: 'City A' }, { id: 'b', label: 'City B' }],
    [
      { id: 'programmes', label: 'Programmes', cells: [
        { pattern: 'filled', lines: ['sole'], label: 'A: sole', href: '/en/cities/a/#x' },
        { pattern: 'hatched', lines: ['shared', 'lead: ?'], label: 'B: shared, lead unknown' },
      ] },
      { id: 'trends', label: 'Trends', cells: [
        { pattern: 'empty', lines: ['none'], label: 'A: none' },
        { pattern: 'none', lines: [], label: 'B: not applicable' },
      ] },
    ],
  );
  it('matches its snapshot', async () => {
    await expect(markup).toMatchFileSnapshot('__snapshots__/grid.svg');
  });
  it('has one mark per cell, patterns for roles, words in cells and a label for each', () => {
    const svg = svgOf(markup);
    expect(svg.querySelectorAll('[data-mark]')).toHaveLength(4);
    expect(svg.querySelector('.c-cell--hatched')?.getAttribute('fill')).toBe('url(#grid-shared)');
    expect(svg.querySelector('pattern#grid-shared')).not.toBeNull();
    expect(svg.text).toContain('shared');
    // Each accessible name begins with the words the cell shows.
    expect(svg.querySelectorAll('[data-mark] title').map((t) => t.text)).toEqual(['sole: A: sole', 'shared lead: ?: B: shared, lead unknown', 'none: A: none', 'B: not applicable']);
    expect(svg.querySelector('a')?.getAttribute('aria-label')).toBe('sole: A: sole');
    accessible(markup, 'grid', 'group');
  });
});

describe('proportion chart', () => {
  const markup = proportionChart(text('props'), [
    { key: 'jobs', label: 'Jobs', part: 500, whole: 750, caption: '500 of 750 jobs' },
    { key: 'share', label: 'Share', part: 43, whole: 100, caption: '43%' },
  ]);
  it('matches its snapshot', async () => {
    await expect(markup).toMatchFileSnapshot('__snapshots__/proportions.svg');
  });
  it('scales each bar to its own whole', () => {
    const svg = svgOf(markup);
    const [whole] = svg.querySelectorAll('rect.c-whole').map((r) => Number(r.getAttribute('width')));
    const parts = svg.querySelectorAll('rect.c-bar').map((r) => Number(r.getAttribute('width')));
    expect(parts[0]! / whole!).toBeCloseTo(500 / 750, 2);
    expect(parts[1]! / whole!).toBeCloseTo(0.43, 2);
    expect(svg.text).toContain('500 of 750 jobs');
    accessible(markup, 'props', 'img');
  });
});

describe('map', () => {
  const markup = europeMap(text('map'), [
    { id: 'stockholm', name: 'Stockholm', lon: 18.069, lat: 59.329, href: '/en/cities/stockholm/' },
    { id: 'bologna', name: 'Bologna', lon: 11.343, lat: 44.494, href: '/en/cities/bologna/' },
  ]);
  it('matches its snapshot', async () => {
    await expect(markup).toMatchFileSnapshot('__snapshots__/map.svg');
  });
  it('places each city as a linked dot, north above south', () => {
    const svg = svgOf(markup);
    const dots = svg.querySelectorAll('circle.map-dot');
    expect(dots.map((d) => d.getAttribute('data-row'))).toEqual(['stockholm', 'bologna']);
    expect(Number(dots[0]!.getAttribute('cy'))).toBeLessThan(Number(dots[1]!.getAttribute('cy')));
    expect(svg.querySelectorAll('a').map((a) => a.getAttribute('aria-label'))).toEqual(['Stockholm', 'Bologna']);
    expect(svg.querySelectorAll('path.map-land').length).toBeGreaterThan(30);
    accessible(markup, 'map', 'group');
  });
});
