/**
 * Building blocks shared by every content schema.
 *
 * Schemas are factories that take the `reference()` function, so the same schema is
 * wired to Astro's real references in `content.config.ts` and to a plain id check in
 * unit tests (where `astro:content` does not exist).
 */
import { z } from 'zod';

/** Ids of the collections that other entries may point at. */
export type CollectionName =
  | 'cityData'
  | 'regimeData'
  | 'principleData'
  | 'actors'
  | 'sources'
  | 'caseData'
  | 'glossary';

/** Astro's `reference()`, or a stand-in with the same shape. */
export type Ref<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;

/** A lower-case, hyphenated identifier: used in URLs, file names and references. */
export const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lower-case slug (a-z, 0-9, hyphens)');

const text = z.string().trim().min(1, 'must not be empty');

/** The same short text in both site languages. */
export const localized = z.strictObject({
  /** English text. */
  en: text,
  /** Swedish text. */
  sv: text,
});

/**
 * Text kept in English in both languages on purpose: an English title, a programme's English
 * name. `lang: en` is the marker: Swedish pages wrap it in `lang="en"` (WCAG 3.1.2), so screen
 * readers pronounce it as English and the no-English-on-Swedish-pages test skips it.
 */
export const englishOnly = z.strictObject({
  /** The English text, shown as is on every page. */
  en: text,
  /** Always `en`: says the English is deliberate, not a missing translation. */
  lang: z.literal('en'),
});

/**
 * A user-visible label: a plain string for text that is the same in both languages because it
 * is a name, a code or a number ("EUROCITIES-NLAO 2010", "Blik op Werk"); `{ en, sv }` for
 * text that is translated; `{ en, lang: en }` for English on purpose. Inside the text, words in
 * another language are marked as `[Get on board]{lang=en}` (rendered by `src/lib/label.ts`).
 */
export const label = z.union([text, localized, englishOnly]);
export type Label = z.infer<typeof label>;

/** Where a reader can check a fact: a source id plus a locator inside it. */
export const citation = <R extends z.ZodType>(ref: Ref<R>) =>
  z.strictObject({
    /** Id of an entry in `content/data/sources.yaml`; an unknown id fails the build. */
    source: ref('sources'),
    /** Locator inside the source, as readers see it: "§4.3.2", "Table 2", "Fact box 10", "fn 42", "Appendix 3". */
    at: text,
  });

/** A value the sources do not give: shown to readers as "unknown", never guessed. */
export const UNKNOWN = 'unknown' as const;
