/**
 * `content/data/questions.yaml`: the question-led comparison layer. Each entry is a
 * question a city official or researcher would ask, answered for every partner city by
 * restating what the referenced table rows, findings, cases and datasets already say —
 * never a new claim. Cross-collection rules (known row/finding/dataset ids, an answer for
 * every partner city, known compare topics) are checked in `src/lib/questions.ts`.
 */
import { z } from 'zod';
import { citation, localized, slug, type Ref } from './common';

/** The themes the question index groups by, in the order it shows them. */
export const QUESTION_THEMES = ['organisation', 'social-housing', 'supported-housing', 'employment', 'participation', 'quality'] as const;
export type QuestionTheme = (typeof QUESTION_THEMES)[number];

export const ANSWER_STATUS = ['reported', 'not-reported'] as const;

/** One partner city's answer to a question. */
export const answerSchema = <R extends z.ZodType>(ref: Ref<R>) =>
  z
    .strictObject({
      /** `reported`: the sources answer the question for this city; `not-reported`: they are silent. */
      status: z.enum(ANSWER_STATUS),
      /** The answer in one line of our own words, restating the referenced data (required when reported, absent otherwise). */
      summary: localized.optional(),
      /**
       * The passages the summary rests on. When not reported, the sections that were searched,
       * so the silence can be checked.
       */
      citations: z.array(citation(ref)).min(1, 'every answer needs a citation'),
      /** Ids of rows in `responsibilities.yaml` (Tables 1–4) of this city that the summary restates. */
      rows: z.array(slug).default([]),
      /** Ids of entries in `findings.yaml` of this city that the summary restates. */
      findings: z.array(slug).default([]),
      /** Cases (`content/data/cases/<id>.yaml`) the summary restates or points to. */
      cases: z.array(ref('caseData')).default([]),
      /** Ids of datasets in `datasets.yaml` with the numbers behind the answer. */
      datasets: z.array(slug).default([]),
    })
    .superRefine((a, ctx) => {
      if (a.status === 'reported' && a.summary === undefined) {
        ctx.addIssue({ code: 'custom', path: ['summary'], message: 'a reported answer needs a summary' });
      }
      if (a.status === 'not-reported' && a.summary !== undefined) {
        ctx.addIssue({ code: 'custom', path: ['summary'], message: 'a not-reported answer has no summary (the page says "not reported")' });
      }
      if (a.status === 'reported' && a.rows.length + a.findings.length + a.cases.length + a.datasets.length === 0) {
        ctx.addIssue({ code: 'custom', path: ['rows'], message: 'a reported answer must name the rows, findings, cases or datasets it restates' });
      }
    });

export const questionSchema = <R extends z.ZodType>(ref: Ref<R>) =>
  z.strictObject({
    /** English slug, the URL in both locales: `/en/questions/<id>/`, `/sv/questions/<id>/`. */
    id: slug,
    /** The theme the index lists it under; one of QUESTION_THEMES. */
    theme: z.enum(QUESTION_THEMES),
    /** The question as a reader would ask it, in each language (ends with "?"). */
    wording: localized,
    /** Optional one- or two-sentence lead under the question: what it covers and where the answers come from. */
    intro: localized.optional(),
    /**
     * Compare-view topics that show the underlying rows (`?topics=` values of /compare/:
     * `regime`, `organisation`, `social-housing`, `supported-housing`, `employment`, `principle-1`…`principle-6`).
     */
    compare: z.array(slug).min(1, 'name at least one compare topic'),
    /** `true` for the few questions the home page lists as a way in; most questions leave it out. */
    home: z.boolean().default(false),
    /** Glossary terms the question turns on (linked from the page). */
    glossary: z.array(ref('glossary')).default([]),
    /** The answer for each partner city, keyed by city id; every partner city must have one. */
    answers: z.record(slug, answerSchema(ref)),
    /** How the cities differ, in one or two cited sentences restating the answers. */
    differences: z.strictObject({
      /** The sentences, in each language. */
      text: localized,
      /** The passages they rest on. */
      citations: z.array(citation(ref)).min(1, 'the differences need a citation'),
    }),
  });
