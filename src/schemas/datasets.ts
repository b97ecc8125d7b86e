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
      /**
       * Category values (the CSV's first column) shown translated, e.g. `Stockholm total:
       * { en: Stockholm total, sv: Stockholm totalt }`. The CSV keeps the value as printed; values
       * not listed are names (districts, occupations, years) and show as they are.
       */
      rowLabels: z.record(z.string(), localized).default({}),
      /** The CSV's columns, in order; exactly one `category` column, first. */
      columns: z.array(column).min(2),
      /** How the dataset is drawn on its page; without it the page shows the table only. */
      chart: z
        .strictObject({
          /** `bar`: one bar per row (exactly one column); `line`: one line per column over the rows, in order. */
          kind: z.enum(['bar', 'line']),
          /** The number column(s) plotted. */
          columns: z.array(z.string()).min(1),
          /** Category values left out of the chart, such as total rows; they stay in the data and downloads. */
          exclude: z.array(z.string()).default([]),
          /** The one sentence a reader should take away, in each language, with its numbers. */
          takeaway: localized,
        })
        .optional(),
      /** The CSV rows, as parsed (filled in by the loader; empty cells are `null`). */
      rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()]))).min(1, 'the CSV has no rows'),
    })
    .superRefine((d, ctx) => {
      if (d.columns[0]?.type !== 'category' || d.columns.filter((c) => c.type === 'category').length !== 1) {
        ctx.addIssue({ code: 'custom', path: ['columns'], message: 'the first column, and only it, must be the category' });
      }
      if (d.chart) {
        const numbers = d.columns.filter((c) => c.type === 'number').map((c) => c.key);
        for (const key of d.chart.columns) {
          if (!numbers.includes(key)) ctx.addIssue({ code: 'custom', path: ['chart', 'columns'], message: `"${key}" is not a number column` });
        }
        if (d.chart.kind === 'bar' && d.chart.columns.length !== 1) {
          ctx.addIssue({ code: 'custom', path: ['chart', 'columns'], message: 'a bar chart plots exactly one column' });
        }
        const category = d.columns[0]?.key ?? '';
        for (const value of d.chart.exclude) {
          if (!d.rows.some((r) => r[category] === value)) ctx.addIssue({ code: 'custom', path: ['chart', 'exclude'], message: `no row "${value}" to exclude` });
        }
      }
      const categories = new Set(d.rows.map((r) => r[d.columns[0]?.key ?? '']));
      for (const value of Object.keys(d.rowLabels)) {
        if (!categories.has(value)) ctx.addIssue({ code: 'custom', path: ['rowLabels', value], message: `no row "${value}" to label` });
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
