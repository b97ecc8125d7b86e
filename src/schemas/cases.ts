/**
 * `content/data/cases/<id>.yaml`: the locale-neutral facts of a case study or local
 * solution. Its prose (title, summary, body) lives in `content/<locale>/cases/<id>.mdx`.
 */
import { z } from 'zod';
import { citation, localized, UNKNOWN, type Ref } from './common';

export const DOMAINS = ['housing', 'supported-housing', 'employment', 'governance', 'quality'] as const;

export const caseDataSchema = <R extends z.ZodType>(ref: Ref<R>) =>
  z.strictObject({
    /** The city the case belongs to (for national measures: the partner city of that country). */
    city: ref('cityData'),
    /** `city`: a local solution of that city; `national`: a national policy or tool as it applies there. */
    scope: z.enum(['city', 'national']),
    /** The principles (by id) the report uses the case to illustrate; may be empty. */
    principles: z.array(ref('principleData')),
    /** The policy domain. */
    domain: z.enum(DOMAINS),
    /** Who the case serves, in each language. */
    targetGroups: z.array(localized),
    /** Year it began, or `unknown` where the sources do not say. */
    year: z.union([z.number().int().min(1900).max(2010), z.literal(UNKNOWN)]),
    /** The fact box the case comes from (1–12), if any. */
    factBox: z.number().int().min(1).max(12).optional(),
    /** Key figures, each with its own citation. */
    figures: z
      .array(
        z.strictObject({
          /** The number. */
          value: z.number(),
          /** Unit: `percent`, `people`, `count`, `years`, `homes`, `jobs`, or `sek` (Swedish kronor, shown as a currency amount). */
          unit: z.enum(['percent', 'people', 'count', 'years', 'homes', 'jobs', 'sek']),
          /** What the number counts, in each language. */
          label: localized,
          /** Where it is stated. */
          citation: citation(ref),
        }),
      )
      .default([]),
    /** The passages the case is drawn from (at least one). */
    citations: z.array(citation(ref)).min(1, 'every case needs a citation'),
  });
