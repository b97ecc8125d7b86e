/** Schemas for the locale-neutral facts about cities, welfare regimes and principles. */
import { z } from 'zod';
import { citation, localized, slug, type Ref } from './common';

/** ISO 3166-1 alpha-2 codes of the countries the report covers (the report writes "UK" for GB). */
export const COUNTRY_CODES = ['CZ', 'IT', 'NL', 'SE', 'GB'] as const;

/** `content/data/cities.yaml`: one entry per city the site talks about. */
export const cityDataSchema = <R extends z.ZodType>(ref: Ref<R>) =>
  z.strictObject({
    /** City id: the file name of its profile in `content/<locale>/cities/` and its URL slug. */
    id: slug,
    /** The city's name in each language ("Prague" / "Prag"). */
    name: localized,
    /** Country, as an ISO 3166-1 alpha-2 code; the country name is localised with Intl.DisplayNames. */
    country: z.enum(COUNTRY_CODES),
    /**
     * `true` for the five cities with a Local Authority Observatory in EUROCITIES-NLAO;
     * `false` for cities the report only cites for an example (Edinburgh, Manchester).
     * Only partner cities have profiles, responsibility rows and findings.
     */
    partner: z.boolean(),
    /** Position for the map, in decimal degrees (WGS 84). */
    coordinates: z.strictObject({
      /** Latitude, −90 to 90. */
      lat: z.number().min(-90).max(90),
      /** Longitude, −180 to 180. */
      lon: z.number().min(-180).max(180),
    }),
    /**
     * The welfare regime(s) the report places the city's country in: one id, or two for a
     * hybrid. Required for partner cities.
     */
    regimes: z.array(ref('regimeData')).min(1).max(2).optional(),
    /** The report's own wording of the classification, e.g. "a hybrid of … and …". */
    regimeWording: localized.optional(),
    /** Where the classification is stated. */
    regimeCitation: citation(ref).optional(),
  }).superRefine((city, ctx) => {
    if (!city.partner) return;
    for (const field of ['regimes', 'regimeWording', 'regimeCitation'] as const) {
      if (city[field] === undefined) {
        ctx.addIssue({ code: 'custom', path: [field], message: `partner city "${city.id}" needs ${field}` });
      }
    }
  });

/** `content/data/regimes.yaml`: the welfare-regime typology of chapter 3. */
export const regimeDataSchema = <R extends z.ZodType>(ref: Ref<R>) =>
  z.strictObject({
    /** Regime id, e.g. `social-democratic`; also the slug of its page in `content/<locale>/regimes/`. */
    id: slug,
    /** Name in each language. */
    name: localized,
    /** For a sub-type (the Mediterranean regime), the regime it belongs to; sub-types have no page of their own. */
    parent: ref('regimeData').optional(),
    /**
     * Position of the regime's column in the typology chart, from 1 (leftmost): unique, with a
     * sub-type beside its parent and the two regimes of each hybrid city side by side
     * (src/lib/integrity.ts checks all three).
     */
    order: z.number().int().min(1),
    /** One-sentence definition, in our words. */
    definition: localized,
    /** Where the report defines it. */
    citation: citation(ref),
  });

/** `content/data/principles.yaml`: the six common principles of Recommendation 2008/867/EC. */
export const principleDataSchema = <R extends z.ZodType>(ref: Ref<R>) =>
  z.strictObject({
    /** Principle id, `<n>-<slug>`, e.g. `5-participation`; the file name of its page. */
    id: z.string().regex(/^[1-6]-[a-z]+(?:-[a-z]+)*$/, 'must be "<number 1–6>-<slug>"'),
    /** Its number in the Recommendation, 1 to 6. */
    number: z.number().int().min(1, 'principles are numbered 1 to 6').max(6, 'principles are numbered 1 to 6'),
    /** A short label for tables and filters ("Accessibility and affordability"). */
    short: localized,
    /** The principle as worded in the EU text, rendered in each language. */
    wording: localized,
    /** The heading of the report section that discusses it (§4.3.n). */
    heading: localized,
    /** The section, e.g. "§4.3.5". */
    section: z.string().regex(/^§4\.3\.[1-6]$/),
    /** Where the wording is taken from. */
    citation: citation(ref),
  }).superRefine((p, ctx) => {
    if (!p.id.startsWith(`${p.number}-`)) {
      ctx.addIssue({ code: 'custom', path: ['id'], message: `id "${p.id}" must start with its number ${p.number}` });
    }
  });
