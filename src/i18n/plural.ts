/**
 * Plural UI strings. A key whose value is an object, e.g. `"search.results": { "one": "{n}
 * träff.", "other": "{n} träffar." }`, holds one form per `Intl.PluralRules` category; the
 * form is picked by the count `n`. No imports, so the client scripts can use it too.
 */

/** The forms of one plural string: `other` always, `one` (and rarer categories) where the language has them. */
export type PluralForms = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** The form for `n` in a language ("sv" or "en", or a page's `lang`). */
export function pluralForm(lang: string, forms: PluralForms, n: number): string {
  return forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
}
