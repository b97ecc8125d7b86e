/** `content/data/glossary.yaml`: terms in Swedish and English, plus the local-language term where the report uses one. */
import { z } from 'zod';
import { citation, localized, slug, type Ref } from './common';

export const glossarySchema = <R extends z.ZodType>(ref: Ref<R>) =>
  z.strictObject({
    /** Term id, used as the `#fragment` on the glossary page. */
    id: slug,
    /** The term in each language ("supported housing" / "stödboende"). */
    term: localized,
    /** The term in the city's own language where the report uses it, e.g. `{ lang: nl, term: corporaties }`. */
    local: z
      .strictObject({
        /** BCP 47 language code: it, nl, cs, en, sv. */
        lang: z.enum(['it', 'nl', 'cs', 'en', 'sv']),
        /** The term as written in that language. */
        term: z.string().min(1),
      })
      .optional(),
    /** Other words readers search for (abbreviations, spelling variants, the report's own words), any language; words not in Swedish or a name are marked, e.g. `"[social housing]{lang=en}"`, so Swedish pages set their `lang`. */
    synonyms: z.array(z.string().min(1)).default([]),
    /** What it means, in a sentence or two, in each language; an English term inside is marked `[social housing]{lang=en}`. */
    definition: localized,
    /** Where the report uses or defines it. */
    citation: citation(ref),
  });
