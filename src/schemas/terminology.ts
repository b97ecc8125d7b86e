/**
 * `content/data/terminology.yaml`: the Swedish terminology sheet. One entry per thing the site
 * names, with the one Swedish form to use and the forms to avoid. The build validates the sheet;
 * the tests in `test/unit/terminology.test.ts` and `test/build/swedish.test.ts` apply it to the
 * sv forms of the data, the Swedish UI strings and every built Swedish page.
 */
import { z } from 'zod';
import { slug } from './common';

const text = z.string().trim().min(1, 'must not be empty');

export const termSchema = z.strictObject({
  /** Term id, e.g. `job-centre`. */
  id: slug,
  /** The Swedish form to use, in its base form ("jobbcenter"). */
  preferred: text,
  /**
   * Forms that must not appear in Swedish text, matched case-insensitively at the start of a
   * word, so "jobbcentrum" also catches "jobbcentrumet". Allowed only inside a gloss in
   * parentheses that starts with "i rapporten" or names a language ("nederländska …").
   */
  avoid: z.array(text).min(1, 'a term needs at least one form to avoid'),
  /** Proper names that contain an avoided form and stay as written (matched with their capital): "Jobbcentrum", a 2004 Stockholm project. */
  names: z.array(text).default([]),
  /** The word the report's Swedish edition uses, where it differs from `preferred`. */
  report: text.optional(),
  /** The English form, as the English pages write it. */
  en: text,
  /** Why the preferred form was chosen: what the avoided forms mean to a Swedish official. */
  reason: text,
});

export type Term = z.infer<typeof termSchema>;
