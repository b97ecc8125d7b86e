/** `content/data/evaluation-tools.yaml`: Table 5 — tools for evaluating the quality of housing and employment services. */
import { z } from 'zod';
import { citation, localized, slug, type Ref } from './common';

/** The evaluation focus, the table's left-hand column. */
export const EVALUATION_FOCUS = ['input', 'process', 'output-quantitative', 'output-qualitative', 'output-combined', 'comparison'] as const;

export const evaluationToolSchema = <R extends z.ZodType>(ref: Ref<R>) =>
  z.strictObject({
    /** Row id, e.g. `nvmw-register`. */
    id: slug,
    /** Evaluation focus: input, process (provider–user relation), output (quantitative, qualitative or both), comparison. */
    focus: z.enum(EVALUATION_FOCUS),
    /** Type of instrument, as the table names it ("Numerical indicators and benchmarks"). */
    instrument: localized,
    /** The example's name ("Blik op Werk"); an English name inside Swedish text is marked `[Local Government Association]{lang=en}`. */
    name: localized,
    /** What the example does, in a sentence or two; English names inside are marked as in `name`. */
    description: localized,
    /** The city (or, for a national tool, the partner city of that country) the example comes from. */
    city: ref('cityData'),
    /** The case page that tells more, if there is one. */
    case: ref('caseData').optional(),
    /** Editorial note, e.g. on a row whose placement in the table is ambiguous. */
    note: localized.optional(),
    /** Where the row is printed, plus the web address the table gives (as a `web` source). */
    citations: z.array(citation(ref)).min(1),
  });
