// Formula injection: text that a spreadsheet would run as a formula comes out as plain text
// in the CSV and in the xlsx (read back with an independent reader), and numbers stay numbers.
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import readXlsxFile from 'read-excel-file/node';
import { neutralise, toCsv } from '../../src/lib/csv';
import { xlsxWorkbook } from '../../src/lib/xlsx';

const risky = ['=HYPERLINK("http://evil.example","x")', '+46 8 123', '-2+3', '@SUM(A1:A2)', '\t=1+1', '\r=1+1'];
const rows = risky.map((text, i) => ({ id: `r${i}`, text, value: -i - 0.5 }));

describe('spreadsheet safety', () => {
  it('neutralise prefixes formula-like text with an apostrophe and leaves the rest alone', () => {
    for (const text of risky) expect(neutralise(text)).toBe(`'${text}`);
    expect(neutralise('Spånga-Tensta')).toBe('Spånga-Tensta');
    expect(neutralise('2006')).toBe('2006');
    expect(neutralise(-5)).toBe(-5);
    expect(neutralise(null)).toBeNull();
  });

  it('a CSV starts with a BOM and holds no cell that starts a formula', () => {
    const csv = toCsv(rows, ['id', 'text', 'value']);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = csvParse(csv.slice(1));
    expect(parsed.columns).toEqual(['id', 'text', 'value']);
    expect(parsed.map((r) => r.text)).toEqual(risky.map((t) => `'${t}`));
    // Negative numbers are numbers, not formulas, and stay as they are.
    expect(parsed.map((r) => r.value)).toEqual(rows.map((r) => String(r.value)));
  });

  it('an xlsx round-trips with the same cells as its CSV, formula-like text neutralised', async () => {
    const columns = ['id', 'text', 'value'];
    const book = await xlsxWorkbook(columns, rows, [['Title', 'Test'], ['Note', '=cmd|calc']]);
    const sheets = await readXlsxFile(Buffer.from(book));
    const data = sheets.find((s) => s.sheet === 'Data')!.data;
    const csv = csvParse(toCsv(rows, columns).slice(1));
    expect(data[0]).toEqual(columns);
    expect(data.slice(1).map((r) => r.map((c) => String(c)))).toEqual(csv.map((r) => columns.map((c) => r[c])));
    expect(data.slice(1).every((r) => typeof r[2] === 'number')).toBe(true);
    const meta = sheets.find((s) => s.sheet === 'Metadata')!.data;
    expect(meta).toContainEqual(['Note', "'=cmd|calc"]);
  });
});
