/**
 * Loads `datasets.yaml` and, for each entry, the CSV of the same id from `datasets/`.
 * Numbers in number columns are converted here; anything that does not parse is left as
 * text so the schema rejects it with the row and column named.
 */
import { readFile } from 'node:fs/promises';
import { csvParse, csvParseRows } from 'd3-dsv';
import type { Loader } from 'astro/loaders';
import { ContentError } from './errors';
import { contentPath, storePath } from './content-root';
import { listEntries, readYaml } from './yaml-list';
import { validate } from './validate';

type Cell = string | number | null;

/** Empty cells are "not given" (null); numeric text becomes a number; anything else stays text. */
function toCell(raw: string, numeric: boolean): Cell {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  if (!numeric) return trimmed;
  const n = Number(trimmed);
  return Number.isFinite(n) ? n : trimmed;
}

export function datasetsLoader(): Loader {
  return {
    name: 'datasets',
    load: async (context) => {
      const index = contentPath('data', 'datasets.yaml');
      context.store.clear();
      for (const entry of listEntries(index, await readYaml(index))) {
        const csvFile = contentPath('data', 'datasets', `${entry.id}.csv`);
        let text: string;
        try {
          text = await readFile(csvFile, 'utf8');
        } catch {
          throw new ContentError(index, `entry "${entry.id}": its CSV ${csvFile} is missing`);
        }
        const columns = Array.isArray(entry.data.columns) ? (entry.data.columns as Array<{ key?: unknown; type?: unknown }>) : [];
        const numeric = new Set(columns.filter((c) => c.type === 'number').map((c) => String(c.key)));
        // Every row must have as many fields as the header; d3 would silently pad or drop them.
        const [header, ...records] = csvParseRows(text.trimEnd());
        records.forEach((record, i) => {
          if (record.length !== header!.length) {
            throw new ContentError(csvFile, `malformed CSV: row ${i + 2} has ${record.length} fields, the header has ${header!.length}`);
          }
        });
        const parsed = csvParse(text.trimEnd());
        const rows = parsed.map((row) =>
          Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toCell(v ?? '', numeric.has(k))])),
        );
        const data = await validate(context, csvFile, entry.id, { ...entry.data, rows });
        context.store.set({ id: entry.id, data, filePath: storePath(csvFile) });
      }
    },
  };
}
