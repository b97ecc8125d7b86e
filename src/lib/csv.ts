/**
 * Spreadsheet-safe serialisation shared by every data writer (CSV, xlsx, the zip): cells are
 * neutralised against formula injection here, once, so no writer can forget it.
 */
import { csvFormat } from 'd3-dsv';

export type Cell = string | number | null;

// OWASP "CSV injection": a text cell starting with = + - @ (or tab / carriage return, which
// some spreadsheets skip before reading a formula) is run as a formula by Excel, LibreOffice
// and Sheets. A leading apostrophe makes it plain text; numbers are left as numbers.
const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet must receive it: text that could start a formula gets a leading `'`. */
export const neutralise = (value: Cell | undefined): Cell => (typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : value ?? null);

// UTF-8 with a byte-order mark: Excel (notably in a Swedish locale) reads a BOM-less CSV as
// the legacy code page and garbles å, ä, ö; pandas, R's readr and LibreOffice skip the BOM.
const BOM = '\uFEFF';

/** A CSV with a header row, columns in the given order, empty cells for missing values, BOM first. */
export const toCsv = (rows: ReadonlyArray<Record<string, Cell | undefined>>, columns: readonly string[]): string =>
  BOM + csvFormat(rows.map((r) => Object.fromEntries(columns.map((c) => [c, String(neutralise(r[c]) ?? '')]))), [...columns]);

export const csvResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
