/**
 * An xlsx workbook of one table: a "Data" sheet (header row, then the rows, formula-safe like
 * the CSV) and a "Metadata" sheet of label/value pairs (title, how to cite, sources, licence…).
 */
import writeXlsxFile from 'write-excel-file/node';
import { neutralise, type Cell } from './csv';

export async function xlsxWorkbook(columns: readonly string[], rows: ReadonlyArray<Record<string, Cell>>, about: ReadonlyArray<readonly [string, Cell]>): Promise<Uint8Array> {
  const bold = (value: string) => ({ value, fontWeight: 'bold' as const });
  const data = [columns.map(bold), ...rows.map((r) => columns.map((c) => neutralise(r[c] ?? null)))];
  const meta = about.filter(([, v]) => v !== null).map(([k, v]) => [bold(k), neutralise(v)]);
  const buffer = await writeXlsxFile([
    { sheet: 'Data', data, stickyRowsCount: 1 },
    { sheet: 'Metadata', data: meta, columns: [{ width: 28 }, { width: 100 }] },
  ]).toBuffer();
  return new Uint8Array(buffer);
}
