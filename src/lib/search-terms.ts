/**
 * Cross-language search terms. A page that uses any form of a glossary term (English,
 * Swedish, the local-language term or a synonym) is indexed with every other form too, so
 * "social housing" on the Swedish site finds the allmännytta pages and "corporaties" the
 * Dutch housing pages. Pure: the Pagefind integration feeds it page text and the glossary.
 */

/** The Pagefind metadata field that carries a page's cross-language forms (searchable, never shown). */
export const SEARCH_TERMS_META = 'terms';

export interface TermForms {
  id: string;
  term: { en: string; sv: string };
  local?: { term: string } | undefined;
  synonyms: string[];
}

const forms = (g: TermForms): string[] =>
  [...new Set([g.term.en, g.term.sv, g.local?.term, ...g.synonyms].filter((f): f is string => !!f && f.trim().length >= 3))];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const wordRegex = (form: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'iu');

/** The extra words to index with a page: all forms of every glossary term the page mentions, minus those already in it. */
export function crossLanguageTerms(text: string, glossary: readonly TermForms[]): string[] {
  const extra = new Set<string>();
  for (const g of glossary) {
    const all = forms(g);
    const present = all.filter((f) => wordRegex(f).test(text));
    if (present.length === 0) continue;
    for (const f of all) if (!present.includes(f)) extra.add(f);
  }
  return [...extra].sort();
}

/**
 * The "Did you mean …?" vocabulary: the distinct words (three letters or more) of the given
 * names and terms, first spelling kept, sorted. Built once per locale for the search page.
 */
export function vocabularyWords(phrases: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const phrase of phrases) {
    for (const word of phrase.split(/[^\p{L}\p{N}]+/u)) {
      if (word.length >= 3 && !/^\p{N}+$/u.test(word) && !seen.has(word.toLowerCase())) seen.set(word.toLowerCase(), word);
    }
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}
