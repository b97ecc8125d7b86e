/** CSV downloads: flat rows written with d3-dsv, columns in a fixed order, empty cells for missing values. */
import { csvFormat } from 'd3-dsv';

export type Cell = string | number | null;

export const toCsv = (rows: ReadonlyArray<Record<string, Cell>>, columns: readonly string[]): string =>
  csvFormat(rows.map((r) => Object.fromEntries(columns.map((c) => [c, r[c] === null || r[c] === undefined ? '' : String(r[c])]))), [...columns]);

export const csvResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
export const jsonResponse = (body: unknown) =>
  new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
