/**
 * The bytes of every data download, made once per build from src/lib/downloads.ts: CSV (UTF-8
 * with BOM, formula-safe), JSON with its metadata, xlsx (a data sheet and a metadata sheet),
 * the Frictionless Data Package descriptor and one zip of everything. The endpoints in
 * src/pages/data/ serve these; the data page reports their sizes.
 */
import { labelString } from './label';
import { strToU8, zipSync } from 'fflate';
import { apaText, cslItem } from './cite';
import { toCsv, type Cell } from './csv';
import { xlsxWorkbook } from './xlsx';
import { DATA_ENDPOINTS, endpointData } from './data-endpoints';
import { downloadBase, downloadTables, LICENCE, sourceReferences, type DownloadTable } from './downloads';
import { EDITION, SITE, publicUrl } from './edition';
import { getCities, getSources } from './content';
import { t } from '../i18n/t';

export interface TableFiles {
  table: DownloadTable;
  /** The metadata every format carries (JSON top level, the xlsx metadata sheet, the Data Package resource). */
  meta: Awaited<ReturnType<typeof tableMetadata>>;
  csv: string;
  json: string;
  xlsx: Uint8Array;
}

async function tableMetadata(d: DownloadTable) {
  const path = `/en${d.page}`;
  return {
    title: d.title,
    unit: d.unit,
    notes: d.notes,
    /** How to cite the table (APA 7), with the edition and the address of the page showing it. */
    citeAs: apaText(cslItem({ id: d.id, title: d.title.en, path, locale: 'en', kind: 'dataset', siteName: t('en', 'site.name') }), 'en'),
    url: publicUrl(path),
    sources: await sourceReferences(d),
    licence: LICENCE,
    edition: { version: EDITION.version, date: EDITION.date },
    fields: d.fields,
  };
}


function about(d: DownloadTable, meta: TableFiles['meta']): Array<[string, Cell]> {
  return [
    ['Title', meta.title.en],
    ['Titel (svenska)', meta.title.sv],
    ['Unit', meta.unit?.en ?? null],
    ['Notes', meta.notes?.en ?? null],
    ['Please cite as (APA 7)', meta.citeAs],
    ['Address', meta.url],
    ['Sources', meta.sources.map((s) => `${s.reference} ${s.at}`.trim()).join(' | ')],
    ['Licence', `${LICENCE.title} (${LICENCE.path})`],
    ['Edition', `${EDITION.version}, ${EDITION.date}`],
    ...d.fields.map((f): [string, Cell] => [`Column: ${f.name}`, `${f.type}: ${f.description}`]),
  ];
}

let cache: Promise<Map<string, TableFiles>> | undefined;

/** Every table's files, keyed by their path without extension (`/data/datasets/<id>`). */
export function tableFiles(): Promise<Map<string, TableFiles>> {
  cache ??= (async () => {
    const out = new Map<string, TableFiles>();
    for (const table of await downloadTables()) {
      const meta = await tableMetadata(table);
      const fields = table.fields.map((f) => f.name);
      out.set(downloadBase(table), {
        table,
        meta,
        csv: toCsv(table.rows, fields),
        json: `${JSON.stringify({ ...meta, rows: table.rows }, null, 2)}\n`,
        xlsx: await xlsxWorkbook(fields, table.rows, about(table, meta)),
      });
    }
    return out;
  })();
  return cache;
}

/** The Frictionless (Tabular) Data Package descriptor for every CSV, served at /data/datapackage.json. */
export async function dataPackage(): Promise<Record<string, unknown>> {
  const sources = await getSources();
  const files = [...(await tableFiles()).entries()];
  const cited = new Set(files.flatMap(([, f]) => f.table.sources.map((s) => s.source)));
  return {
    profile: 'tabular-data-package',
    name: 'nlao-atlas',
    title: `NLAO Atlas: data on active inclusion in ${new Intl.ListFormat('en-GB', { type: 'conjunction' }).format((await getCities()).map((c) => c.name.en))}`,
    description: 'The tables behind the charts of the NLAO Atlas (responsibility tables 1–4 in words, the principle findings, the welfare-regime classification, the key figures) and the Stockholm statistics of the 2007 Jobbtorg proposal. CSV files are UTF-8 with a byte-order mark; each has a JSON twin with the same rows and an xlsx copy with a metadata sheet.',
    version: EDITION.version,
    created: `${EDITION.date}T00:00:00Z`,
    ...(SITE ? { homepage: `${SITE}/` } : {}),
    licenses: [LICENCE],
    sources: sources.filter((s) => cited.has(s.id)).map((s) => ({ title: labelString('en', s.reference), ...(s.url ? { path: s.url } : {}) })),
    resources: files.map(([base, f]) => ({
      profile: 'tabular-data-resource',
      name: `${f.table.kind}-${f.table.id}`,
      path: `${base.replace(/^\/data\//, '')}.csv`,
      title: f.table.title.en,
      description: [f.table.unit ? `Unit: ${f.table.unit.en}` : '', f.table.notes?.en ?? '', `Cite as: ${f.meta.citeAs}`].filter(Boolean).join('\n\n'),
      format: 'csv',
      mediatype: 'text/csv',
      // The files start with a byte-order mark (for Excel); "utf-8-sig" is how Frictionless tools name that.
      encoding: 'utf-8-sig',
      bytes: Buffer.byteLength(f.csv, 'utf8'),
      schema: { fields: f.table.fields.map((fd) => ({ name: fd.name, type: fd.type, description: fd.description })), missingValues: [''] },
      sources: f.meta.sources.map((s) => ({ title: `${s.reference} ${s.at}`.trim() })),
      licenses: [LICENCE],
      ...(f.table.unit ? { unit: f.table.unit.en } : {}),
    })),
  };
}

export const dataPackageJson = async () => `${JSON.stringify(await dataPackage(), null, 2)}\n`;

/** The locale-neutral JSON tables (`/data/<name>.json`), as served. */
export const endpointJson = async (name: (typeof DATA_ENDPOINTS)[number]) => `${JSON.stringify(await endpointData(name), null, 2)}\n`;

// The zip is dated by the edition so an unchanged edition zips to the same bytes.
let zipCache: Promise<Uint8Array> | undefined;
/** Everything downloadable in one zip, with the same paths as under /data/. */
export function dataZip(): Promise<Uint8Array> {
  zipCache ??= (async () => {
    const mtime = new Date(`${EDITION.date}T00:00:00Z`);
    const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
    const add = (name: string, bytes: Uint8Array) => (entries[name] = [bytes, { mtime }]);
    add('datapackage.json', strToU8(await dataPackageJson()));
    for (const [base, f] of await tableFiles()) {
      const name = base.replace(/^\/data\//, '');
      add(`${name}.csv`, strToU8(f.csv));
      add(`${name}.json`, strToU8(f.json));
      add(`${name}.xlsx`, f.xlsx);
    }
    for (const name of DATA_ENDPOINTS) add(`${name}.json`, strToU8(await endpointJson(name)));
    return zipSync(entries, { level: 9 });
  })();
  return zipCache;
}

