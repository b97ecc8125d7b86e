/**
 * `content/data/datasets.yaml` + `content/data/datasets/<id>.csv`: numeric series (the
 * Stockholm statistics). The YAML entry describes the series; the CSV holds the values.
 * `src/loaders/datasets.ts` joins the two into one entry with `rows`.
 */
import { z } from 'zod';
import { citation, localized, slug, type Ref } from './common';

const column = z.strictObject({
  /** The CSV header of the column. */
  key: z.string().min(1),
  /** Column heading in each language. */
  label: localized,
  /** `category`: labels (years, districts); `number`: values, which must parse as numbers (an empty cell means not given). */
  type: z.enum(['category', 'number']),
});

export const datasetSchema = <R extends z.ZodType>(ref: Ref<R>) =>
  z
    .strictObject({
      /** Dataset id: the CSV's file name without `.csv`, and its download name. */
      id: slug,
      /** Title in each language. */
      title: localized,
      /** Unit of the number columns ("percent of residents aged 20–64"). */
      unit: localized,
      /** Where the values come from. */
      citation: citation(ref),
      /** Notes on ambiguous or unreadable cells and on how the series was read. */
      notes: localized.optional(),
      /** The CSV's columns, in order; exactly one `category` column, first. */
      columns: z.array(column).min(2),
      /** The CSV rows, as parsed (filled in by the loader; empty cells are `null`). */
      rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))).min(1, 'the CSV has no rows'),
    })
    .superRefine((d, ctx) => {
      if (d.columns[0]?.type !== 'category' || d.columns.filter((c) => c.type === 'category').length !== 1) {
        ctx.addIssue({ code: 'custom', path: ['columns'], message: 'the first column, and only it, must be the category' });
      }
      d.rows.forEach((row, i) => {
        for (const c of d.columns) {
          const v = row[c.key];
          if (!(c.key in row)) {
            ctx.addIssue({ code: 'custom', path: ['rows', i, c.key], message: `CSV row ${i + 2} has no column "${c.key}"` });
          } else if (c.type === 'number' && v !== null && typeof v !== 'number') {
            ctx.addIssue({ code: 'custom', path: ['rows', i, c.key], message: `CSV row ${i + 2}, column "${c.key}": "${v}" is not a number` });
          }
        }
      });
    });
