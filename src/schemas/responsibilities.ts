/**
 * `content/data/responsibilities.yaml`: the report's Tables 1–4 as rows, one row per
 * (table, function, city). The full matrix must be complete: `src/lib/integrity.ts` fails
 * the build on a missing cell.
 */
import { z } from 'zod';
import { citation, localized, UNKNOWN, type Ref } from './common';

/** The functions (table rows) of each table, in the report's order. */
export const TABLE_FUNCTIONS = {
  /** Table 1: provision of social services — financing and governance, providers, trends. */
  1: ['financing-governance', 'providers', 'trends'],
  /** Table 2: public and social housing. */
  2: ['programmes', 'financing', 'allocation', 'provision'],
  /** Table 3: supported housing. */
  3: ['programmes', 'financing', 'allocation', 'provision'],
  /** Table 4: the municipalities' role in employment and training services. */
  4: ['municipal-provision', 'municipal-employer', 'regional-cooperation', 'state-cooperation'],
} as const;

export type TableNumber = keyof typeof TABLE_FUNCTIONS;
export const TABLE_NUMBERS = [1, 2, 3, 4] as const satisfies readonly TableNumber[];
/** Functions whose cells are descriptive text only, with no actors to list. */
export const TEXT_ONLY_FUNCTIONS: readonly string[] = ['trends'];

const allFunctions = [...new Set(Object.values(TABLE_FUNCTIONS).flat())] as [string, ...string[]];

export const responsibilitySchema = <R extends z.ZodType>(ref: Ref<R>) =>
  z
    .strictObject({
      /** Row id: `t<table>-<function>-<city>`, e.g. `t2-financing-stockholm`. */
      id: z.string().min(1),
      /** Which table of the report: 1 to 4. */
      table: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
      /** The table's row (function); allowed values depend on the table, see TABLE_FUNCTIONS. */
      function: z.enum(allFunctions),
      /** The partner city whose country column this cell is (the tables are by country). */
      city: ref('cityData'),
      /**
       * The actors named in the cell, in the report's order. Empty only for text-only
       * functions (Table 1 trends). The municipal role is derived from these.
       */
      actors: z.array(ref('actors')),
      /**
       * The leading actor, only where the narrative states it (the bold type that marked it
       * in the tables was lost); otherwise `unknown`.
       */
      lead: z.union([
        z.literal(UNKNOWN),
        z.strictObject({
          /** The leading actor; must be one of `actors`. */
          actor: ref('actors'),
          /** The narrative passage that says so. */
          citation: citation(ref),
        }),
      ]),
      /**
       * `table`: the cell is read from the table itself; `narrative`: the table is garbled
       * or silent here and the cell is taken from the surrounding text.
       */
      basis: z.enum(['table', 'narrative']),
      /** What the cell says, in words (Table 1 trends, Table 4 descriptions), where it says more than a list of actors. */
      text: localized.optional(),
      /** Target groups named in the cell (Table 4). */
      targetGroups: localized.optional(),
      /** Editorial note on an ambiguity or error in the source cell, shown beside it. */
      note: localized.optional(),
      /** Where the cell is printed (the table) and, if needed, the passage that explains it. */
      citations: z.array(citation(ref)).min(1, 'every responsibility row needs a citation'),
    })
    .superRefine((row, ctx) => {
      const allowed: readonly string[] = TABLE_FUNCTIONS[row.table];
      if (!allowed.includes(row.function)) {
        ctx.addIssue({
          code: 'custom',
          path: ['function'],
          message: `"${row.function}" is not a function of Table ${row.table}; expected one of ${allowed.join(', ')}`,
        });
      }
      const textOnly = TEXT_ONLY_FUNCTIONS.includes(row.function);
      if (!textOnly && row.actors.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['actors'], message: 'must name at least one actor' });
      }
      if (textOnly && row.text === undefined) {
        ctx.addIssue({ code: 'custom', path: ['text'], message: `"${row.function}" cells need text` });
      }
    });
