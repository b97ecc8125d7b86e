/**
 * Builds each chart's figure for a locale from the chart data (`src/lib/chart-data.ts`, the
 * same rows its downloads serve): the chart body (HTML grid or the SVG renderings), the same
 * rows as a localized HTML table whose cells carry the raw download values, its sources and
 * its downloads.
 */
import { europeMap } from '../../charts/map';
import { barChart } from '../../charts/bars';
import { lineChart } from '../../charts/lines';
import { factCards, keyList, matrixChart, type CellPart, type MatrixCell } from '../../charts/grids';
import { getActors, getCities, getKeyFigures, getPrinciples, getRegimes, type Dataset } from '../../lib/content';
import { chartData, field, LIST_SEPARATOR, type FlatRow } from '../../lib/chart-data';
import { rowLabel } from '../../lib/row-labels';
import type { Citation } from '../../lib/citations';
import { TABLE_FUNCTIONS, type TableNumber } from '../../schemas/responsibilities';
import type { Locale } from '../../i18n/locales';
import { countryName, formatList, formatNumber, functionLabel, t, tBuilt } from '../../i18n/t';
import { files, routes } from '../../lib/routes';
import { ROLE_SYMBOLS, type ShownRole } from '../data/role-symbols';

/** A data-table cell: the text shown, and which download field (and raw value) it shows. */
export interface TableCell {
  text: string;
  field?: string;
  value?: string;
}
export interface Figure {
  id: string;
  title: string;
  takeaway: string;
  /** `svg`: narrow and wide SVG renderings; `html`: a grid or cards whose text wraps. */
  kind: 'svg' | 'html';
  /** The chart's markup (built by the pure functions in src/charts, escaped there). */
  body: string;
  /** The data table: `keyField` is the download field whose value is each row's `key`. */
  table: { keyField: string; headers: string[]; rows: Array<{ key: string; cells: TableCell[] }> };
  citations: Citation[];
  downloads: { csv: string; json: string };
}

const REPORT = (at: string): Citation => ({ source: 'nlao-eu-report-2010', at });
const chartDownloads = (id: string) => ({ csv: files.chart(id, 'csv'), json: files.chart(id, 'json') });
/** A table cell showing `text` for the download field `name` of `row`. */
const cell = (text: string, row: FlatRow, name: string): TableCell => ({ text, field: name, value: field(row, name) });
const ids = (row: FlatRow, name: string) => field(row, name).split(LIST_SEPARATOR).filter(Boolean);

export async function mapFigure(locale: Locale): Promise<Figure> {
  const rows = await chartData('map-cities');
  const id = 'map-cities';
  const title = t(locale, 'chart.map.title');
  const name = (r: FlatRow) => field(r, `name_${locale}`);
  const desc = t(locale, 'chart.map.desc', { cities: formatList(locale, rows.map(name)) });
  return {
    id,
    title,
    takeaway: t(locale, 'chart.map.takeaway'),
    kind: 'svg',
    body: europeMap({ id, title, desc }, rows.map((r) => ({ id: field(r, 'city'), name: name(r), lon: Number(r.lon), lat: Number(r.lat), href: routes(locale).city(field(r, 'city')) }))),
    table: {
      keyField: 'city',
      headers: [t(locale, 'findings.city'), t(locale, 'city.country'), t(locale, 'chart.lat'), t(locale, 'chart.lon')],
      rows: rows.map((r) => ({
        key: field(r, 'city'),
        cells: [cell(name(r), r, `name_${locale}`), cell(countryName(locale, field(r, 'country')), r, 'country'), cell(formatNumber(locale, Number(r.lat)), r, 'lat'), cell(formatNumber(locale, Number(r.lon)), r, 'lon')],
      })),
    },
    citations: [REPORT('ch. 1')],
    downloads: chartDownloads(id),
  };
}

/**
 * Regimes as columns in their `order` from regimes.yaml, which keeps the sub-type beside its
 * parent and each hybrid's two regimes side by side (lib/integrity checks it); a hybrid is
 * marked in both its columns and nothing is drawn between them.
 */
export async function regimeFigure(locale: Locale): Promise<Figure> {
  const rows = await chartData('regime-typology');
  const cities = await getCities();
  const regimes = await getRegimes();
  const id = 'regime-typology';
  const title = t(locale, 'chart.regimes.title');
  const ordered = [...regimes].sort((a, b) => a.order - b.order);
  const name = (rid: string) => regimes.find((r) => r.id === rid)!.name[locale];
  const cityName = (cid: string) => cities.find((c) => c.id === cid)!.name[locale];
  const hybrids = rows.filter((r) => r.hybrid === 'yes').map((r) => cityName(field(r, 'city')));
  const columnLabel = (r: (typeof regimes)[number]) => (r.parent ? t(locale, 'chart.regimes.subtype', { regime: r.name[locale], parent: name(r.parent) }) : r.name[locale]);
  return {
    id,
    title,
    takeaway: t(locale, 'chart.regimes.takeaway', { n: hybrids.length, count: rows.length, cities: formatList(locale, hybrids) }),
    kind: 'html',
    body: matrixChart({
      name: 'regimes',
      caption: title,
      corner: t(locale, 'findings.city'),
      columns: ordered.map((r) => ({ id: r.id, label: columnLabel(r) })),
      rows: rows.map((r) => {
        const cid = field(r, 'city');
        const own = ids(r, 'regimes');
        return {
          id: cid,
          label: cityName(cid),
          href: routes(locale).city(cid),
          cells: ordered.map((g): MatrixCell => {
            if (!own.includes(g.id)) return { tone: 'empty', parts: [] };
            const others = own.filter((o) => o !== g.id).map(name);
            const parts: CellPart[] =
              others.length === 0
                ? [{ text: '●', kind: 'symbol', decorative: true }, { text: t(locale, 'chart.regimes.member'), kind: 'word' }]
                : [{ text: '◐', kind: 'symbol', decorative: true }, { text: t(locale, 'chart.regimes.hybridWith', { other: formatList(locale, others) }), kind: 'word' }];
            return { key: cid, tone: others.length === 0 ? 'member' : 'hybrid', parts };
          }),
        };
      }),
      key: [
        { symbol: '●', text: t(locale, 'chart.regimes.keyMember') },
        { symbol: '◐', text: t(locale, 'chart.regimes.keyHybrid') },
      ],
    }),
    table: {
      keyField: 'city',
      headers: [t(locale, 'findings.city'), t(locale, 'city.regime'), t(locale, 'chart.regimes.wording')],
      rows: rows.map((r) => ({
        key: field(r, 'city'),
        cells: [{ text: cityName(field(r, 'city')) }, cell(ids(r, 'regimes').map(name).join(' + '), r, 'regimes'), cell(field(r, `wording_${locale}`), r, `wording_${locale}`)],
      })),
    },
    citations: [REPORT('ch. 3')],
    downloads: chartDownloads(id),
  };
}

export async function principleMatrixFigure(locale: Locale): Promise<Figure> {
  const rows = await chartData('principle-findings');
  const cities = await getCities();
  const principles = await getPrinciples();
  const id = 'principle-findings';
  const title = t(locale, 'chart.findings.title');
  const reported = rows.filter((r) => r.status === 'reported').length;
  const total = rows.length;
  const statusWord = (r: FlatRow) => (r.status === 'reported' ? t(locale, 'chart.findings.reported') : t(locale, 'findings.notReported'));
  const principleLabel = (pid: string) => {
    const p = principles.find((x) => x.id === pid)!;
    return `${p.number}. ${p.short[locale]}`;
  };
  const cityName = (cid: string) => cities.find((c) => c.id === cid)!.name[locale];
  return {
    id,
    title,
    takeaway: t(locale, 'chart.findings.takeaway', { reported, total, silent: total - reported }),
    kind: 'html',
    body: matrixChart({
      name: 'findings',
      caption: title,
      corner: t(locale, 'findings.city'),
      columns: principles.map((p) => ({ id: p.id, label: principleLabel(p.id) })),
      rows: cities.map((c) => ({
        id: c.id,
        label: c.name[locale],
        href: routes(locale).city(c.id),
        cells: principles.map((p): MatrixCell => {
          const r = rows.find((x) => x.principle === p.id && x.city === c.id)!; // complete for every partner city (lib/integrity)
          const href = routes(locale).finding(p.id, field(r, 'id'));
          if (r.status === 'reported') return { key: field(r, 'id'), tone: 'reported', parts: [{ text: field(r, `gist_${locale}`), kind: 'gist' }], href };
          return { key: field(r, 'id'), tone: 'not-reported', parts: [{ text: '–', kind: 'symbol', decorative: true }, { text: t(locale, 'findings.notReported'), kind: 'word' }], href };
        }),
      })),
      key: [
        { text: t(locale, 'chart.findings.keyReported') },
        { symbol: '–', tone: 'not-reported', text: t(locale, 'chart.findings.keySilent') },
      ],
    }),
    table: {
      keyField: 'id',
      headers: [t(locale, 'findings.principle'), t(locale, 'findings.city'), t(locale, 'chart.findings.status'), t(locale, 'chart.findings.gist'), t(locale, 'findings.source')],
      rows: rows.map((r) => ({
        key: field(r, 'id'),
        cells: [
          cell(principleLabel(field(r, 'principle')), r, 'principle'),
          cell(cityName(field(r, 'city')), r, 'city'),
          cell(statusWord(r), r, 'status'),
          cell(field(r, `gist_${locale}`), r, `gist_${locale}`),
          cell(field(r, 'citations'), r, 'citations'),
        ],
      })),
    },
    citations: [REPORT('§4.3.1–4.3.6')],
    downloads: chartDownloads(id),
  };
}

export async function responsibilityFigure(locale: Locale, table: TableNumber): Promise<Figure> {
  const id = `responsibility-table-${table}` as const;
  const rows = await chartData(id);
  const cities = await getCities();
  const actors = await getActors();
  const title = t(locale, `table.${table}.title`);
  const fnLabel = (fn: string) => functionLabel(locale, table, fn);
  const actorLabel = (a: string) => actors.get(a)!.label[locale];
  const roleWord = (role: string) => (role === 'not-applicable' ? t(locale, 'chart.resp.na') : tBuilt(locale, `role.${role}`));
  const leadText = (r: FlatRow) => (r.lead === 'unknown' ? t(locale, 'chart.resp.leadUnknown') : actorLabel(field(r, 'lead')));
  const counts = { sole: 0, shared: 0, none: 0 };
  for (const r of rows) if (r.municipal_role !== 'not-applicable') counts[r.municipal_role as keyof typeof counts] += 1;
  const functions = TABLE_FUNCTIONS[table];
  const cityName = (cid: string) => cities.find((c) => c.id === cid)!.name[locale];
  return {
    id,
    title,
    takeaway: t(locale, 'chart.resp.takeaway', { sole: counts.sole, shared: counts.shared, none: counts.none, total: counts.sole + counts.shared + counts.none }),
    kind: 'html',
    body: matrixChart({
      name: `resp-${functions.length}`,
      caption: title,
      corner: t(locale, 'findings.city'),
      columns: functions.map((fn) => ({ id: fn, label: fnLabel(fn) })),
      rows: cities.map((c) => ({
        id: c.id,
        label: c.name[locale],
        href: routes(locale).city(c.id),
        cells: functions.map((fn): MatrixCell => {
          const r = rows.find((x) => x.function === fn && x.city === c.id)!;
          const role = field(r, 'municipal_role');
          const href = `${routes(locale).city(c.id)}#${field(r, 'id')}`;
          if (role === 'not-applicable') return { key: field(r, 'id'), tone: 'text', parts: [{ text: field(r, `text_${locale}`) || roleWord(role), kind: 'text' }], href };
          const parts: CellPart[] = [
            { text: ROLE_SYMBOLS[role as ShownRole], kind: 'symbol', decorative: true },
            { text: roleWord(role), kind: 'word' },
            { text: ids(r, 'actors').map(actorLabel).join(', '), kind: 'bodies' },
          ];
          if (r.lead !== 'unknown') parts.push({ text: t(locale, 'chart.resp.leadIs', { actor: actorLabel(field(r, 'lead')) }), kind: 'lead' });
          return { key: field(r, 'id'), tone: role, parts, href };
        }),
      })),
      key: [
        { symbol: ROLE_SYMBOLS.sole, text: t(locale, 'chart.resp.keySole') },
        { symbol: ROLE_SYMBOLS.shared, text: t(locale, 'chart.resp.keyShared') },
        { symbol: ROLE_SYMBOLS.none, text: t(locale, 'chart.resp.keyNone') },
        { text: t(locale, 'chart.resp.keyLead') },
      ],
    }),
    table: {
      keyField: 'id',
      headers: [t(locale, 'table.function'), t(locale, 'findings.city'), t(locale, 'resp.role'), t(locale, 'chart.resp.bodies'), t(locale, 'resp.lead')],
      rows: rows.map((r) => ({
        key: field(r, 'id'),
        cells: [
          cell(fnLabel(field(r, 'function')), r, 'function'),
          cell(cityName(field(r, 'city')), r, 'city'),
          cell(roleWord(field(r, 'municipal_role')), r, 'municipal_role'),
          cell(ids(r, 'actors').map(actorLabel).join(', ') || field(r, `text_${locale}`), r, 'actors'),
          cell(leadText(r), r, 'lead'),
        ],
      })),
    },
    citations: [REPORT(`Table ${table}`)],
    downloads: chartDownloads(id),
  };
}

/** Three headline numbers that share no scale: a card each, with its value, rather than one chart. */
export async function keyFiguresFigure(locale: Locale): Promise<Figure> {
  const rows = await chartData('key-figures');
  const figures = await getKeyFigures();
  const id = 'key-figures';
  const title = t(locale, 'chart.keyFigures.title');
  const value = (r: FlatRow) =>
    r.whole === 100 ? formatNumber(locale, Number(r.part) / 100, { style: 'percent' }) : t(locale, 'chart.keyFigures.partOf', { part: Number(r.part), whole: Number(r.whole) });
  return {
    id,
    title,
    takeaway: t(locale, 'chart.keyFigures.takeaway'),
    kind: 'html',
    body: factCards(
      rows.map((r) => {
        const f = figures.find((x) => x.id === r.figure)!;
        return {
          key: field(r, 'figure'),
          value: value(r),
          label: f.label[locale],
          caption: field(r, `caption_${locale}`),
          href: f.case ? routes(locale).case(f.case) : routes(locale).city(f.city),
          linkText: f.case ? t(locale, 'chart.keyFigures.case') : t(locale, 'chart.keyFigures.city'),
        };
      }),
    ),
    table: {
      keyField: 'figure',
      headers: [t(locale, 'chart.keyFigures.figure'), t(locale, 'chart.keyFigures.part'), t(locale, 'chart.keyFigures.whole'), t(locale, 'chart.keyFigures.caption')],
      rows: rows.map((r) => {
        const f = figures.find((x) => x.id === r.figure)!;
        return {
          key: field(r, 'figure'),
          cells: [
            { text: f.label[locale] },
            cell(formatNumber(locale, Number(r.part)), r, 'part'),
            cell(formatNumber(locale, Number(r.whole)), r, 'whole'),
            cell(f.note ? `${field(r, `caption_${locale}`)}. ${f.note[locale]}` : field(r, `caption_${locale}`), r, `caption_${locale}`),
          ],
        };
      }),
    },
    citations: rows.map((r) => ({ source: field(r, 'source'), at: field(r, 'at') })),
    downloads: chartDownloads(id),
  };
}

/** The chart of a dataset, or undefined when it has no chart spec. Its downloads are the dataset's files. */
export function datasetFigure(locale: Locale, d: Dataset): Figure | undefined {
  if (!d.chart) return undefined;
  const category = d.columns[0]!;
  const rowName = (r: Dataset['rows'][number]) => rowLabel(locale, d, String(r[category.key]));
  const rows = d.rows.filter((r) => !d.chart!.exclude.includes(String(r[category.key])));
  const plotted = d.chart.columns.map((k) => d.columns.find((c) => c.key === k)!);
  const id = `dataset-${d.id}`;
  const title = d.title[locale];
  const fmt = (n: number) => formatNumber(locale, n);
  const desc = `${d.chart.takeaway[locale]} ${d.unit[locale]}`;
  const num = (v: unknown) => (typeof v === 'number' ? v : null);
  const missing = rows.some((r) => plotted.some((c) => num(r[c.key]) === null));
  const svg =
    d.chart.kind === 'bar'
      ? barChart({ id, title, desc }, rows.map((r) => ({ key: String(r[category.key]), label: rowName(r), value: num(r[plotted[0]!.key]) })), { format: fmt, missing: t(locale, 'chart.notGiven') })
      : lineChart(
          { id, title, desc },
          plotted.map((c) => ({ key: c.key, label: c.label[locale] })),
          rows.map((r) => ({ key: String(r[category.key]), label: rowName(r), values: Object.fromEntries(plotted.map((c) => [c.key, num(r[c.key])])) })),
          fmt,
        );
  const gapKey = missing ? keyList([{ text: t(locale, d.chart.kind === 'bar' ? 'chart.keyNotGiven' : 'chart.keyGap') }]) : '';
  return {
    id,
    title,
    takeaway: d.chart.takeaway[locale],
    kind: 'svg',
    body: `${svg}${gapKey}`,
    table: {
      keyField: category.key,
      headers: [category.label[locale], ...plotted.map((c) => c.label[locale])],
      rows: rows.map((r) => ({
        key: String(r[category.key]),
        cells: [
          { text: rowName(r) },
          ...plotted.map((c) => ({ text: typeof r[c.key] === 'number' ? fmt(r[c.key] as number) : t(locale, 'chart.notGiven'), field: c.key, value: typeof r[c.key] === 'number' ? String(r[c.key]) : '' })),
        ],
      })),
    },
    citations: [d.citation],
    downloads: { csv: files.dataset(d.id, 'csv'), json: files.dataset(d.id, 'json') },
  };
}
