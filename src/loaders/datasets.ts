/**
 * Loads `datasets.yaml` and, for each entry, the CSV of the same id from `datasets/`.
 * The CSV is read strictly: a UTF-8 byte-order mark (as Excel saves it) is dropped, every row
 * has as many fields as the header, no header is repeated, and a number column holds plain
 * decimal numbers only (no hexadecimal, exponents or minus zero), each problem naming the row
 * and column. Text in a number column is left for the schema to reject with its row named.
 */
import { readFile } from 'node:fs/promises';
import { csvParseRows } from 'd3-dsv';
import type { z } from 'zod';
import type { Loader } from 'astro/loaders';
import { ContentError, ContentErrors } from './errors';
import { contentPath, storePath } from './content-root';
import { listEntries, readYamlFile } from './yaml-list';
import { validate } from './validate';
import { numberProblem } from './messages';

type Cell = string | number | null;

/** A plain decimal as the CSV writes it; other numeric forms are reported by `numberProblem`. */
const NUMERIC = /^[+-]?(?:\d+(?:\.\d+)?|0[xXbBoO][\da-fA-F]+|\d+(?:\.\d+)?[eE][+-]?\d+|NaN|Infinity)$/;

/**
 * Reads one dataset CSV into rows keyed by header. Empty cells are "not given" (null); cells
 * of `numeric` columns that look like numbers become numbers; anything else stays text.
 */
export function readCsv(file: string, text: string, numeric: ReadonlySet<string>): Array<Record<string, Cell>> {
  const [header = [], ...records] = csvParseRows(text.replace(/^\uFEFF/, '').trimEnd());
  const problems: string[] = [];
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    const key = name.trim();
    if (key === '') problems.push(`header, column ${i + 1}: the column has no name`);
    else if (seen.has(key)) problems.push(`header: the column "${key}" appears twice (columns ${seen.get(key)! + 1} and ${i + 1}); each column needs a name of its own`);
    else seen.set(key, i);
  });
  if (problems.length > 0) throw new ContentErrors(problems.map((problem) => ({ file, problem })));
  const keys = header.map((h) => h.trim());
  const rows = records.map((record, r) => {
    // Every row must have as many fields as the header; a short or long row is a slip, not data.
    if (record.length !== keys.length) {
      throw new ContentError(file, `malformed CSV: row ${r + 2} has ${record.length} fields, the header has ${keys.length}`);
    }
    const row: Record<string, Cell> = {};
    keys.forEach((key, c) => {
      const raw = record[c]!.trim();
      if (raw === '') row[key] = null;
      else if (numeric.has(key) && NUMERIC.test(raw)) {
        const value = Number(raw);
        const problem = numberProblem(value, raw);
        if (problem) problems.push(`row ${r + 2}, column "${key}": ${problem}`);
        row[key] = value;
      } else row[key] = raw;
    });
    return row;
  });
  if (problems.length > 0) throw new ContentErrors(problems.map((problem) => ({ file, problem })));
  return rows;
}

export function datasetsLoader<S extends z.ZodType>(schema: S): Loader & { schema: S } {
  return {
    name: 'datasets',
    schema,
    load: async (context) => {
      const index = contentPath('data', 'datasets.yaml');
      const yaml = await readYamlFile(index);
      context.store.clear();
      for (const entry of listEntries(index, yaml.data, yaml)) {
        const csvFile = contentPath('data', 'datasets', `${entry.id}.csv`);
        let text: string;
        try {
          text = await readFile(csvFile, 'utf8');
        } catch {
          throw new ContentError(index, `entry "${entry.id}": its CSV ${csvFile} is missing`);
        }
        const columns = Array.isArray(entry.data.columns) ? (entry.data.columns as Array<{ key?: unknown; type?: unknown }>) : [];
        const numeric = new Set(columns.filter((c) => c.type === 'number').map((c) => String(c.key)));
        const rows = readCsv(csvFile, text, numeric);
        const data = await validate(context, schema, csvFile, entry.id, { ...entry.data, rows });
        context.store.set({ id: entry.id, data, filePath: storePath(csvFile) });
      }
    },
  };
}
