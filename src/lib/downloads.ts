/**
 * Every downloadable table (the Stockholm datasets and the data behind each chart) as one
 * model: title, unit, notes, sources, typed fields and rows. The CSV, JSON, xlsx, Data
 * Package and zip writers in src/pages/data/ all serialise this, so they cannot disagree.
 */
import { labelString } from './label';
import { CHART_IDS, chartData, cited, field, LIST_SEPARATOR, type ChartId, type FlatRow } from './chart-data';
import { getActors, getCities, getDatasets, getResponsibilities, getSources } from './content';
import type { Citation } from './citations';
import type { Cell } from './csv';
import { functionLabel, t, type UiKey } from '../i18n/t';
import type { Locale } from '../i18n/locales';

type Localized = { en: string; sv: string };

export interface DownloadField {
  /** Column name in the CSV header and the JSON rows. */
  name: string;
  /** Frictionless Table Schema type. */
  type: 'string' | 'number' | 'integer';
  /** What the column holds, in English (the Data Package's language). */
  description: string;
}

export interface DownloadTable {
  /** File stem, unique across kinds: `/data/<kind>s/<id>.csv`. */
  id: string;
  kind: 'dataset' | 'chart';
  title: Localized;
  /** The unit of the values, where the table has one. */
  unit: Localized | null;
  notes: Localized | null;
  /** Where the values come from (source id and locator). */
  sources: Citation[];
  /** The page that shows the table, without the locale prefix, with its #fragment. */
  page: string;
  fields: DownloadField[];
  rows: Array<Record<string, Cell>>;
}

/** Where the downloads of a table live, without the extension. */
export const downloadBase = (d: Pick<DownloadTable, 'kind' | 'id'>) => `/data/${d.kind}s/${d.id}`;

export const LICENCE = { name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' } as const;

const both = (key: UiKey, vars: Record<string, string | number> = {}): Localized => ({ en: t('en', key, vars), sv: t('sv', key, vars) });
const REPORT = 'nlao-eu-report-2010';

const CHARTS: Record<ChartId, { title: UiKey; page: string; at: string }> = {
  'map-cities': { title: 'chart.map.title', page: '/#map-cities', at: 'ch. 1' },
  'regime-typology': { title: 'chart.regimes.title', page: '/regimes/#regime-typology', at: 'ch. 3' },
  'principle-findings': { title: 'chart.findings.title', page: '/principles/#principle-findings', at: '§4.3.1–4.3.6' },
  'responsibility-table-1': { title: 'table.1.title', page: '/responsibilities/#table-1', at: 'Table 1' },
  'responsibility-table-2': { title: 'table.2.title', page: '/responsibilities/#table-2', at: 'Table 2' },
  'responsibility-table-3': { title: 'table.3.title', page: '/responsibilities/#table-3', at: 'Table 3' },
  'responsibility-table-4': { title: 'table.4.title', page: '/responsibilities/#table-4', at: 'Table 4' },
  'key-figures': { title: 'chart.keyFigures.title', page: '/data/#key-figures', at: '' },
};

// Descriptions of the columns the chart tables use (chart-data.ts names them).
const COLUMN_TEXT: Record<string, string> = {
  city: 'City id (see cities.json)',
  name_en: 'City name in English',
  name_sv: 'City name in Swedish',
  country: 'Country, ISO 3166-1 alpha-2',
  lat: 'Latitude, decimal degrees (WGS 84)',
  lon: 'Longitude, decimal degrees (WGS 84)',
  regimes: 'Welfare-regime ids (see regimes.json), separated by "; "',
  hybrid: 'yes when the city is classed under more than one regime',
  wording_en: "The report's wording of the classification, in English",
  source: 'Source id (see sources.json)',
  at: 'Locator in the source',
  principle: 'Number of the common principle (1–6)',
  status: 'reported: the report describes the city under this principle; not-reported: it is silent',
  text_en: 'What the report says, in English',
  citations: 'Source id and locator of each citation, separated by "; "',
  figure: 'Key-figure id',
  part: 'The part (count)',
  whole: 'The whole it is a part of (count)',
  caption_en: 'What the figure measures, in English',
};

/** Column type from the values: integer, number or string (empty cells do not decide). */
function fieldType(rows: ReadonlyArray<Record<string, Cell>>, name: string): DownloadField['type'] {
  const values = rows.map((r) => r[name]).filter((v) => v !== null && v !== undefined);
  if (values.length > 0 && values.every((v) => typeof v === 'number')) return values.every((v) => Number.isInteger(v)) ? 'integer' : 'number';
  return 'string';
}

/** `row` with the columns of `after[name]` placed right after its column `name`. */
const extend = (row: FlatRow, after: Record<string, FlatRow>): FlatRow =>
  Object.fromEntries(Object.entries(row).flatMap(([name, value]) => [[name, value], ...Object.entries(after[name] ?? {})]));

/**
 * Tables 1–4 in words: the chart's rows (codes) with, beside each code, its wording in both
 * languages (function, city, actors, lead), and the basis, target groups and note.
 */
async function responsibilityRows(id: ChartId): Promise<FlatRow[]> {
  const actors = await getActors();
  const cities = new Map((await getCities()).map((c) => [c.id, c]));
  const rows = new Map((await getResponsibilities()).map((r) => [r.id, r]));
  const label = (ids: readonly string[], locale: Locale) => ids.map((a) => actors.get(a)!.label[locale]).join(LIST_SEPARATOR);
  return (await chartData(id)).map((row) => {
    const r = rows.get(field(row, 'id'))!;
    return extend(row, {
      function: { function_en: functionLabel('en', r.table, r.function), function_sv: functionLabel('sv', r.table, r.function) },
      city: { city_en: cities.get(r.city)!.name.en, city_sv: cities.get(r.city)!.name.sv },
      actors: { actors_en: label(r.actors, 'en'), actors_sv: label(r.actors, 'sv') },
      lead: {
        lead_en: r.lead === 'unknown' ? 'unknown' : actors.get(r.lead.actor)!.label.en,
        lead_sv: r.lead === 'unknown' ? 'okänd' : actors.get(r.lead.actor)!.label.sv,
        lead_citation: r.lead === 'unknown' ? null : cited([r.lead.citation]),
        basis: r.basis,
      },
      text_sv: {
        target_groups_en: r.targetGroups?.en ?? null,
        target_groups_sv: r.targetGroups?.sv ?? null,
        note_en: r.note?.en ?? null,
        note_sv: r.note?.sv ?? null,
      },
    });
  });
}

const RESPONSIBILITY_TEXT: Record<string, string> = {
  id: 'Row id: t<table>-<function>-<city>',
  table: "The report's table number (1–4)",
  function: 'Function (table row) id',
  function_en: 'Function, in English',
  function_sv: 'Function, in Swedish',
  city: 'City id (the tables are by country; the city stands for its country column)',
  city_en: 'City name in English',
  city_sv: 'City name in Swedish',
  actors: 'Actor ids named in the cell, in the report order, separated by "; " (see actors.json)',
  actors_en: "Actors' names in English, separated by \"; \"",
  actors_sv: "Actors' names in Swedish, separated by \"; \"",
  municipal_role: "The municipality's role, derived from the actors: sole, shared, none or not-applicable",
  lead: 'Leading actor id, or unknown where the sources do not say',
  lead_en: 'Leading actor in English, or unknown',
  lead_sv: 'Leading actor in Swedish, or okänd',
  lead_citation: 'The passage that names the leading actor',
  basis: 'table: read from the table; narrative: taken from the text where the table is garbled or silent',
  text_en: 'What the cell says in words, in English',
  text_sv: 'What the cell says in words, in Swedish',
  target_groups_en: 'Target groups named in the cell, in English',
  target_groups_sv: 'Target groups named in the cell, in Swedish',
  note_en: 'Editorial note on an ambiguity or error in the source cell, in English',
  note_sv: 'Editorial note, in Swedish',
  citations: 'Source id and locator of each citation, separated by "; "',
};

function withFields(rows: Array<Record<string, Cell>>, describe: (name: string) => string): DownloadField[] {
  const names = Object.keys(rows[0] ?? {});
  return names.map((name) => ({ name, type: fieldType(rows, name), description: describe(name) }));
}

async function chartTable(id: ChartId): Promise<DownloadTable> {
  const spec = CHARTS[id];
  const inWords = id.startsWith('responsibility-table-');
  const rows = inWords ? await responsibilityRows(id) : await chartData(id);
  const sources: Citation[] =
    id === 'key-figures'
      ? [...new Map(rows.map((r) => [`${r.source} ${r.at}`, { source: String(r.source), at: String(r.at) }])).values()]
      : [{ source: REPORT, at: spec.at }];
  return {
    id,
    kind: 'chart',
    title: both(spec.title),
    unit: null,
    notes: null,
    sources,
    page: spec.page,
    fields: withFields(rows, (name) => (inWords ? RESPONSIBILITY_TEXT[name] : COLUMN_TEXT[name]) ?? name),
    rows,
  };
}

/** Every downloadable table: the datasets first, then the charts' data, in a fixed order. */
export async function downloadTables(): Promise<DownloadTable[]> {
  const datasets = (await getDatasets()).map(
    (d): DownloadTable => {
      const rows = d.rows.map((r) => Object.fromEntries(d.columns.map((c) => [c.key, r[c.key] ?? null])));
      return {
        id: d.id,
        kind: 'dataset',
        title: d.title,
        unit: d.unit,
        notes: d.notes ?? null,
        sources: [d.citation],
        page: `/data/${d.id}/`,
        fields: d.columns.map((c) => ({ name: c.key, type: c.type === 'number' ? fieldType(rows, c.key) : 'string', description: c.label.en })),
        rows,
      };
    },
  );
  return [...datasets, ...(await Promise.all(CHART_IDS.map(chartTable)))];
}

/** The source references a table cites, for its metadata ("please cite as" and sources). */
export async function sourceReferences(d: DownloadTable): Promise<Array<{ id: string; reference: string; at: string }>> {
  const sources = await getSources();
  // Downloads are for both languages; their metadata gives the reference in English.
  return d.sources.map((c) => ({ id: c.source, reference: labelString('en', sources.find((s) => s.id === c.source)!.reference), at: c.at }));
}
