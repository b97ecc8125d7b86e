/** `content/data/key-figures.yaml`: headline numbers from the report, each as a part of a whole so they can share one chart. */
import { z } from 'zod';
import { citation, localized, slug, type Ref } from './common';

export const keyFigureSchema = <R extends z.ZodType>(ref: Ref<R>) =>
  z
    .strictObject({
      /** Figure id, e.g. `jobbtorg-outcome-2009`. */
      id: slug,
      /** What the figure is about, in each language. */
      label: localized,
      /** The part (e.g. 500 jobs created). */
      part: z.number().nonnegative(),
      /** The whole the part is measured against (e.g. 750 jobs expected); 100 for a percentage. */
      whole: z.number().positive(),
      /** The figure in words, with its unit and year ("500 of the 750 jobs expected in 2010, by May 2010"). */
      caption: localized,
      /** Caveats on how to read it. */
      note: localized.optional(),
      /** The city it concerns. */
      city: ref('cityData'),
      /** The case page that tells more. */
      case: ref('caseData').optional(),
      /** Where it is stated. */
      citation: citation(ref),
    })
    .superRefine((f, ctx) => {
      if (f.part > f.whole) ctx.addIssue({ code: 'custom', path: ['part'], message: 'the part cannot exceed the whole' });
    });
