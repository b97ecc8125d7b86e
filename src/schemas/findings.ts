/**
 * `content/data/findings.yaml`: what the report says about each partner city under each of
 * the six principles. Never a score: either short sourced text, or an explicit
 * `not-reported` where the report is silent.
 */
import { z } from 'zod';
import { citation, localized, type Ref } from './common';

export const FINDING_STATUS = ['reported', 'not-reported'] as const;

/** Longest gist, so a cell of the principle × city chart holds it in a few lines. */
export const GIST_MAX = 70;
const gistText = z.string().trim().min(1, 'must not be empty').max(GIST_MAX, `must be at most ${GIST_MAX} characters`);

export const findingSchema = <R extends z.ZodType>(ref: Ref<R>) =>
  z
    .strictObject({
      /** Row id: `<principle number>-<city>`, e.g. `5-stockholm`. */
      id: z.string().regex(/^[1-6]-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be "<principle number>-<city id>"'),
      /** The principle. */
      principle: ref('principleData'),
      /** The partner city. */
      city: ref('cityData'),
      /** `reported`: the report says something about this city here; `not-reported`: it is silent. */
      status: z.enum(FINDING_STATUS),
      /** What the report says, in a sentence or two of our own words (required when reported). */
      text: localized.optional(),
      /**
       * The finding in a phrase of at most 70 characters per language, shown in the cell of the
       * principle × city chart that links to the passage. Written from this row's own `text`
       * and citations, never a new claim; for `not-reported`, what was searched and not found.
       */
      gist: z.strictObject({
        /** English gist. */
        en: gistText,
        /** Swedish gist. */
        sv: gistText,
      }),
      /** The passages. When not reported, the section that was searched (so the silence can be checked). */
      citations: z.array(citation(ref)).min(1, 'every finding needs a citation'),
      /** Cases that illustrate the finding. */
      cases: z.array(ref('caseData')).default([]),
    })
    .superRefine((f, ctx) => {
      if (f.status === 'reported' && f.text === undefined) {
        ctx.addIssue({ code: 'custom', path: ['text'], message: 'a reported finding needs text' });
      }
    });
