/**
 * Builds each chart's figure for a locale: the SVG from the pure chart functions, the same
 * data as a localized HTML table (one row per mark row), its sources and its downloads.
 */
import { routes, files } from '../../lib/routes';
import { europeMap } from '../../charts/map';
import { regimeChart } from '../../charts/regimes';
import { gridChart, type GridCell } from '../../charts/matrix';
import { proportionChart } from '../../charts/proportions';
import { barChart } from '../../charts/bars';
import { lineChart } from '../../charts/lines';
import {
  getActors,
  getCities,
  getFindings,
  getKeyFigures,
  getPrinciples,
  getRegimes,
  getResponsibilities,
  type Dataset,
} from '../../lib/content';
import type { Citation } from '../../lib/citations';
import { TABLE_FUNCTIONS, type TableNumber } from '../../schemas/responsibilities';
import type { Locale } from '../../i18n/locales';
import { formatList, formatNumber, t, type UiKey } from '../../i18n/t';

export interface Figure {
  id: string;
  title: string;
  takeaway: string;
  svg: string;
  table: { headers: string[]; rows: Array<{ key: string; cells: string[] }> };
  citations: Citation[];
  downloads: { csv: string; json: string };
}

const REPORT = (at: string): Citation => ({ source: 'nlao-eu-report-2010', at });
const chartDownloads = (id: string) => ({ csv: files.chart(id, 'csv'), json: files.chart(id, 'json') });

export async function mapFigure(locale: Locale): Promise<Figure> {
  const cities = await getCities();
  const id = 'map-cities';
  const title = t(locale, 'chart.map.title');
  const names = cities.map((c) => c.name[locale]);
  const desc = t(locale, 'chart.map.desc', { cities: formatList(locale, names) });
  return {
    id,
    title,
    takeaway: t(locale, 'chart.map.takeaway'),
    svg: europeMap({ id, title, desc }, cities.map((c) => ({ id: c.id, name: c.name[locale], lon: c.coordinates.lon, lat: c.coordinates.lat, href: routes(locale).city(c.id) }))),
    table: {
      headers: [t(locale, 'findings.city'), t(locale, 'city.country'), t(locale, 'chart.lat'), t(locale, 'chart.lon')],
      rows: cities.map((c) => ({ key: c.id, cells: [c.name[locale], new Intl.DisplayNames([locale], { type: 'region' }).of(c.country) ?? c.country, formatNumber(locale, c.coordinates.lat), formatNumber(locale, c.coordinates.lon)] })),
    },
    citations: [REPORT('ch. 1')],
    downloads: chartDownloads(id),
  };
}

export async function regimeFigure(locale: Locale): Promise<Figure> {
  const cities = await getCities();
  const regimes = await getRegimes();
  const id = 'regime-typology';
  const title = t(locale, 'chart.regimes.title');
  const order = ['post-socialist', 'liberal', 'conservative-corporatist', 'mediterranean', 'social-democratic'];
  const ordered = [...regimes].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  const hybrids = cities.filter((c) => c.regimes.length > 1).map((c) => c.name[locale]);
  const takeaway = t(locale, 'chart.regimes.takeaway', { n: hybrids.length, count: cities.length, cities: formatList(locale, hybrids) });
  const name = (rid: string) => regimes.find((r) => r.id === rid)!.name[locale];
  return {
    id,
    title,
    takeaway,
    svg: regimeChart(
      { id, title, desc: cities.map((c) => `${c.name[locale]}: ${c.regimes.map(name).join(' + ')}`).join('; ') },
      ordered.map((r) => ({ id: r.id, name: r.name[locale], parent: r.parent })),
      cities.map((c) => ({ id: c.id, name: c.name[locale], regimes: c.regimes, href: routes(locale).city(c.id) })),
      t(locale, 'regimes.hybrid'),
    ),
    table: {
      headers: [t(locale, 'findings.city'), t(locale, 'city.regime'), t(locale, 'chart.regimes.wording')],
      rows: cities.map((c) => ({ key: c.id, cells: [c.name[locale], c.regimes.map(name).join(' + '), c.regimeWording?.[locale] ?? ''] })),
    },
    citations: [REPORT('ch. 3')],
    downloads: chartDownloads(id),
  };
}

export async function principleMatrixFigure(locale: Locale): Promise<Figure> {
  const cities = await getCities();
  const principles = await getPrinciples();
  const findings = await getFindings();
  const id = 'principle-findings';
  const title = t(locale, 'chart.findings.title');
  const reported = findings.filter((f) => f.status === 'reported').length;
  const total = principles.length * cities.length;
  const status = (pid: string, cid: string) => findings.find((f) => f.principle === pid && f.city === cid);
  const statusText = (pid: string, cid: string) => {
    const f = status(pid, cid)!; // complete for every partner city (lib/integrity)
    return f.status === 'reported' ? t(locale, 'chart.findings.reported') : t(locale, 'findings.notReported');
  };
  return {
    id,
    title,
    takeaway: t(locale, 'chart.findings.takeaway', { reported, total, silent: total - reported }),
    svg: gridChart(
      { id, title, desc: t(locale, 'chart.findings.desc', { reported, total, principles: principles.length, count: cities.length }) },
      cities.map((c) => ({ id: c.id, label: c.name[locale] })),
      principles.map((p) => ({
        id: p.id,
        label: `${p.number}. ${p.short[locale]}`,
        cells: cities.map((c): GridCell => {
          const f = status(p.id, c.id);
          const reportedHere = f?.status === 'reported';
          return {
            pattern: reportedHere ? 'filled' : 'empty',
            lines: [reportedHere ? t(locale, 'chart.findings.reportedShort') : t(locale, 'chart.findings.silentShort')],
            label: `${c.name[locale]}, ${t(locale, 'principles.number', { n: p.number })}: ${statusText(p.id, c.id)}`,
            href: f ? routes(locale).finding(p.id, f.id) : undefined,
          };
        }),
      })),
      230,
    ),
    table: {
      headers: [t(locale, 'findings.principle'), ...cities.map((c) => c.name[locale])],
      rows: principles.map((p) => ({ key: p.id, cells: [`${p.number}. ${p.short[locale]}`, ...cities.map((c) => statusText(p.id, c.id))] })),
    },
    citations: [REPORT('§4.3.1–4.3.6')],
    downloads: chartDownloads(id),
  };
}

export async function responsibilityFigure(locale: Locale, table: TableNumber): Promise<Figure> {
  const cities = await getCities();
  const actors = await getActors();
  const rows = (await getResponsibilities()).filter((r) => r.table === table);
  const id = `responsibility-table-${table}`;
  const title = t(locale, `table.${table}.title` as UiKey);
  const roleOf = (fn: string, city: string) => {
    const row = rows.find((r) => r.function === fn && r.city === city)!;
    return { row, role: row.municipalRole };
  };
  const cellText = (fn: string, city: string) => {
    const { row, role } = roleOf(fn, city);
    if (role === 'not-applicable') return t(locale, 'chart.resp.na');
    const lead = row.lead === 'unknown' ? t(locale, 'chart.resp.leadUnknown') : `${t(locale, 'resp.lead')}: ${actors.get(row.lead.actor)!.label[locale]}`;
    return `${t(locale, `role.${role}` as UiKey)}; ${lead}`;
  };
  const counts = { sole: 0, shared: 0, none: 0 };
  for (const r of rows) {
    const role = r.municipalRole;
    if (role !== 'not-applicable') counts[role] += 1;
  }
  const functions = TABLE_FUNCTIONS[table];
  return {
    id,
    title,
    takeaway: t(locale, 'chart.resp.takeaway', { sole: counts.sole, shared: counts.shared, none: counts.none, total: counts.sole + counts.shared + counts.none }),
    svg: gridChart(
      { id, title, desc: t(locale, 'chart.resp.desc') },
      cities.map((c) => ({ id: c.id, label: c.name[locale] })),
      functions.map((fn) => ({
        id: fn,
        label: t(locale, `fn.${table}.${fn}` as UiKey),
        cells: cities.map((c): GridCell => {
          const { row, role } = roleOf(fn, c.id);
          const pattern = role === 'sole' ? 'filled' : role === 'shared' ? 'hatched' : role === 'none' ? 'empty' : 'none';
          const lines = role === 'not-applicable' ? [] : [t(locale, `role.${role}` as UiKey), row.lead === 'unknown' ? t(locale, 'chart.resp.leadUnknownShort') : t(locale, 'chart.resp.leadKnownShort')];
          return { pattern, lines, label: `${c.name[locale]}, ${t(locale, `fn.${table}.${fn}` as UiKey)}: ${cellText(fn, c.id)}`, href: `${routes(locale).city(c.id)}#${row.id}` };
        }),
      })),
      220,
    ),
    table: {
      headers: [t(locale, 'table.function'), ...cities.map((c) => c.name[locale])],
      rows: functions.map((fn) => ({ key: fn, cells: [t(locale, `fn.${table}.${fn}` as UiKey), ...cities.map((c) => cellText(fn, c.id))] })),
    },
    citations: [REPORT(`Table ${table}`)],
    downloads: chartDownloads(id),
  };
}

export async function keyFiguresFigure(locale: Locale): Promise<Figure> {
  const figures = await getKeyFigures();
  const id = 'key-figures';
  const title = t(locale, 'chart.keyFigures.title');
  return {
    id,
    title,
    takeaway: t(locale, 'chart.keyFigures.takeaway'),
    svg: proportionChart(
      { id, title, desc: figures.map((f) => f.caption[locale]).join('; ') },
      figures.map((f) => ({ key: f.id, label: f.label[locale], part: f.part, whole: f.whole, caption: f.caption[locale] })),
    ),
    table: {
      headers: [t(locale, 'chart.keyFigures.figure'), t(locale, 'chart.keyFigures.part'), t(locale, 'chart.keyFigures.whole'), t(locale, 'chart.keyFigures.caption')],
      rows: figures.map((f) => ({ key: f.id, cells: [f.label[locale], formatNumber(locale, f.part), formatNumber(locale, f.whole), f.note ? `${f.caption[locale]}. ${f.note[locale]}` : f.caption[locale]] })),
    },
    citations: figures.map((f) => f.citation),
    downloads: chartDownloads(id),
  };
}

/** The chart of a dataset, or undefined when it has no chart spec. */
export function datasetFigure(locale: Locale, d: Dataset): Figure | undefined {
  if (!d.chart) return undefined;
  const category = d.columns[0]!;
  const rows = d.rows.filter((r) => !d.chart!.exclude.includes(String(r[category.key])));
  const plotted = d.chart.columns.map((k) => d.columns.find((c) => c.key === k)!);
  const id = `dataset-${d.id}`;
  const title = d.title[locale];
  const fmt = (n: number) => formatNumber(locale, n);
  const desc = `${d.chart.takeaway[locale]} ${d.unit[locale]}`;
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const svg =
    d.chart.kind === 'bar'
      ? barChart({ id, title, desc }, rows.map((r) => ({ key: String(r[category.key]), label: String(r[category.key]), value: num(r[plotted[0]!.key]) })), { format: fmt, missing: t(locale, 'chart.notGiven') })
      : lineChart(
          { id, title, desc },
          plotted.map((c) => ({ key: c.key, label: c.label[locale] })),
          rows.map((r) => ({ key: String(r[category.key]), label: String(r[category.key]), values: Object.fromEntries(plotted.map((c) => [c.key, num(r[c.key])])) })),
          fmt,
        );
  return {
    id,
    title,
    takeaway: d.chart.takeaway[locale],
    svg,
    table: {
      headers: [category.label[locale], ...plotted.map((c) => c.label[locale])],
      rows: rows.map((r) => ({ key: String(r[category.key]), cells: [String(r[category.key]), ...plotted.map((c) => (typeof r[c.key] === 'number' ? fmt(r[c.key] as number) : t(locale, 'chart.notGiven')))] })),
    },
    citations: [d.citation],
    downloads: { csv: files.dataset(d.id, 'csv'), json: files.dataset(d.id, 'json') },
  };
}
