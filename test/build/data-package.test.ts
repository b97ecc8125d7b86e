// Analysis-ready data: datapackage.json is a valid Tabular Data Package (checked with Ajv
// against the vendored schema), every resource exists and its CSV header equals its schema;
// CSVs start with a BOM and carry no formula-like text; every xlsx reads back (Swedish
// number/date settings do not matter: xlsx stores numbers as numbers) with its CSV's cells;
// every table's JSON carries its metadata; the zip holds it all.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { csvParse, csvParseRows } from 'd3-dsv';
import { unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { DIST, pages } from '../helpers/site';

const schema = JSON.parse(readFileSync('test/data/tabular-data-package.schema.json', 'utf8')) as object;
const descriptor = () => JSON.parse(readFileSync(path.join(DIST, 'data/datapackage.json'), 'utf8')) as {
  licenses: unknown[];
  resources: Array<{ name: string; path: string; title: string; bytes: number; schema: { fields: Array<{ name: string; type: string }> } }>;
};
// The APA formatter sets typographic apostrophes.
const plain = (s: string | undefined) => String(s).replaceAll('’', "'");
const csvOf = (p: string) => readFileSync(path.join(DIST, 'data', p), 'utf8');

describe('datapackage.json', () => {
  it('validates against the Tabular Data Package schema', () => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const ok = validate(descriptor());
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('describes every CSV download, every path exists and its header equals the schema fields', () => {
    const d = descriptor();
    expect(d.resources.length).toBeGreaterThanOrEqual(19);
    for (const r of d.resources) {
      expect(existsSync(path.join(DIST, 'data', r.path)), r.path).toBe(true);
      const text = csvOf(r.path);
      expect(text.charCodeAt(0), `${r.path} starts with a BOM`).toBe(0xfeff);
      expect(Buffer.byteLength(text, 'utf8'), r.path).toBe(r.bytes);
      expect(csvParseRows(text.slice(1))[0], r.path).toEqual(r.schema.fields.map((f) => f.name));
      // Typed fields hold values of their type (or are empty).
      for (const row of csvParse(text.slice(1))) {
        for (const f of r.schema.fields.filter((x) => x.type !== 'string')) {
          const v = row[f.name]!;
          if (v !== '') expect(Number.isFinite(Number(v)), `${r.path} ${f.name}=${v}`).toBe(true);
        }
      }
    }
  });

  it('no CSV cell starts a formula', () => {
    for (const r of descriptor().resources) {
      for (const row of csvParseRows(csvOf(r.path).slice(1)).slice(1)) {
        for (const cell of row) if (!/^-?\d+(\.\d+)?$/.test(cell)) expect(cell, r.path).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });
});

describe('every download', () => {
  it('is plain text: no language markup of the site\'s labels ([…]{lang=xx}) in any file under /data/', () => {
    const files = readdirSync(path.join(DIST, 'data'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && /\.(json|csv)$/.test(e.name));
    expect(files.length).toBeGreaterThan(20);
    const marked = files.map((e) => path.relative(DIST, path.join(e.parentPath, e.name))).filter((f) => /\]\{lang=[a-z]{2}\}/.test(readFileSync(path.join(DIST, f), 'utf8')));
    expect(marked).toEqual([]);
  });
});

describe('table downloads', () => {
  it('each JSON has its metadata and the same rows as its CSV', () => {
    for (const r of descriptor().resources) {
      const json = JSON.parse(readFileSync(path.join(DIST, 'data', r.path.replace(/\.csv$/, '.json')), 'utf8')) as Record<string, unknown> & { rows: Array<Record<string, unknown>> };
      for (const key of ['title', 'unit', 'notes', 'citeAs', 'url', 'sources', 'licence', 'edition', 'fields']) expect(json, `${r.path} ${key}`).toHaveProperty(key);
      expect((json.title as { en: string }).en).toBe(r.title);
      expect(plain(String(json.citeAs))).toContain(r.title);
      expect((json.sources as unknown[]).length, r.path).toBeGreaterThan(0);
      const rows = csvParse(csvOf(r.path).slice(1));
      expect(rows.length, r.path).toBe(json.rows.length);
    }
  });

  it('the responsibility tables carry wording, both languages of actors, role, lead, basis and citations', () => {
    const rows = csvParse(csvOf('charts/responsibility-table-2.csv').slice(1));
    expect(rows.columns).toEqual(expect.arrayContaining(['function_en', 'function_sv', 'actors_en', 'actors_sv', 'municipal_role', 'lead_en', 'lead_sv', 'basis', 'text_en', 'text_sv', 'note_en', 'citations']));
    expect(rows.find((r) => r.city === 'stockholm' && r.function === 'allocation')!.actors_sv).not.toBe('');
    expect(rows.every((r) => r.citations!.includes('Table 2'))).toBe(true);
  });

  it('every xlsx reads back with the same cells as its CSV, and a metadata sheet that says how to cite it', async () => {
    for (const r of descriptor().resources) {
      const sheets = await readXlsxFile(readFileSync(path.join(DIST, 'data', r.path.replace(/\.csv$/, '.xlsx'))));
      const data = sheets.find((s) => s.sheet === 'Data')!.data;
      const csv = csvParseRows(csvOf(r.path).slice(1));
      expect(data.map((row) => row.map((c) => (c === null ? '' : String(c)))), r.path).toEqual(csv);
      const meta = new Map(sheets.find((s) => s.sheet === 'Metadata')!.data.map((row) => [String(row[0]), String(row[1])]));
      expect(meta.get('Title'), r.path).toBe(r.title);
      expect(plain(meta.get('Please cite as (APA 7)')), r.path).toContain(r.title);
    }
  });

  it('Spånga-Tensta survives CSV (BOM) and xlsx', async () => {
    const file = descriptor().resources.map((r) => r.path).find((p) => csvOf(p).includes('Spånga-Tensta'));
    expect(file).toBeDefined();
    const sheets = await readXlsxFile(readFileSync(path.join(DIST, 'data', file!.replace(/\.csv$/, '.xlsx'))));
    expect(sheets[0]!.data.flat()).toContain('Spånga-Tensta');
  });

  it('the zip holds the descriptor and every resource with the same bytes', () => {
    const zip = unzipSync(readFileSync(path.join(DIST, 'data/nlao-atlas-data.zip')));
    expect(Object.keys(zip)).toContain('datapackage.json');
    for (const r of descriptor().resources) {
      expect(Buffer.from(zip[r.path]!).toString('utf8'), r.path).toBe(csvOf(r.path));
      expect(zip[r.path.replace(/\.csv$/, '.xlsx')], r.path).toBeDefined();
    }
  });

  it('the data page lists every download by its title, with format and size', () => {
    for (const locale of ['en', 'sv']) {
      const page = pages().find((p) => p.url === `/${locale}/data/`)!;
      const text = page.root.querySelector('main')!.text;
      const links = new Set(page.root.querySelectorAll('main a[download]').map((a) => a.getAttribute('href')));
      for (const r of descriptor().resources) {
        for (const ext of ['.csv', '.json', '.xlsx']) expect(links, `${locale} ${r.path}${ext}`).toContain(`/data/${r.path.replace(/\.csv$/, ext)}`);
      }
      for (const href of ['/data/datapackage.json', '/data/nlao-atlas-data.zip']) expect(links).toContain(href);
      expect(text).toMatch(/\d+([,.]\d)? kB/);
      expect(text).not.toContain('responsibility-table-2:');
    }
  });
});
